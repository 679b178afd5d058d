"""Campaign templates: one per type, readable, and giving valid campaigns of any length."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.model import CampaignStatus, CampaignType, Metric
from planner.domain.templates import (
    TemplateError,
    TemplateProblem,
    campaign_from_template,
    load_template,
)
from planner.domain.validation import validate
from planner.paths import resource

TEMPLATES = {t: load_template(resource("templates", f"{t.value}.json")) for t in CampaignType}


def test_every_campaign_type_has_a_template_of_its_type() -> None:
    """Each type's file exists, reads, and says it is that type; no stray files."""
    assert all(tpl.type is t for t, tpl in TEMPLATES.items())
    files = {p.stem for p in resource("templates").glob("*.json")}
    assert files == {t.value for t in CampaignType}


@pytest.mark.parametrize("kind", list(CampaignType))
def test_templates_hold_what_the_issue_asks(kind: CampaignType) -> None:
    """An Arabic aim prompt, 1-2 objectives with KPIs, 3 phases, 3 message prompts, hashtags."""
    tpl = TEMPLATES[kind]
    assert _arabic(tpl.aim)
    assert 1 <= len(tpl.objectives) <= 2
    assert all(o.kpis and _arabic(o.text) for o in tpl.objectives)
    for kpi in (k for o in tpl.objectives for k in o.kpis):
        assert kpi.unit
        # Baselines are zero, except a "lower is better" time whose target is below it.
        assert kpi.baseline == 0 or (
            kpi.metric is Metric.RESPONSE_TIME and kpi.target < kpi.baseline
        )
    assert len(tpl.phases) == 3 and all(_arabic(p.name) and _arabic(p.goal) for p in tpl.phases)
    assert tpl.phases[0].start == 0 and tpl.phases[-1].end == tpl.duration_days - 1
    assert all(a.end + 1 == b.start for a, b in zip(tpl.phases, tpl.phases[1:], strict=False))
    assert len(tpl.messages) == 3 and all(_arabic(m) for m in tpl.messages)
    assert tpl.hashtags and all(h.startswith("#") and " " not in h for h in tpl.hashtags)


@pytest.mark.parametrize("kind", list(CampaignType))
def test_a_campaign_from_a_template_keeps_its_default_shape(kind: CampaignType) -> None:
    """Without an end date the campaign lasts the template's days, phases exactly as written."""
    tpl = TEMPLATES[kind]
    start = dt.date(2026, 2, 1)
    c = campaign_from_template(tpl, "حملة جديدة", start)
    assert (c.name, c.type, c.status) == ("حملة جديدة", kind, CampaignStatus.DRAFT)
    assert (c.end - c.start).days + 1 == tpl.duration_days
    assert [((p.start - start).days, (p.end - start).days) for p in c.phases] == [
        (p.start, p.end) for p in tpl.phases
    ]
    assert [m.text for m in c.messages] == tpl.messages and c.aim == tpl.aim
    assert all(k.deadline == c.end for o in c.objectives for k in o.kpis)
    assert c.hashtags == tpl.hashtags and c.hashtags is not tpl.hashtags


@given(
    st.sampled_from(list(CampaignType)),
    st.dates(dt.date(2020, 1, 1), dt.date(2035, 1, 1)),
    st.integers(0, 400),
)
def test_a_campaign_from_a_template_is_valid_for_any_length(
    kind: CampaignType, start: dt.date, extra_days: int
) -> None:
    """Phases stretch or squeeze to fit: in order, contiguous when there is room, never outside."""
    end = start + dt.timedelta(days=extra_days)
    c = campaign_from_template(TEMPLATES[kind], "حملة", start, end)
    assert (c.start, c.end) == (start, end)
    assert validate(c) == []
    assert [p.start for p in c.phases] == sorted(p.start for p in c.phases)
    if (end - start).days + 1 >= TEMPLATES[kind].duration_days:
        assert c.phases[0].start == start and c.phases[-1].end == end
        assert all(
            a.end + dt.timedelta(days=1) == b.start
            for a, b in zip(c.phases, c.phases[1:], strict=False)
        )


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        (lambda d: d.pop("aim"), "aim", TemplateProblem.MISSING),
        (lambda d: d.update(type="party"), "type", TemplateProblem.INVALID_VALUE),
        (lambda d: d.update(duration_days="30"), "duration_days", TemplateProblem.WRONG_TYPE),
        (lambda d: d.update(duration_days=0), "duration_days", TemplateProblem.INVALID_VALUE),
        (lambda d: d["phases"][1].update(end=99), "phases[1].end", TemplateProblem.INVALID_VALUE),
        (
            lambda d: d["phases"][2].update(start=True),
            "phases[2].start",
            TemplateProblem.WRONG_TYPE,
        ),
        (
            lambda d: d["objectives"][0]["kpis"][0].update(metric="likes"),
            "objectives[0].kpis[0].metric",
            TemplateProblem.INVALID_VALUE,
        ),
        (
            lambda d: d["objectives"][0]["kpis"][0].update(target=0),
            "objectives[0].kpis[0].target",
            TemplateProblem.INVALID_VALUE,
        ),
        (lambda d: d["messages"].append(3), "messages[3]", TemplateProblem.WRONG_TYPE),
    ],
)
def test_a_broken_template_names_its_field(
    tmp_path: Path, change: object, field: str, problem: TemplateProblem
) -> None:
    """Each kind of mistake in a template file is reported with its field's path."""
    data = json.loads(resource("templates", "awareness.json").read_text("utf-8"))
    change(data)  # type: ignore[operator]
    path = tmp_path / "t.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert (caught.value.field, caught.value.problem) == (field, problem)


def test_an_unreadable_template(tmp_path: Path) -> None:
    """A missing file or broken JSON is reported as unreadable."""
    with pytest.raises(TemplateError) as caught:
        load_template(tmp_path / "none.json")
    assert caught.value.problem is TemplateProblem.UNREADABLE
    (tmp_path / "bad.json").write_text("{", "utf-8")
    with pytest.raises(TemplateError):
        load_template(tmp_path / "bad.json")


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)
