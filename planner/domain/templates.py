"""Campaign templates per campaign type: read a template file and start a campaign from it.

A template lives in `resources/templates/<type>.json` (find it with
`planner.paths.resource("templates", f"{campaign_type}.json")`). Its phases are day offsets
from the start of a campaign of `duration_days` days; a campaign of another length gets the
phases stretched or squeezed in proportion, always inside the campaign's dates.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from planner.domain.model import Campaign, CampaignType, KeyMessage, Kpi, Metric, Objective, Phase


class TemplateProblem(StrEnum):
    """Why a template file could not be read."""

    UNREADABLE = "unreadable"
    MISSING = "missing"
    WRONG_TYPE = "wrong_type"
    INVALID_VALUE = "invalid_value"


class TemplateError(ValueError):
    """A broken template file, naming the field at fault."""

    def __init__(self, problem: TemplateProblem, field: str) -> None:
        super().__init__(f"{problem.value}: {field}")
        self.problem = problem
        self.field = field


@dataclass(frozen=True)
class TemplateKpi:
    metric: Metric
    target: float
    baseline: float = 0.0
    unit: str = ""


@dataclass(frozen=True)
class TemplateObjective:
    text: str
    kpis: list[TemplateKpi] = field(default_factory=list)


@dataclass(frozen=True)
class TemplatePhase:
    """A phase as days from the campaign's start: `start` and `end` inclusive, 0 = first day."""

    name: str
    start: int
    end: int
    goal: str = ""


@dataclass(frozen=True)
class CampaignTemplate:
    """What a new campaign of one type starts with: prompts to replace, and a shape to keep."""

    type: CampaignType
    duration_days: int
    aim: str
    objectives: list[TemplateObjective]
    phases: list[TemplatePhase]
    messages: list[str]
    hashtags: list[str]


def load_template(path: Path) -> CampaignTemplate:
    """Read and check a template file. Raises TemplateError naming the faulty field."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateError(TemplateProblem.UNREADABLE, "") from exc
    r = _Reader()
    duration = r.get(data, "duration_days", int, "")
    if duration < 1:
        raise TemplateError(TemplateProblem.INVALID_VALUE, "duration_days")
    phases = []
    for i, p in enumerate(r.get(data, "phases", list, "")):
        where = f"phases[{i}]"
        phase = TemplatePhase(
            r.get(p, "name", str, where),
            r.get(p, "start", int, where),
            r.get(p, "end", int, where),
            r.get(p, "goal", str, where, ""),
        )
        if not 0 <= phase.start <= phase.end < duration:
            raise TemplateError(TemplateProblem.INVALID_VALUE, f"{where}.end")
        phases.append(phase)
    objectives = []
    for i, o in enumerate(r.get(data, "objectives", list, "")):
        kpis = []
        for j, k in enumerate(r.get(o, "kpis", list, f"objectives[{i}]")):
            where = f"objectives[{i}].kpis[{j}]"
            kpi = TemplateKpi(
                r.enum(k, "metric", Metric, where),
                r.number(k, "target", where),
                r.number(k, "baseline", where, 0.0),
                r.get(k, "unit", str, where, ""),
            )
            if kpi.target == kpi.baseline:
                raise TemplateError(TemplateProblem.INVALID_VALUE, f"{where}.target")
            kpis.append(kpi)
        objectives.append(TemplateObjective(r.get(o, "text", str, f"objectives[{i}]"), kpis))
    return CampaignTemplate(
        type=r.enum(data, "type", CampaignType, ""),
        duration_days=duration,
        aim=r.get(data, "aim", str, ""),
        objectives=objectives,
        phases=phases,
        messages=r.strings(data, "messages"),
        hashtags=r.strings(data, "hashtags"),
    )


def campaign_from_template(
    template: CampaignTemplate, name: str, start: dt.date, end: dt.date | None = None
) -> Campaign:
    """A new draft campaign of the template's type, its phases fitted to [start, end].

    Without `end` (or with an `end` before `start`) the campaign lasts the template's
    `duration_days`. Template day `o` of `D` maps to campaign day `o * N // D` of `N`, so
    contiguous template phases stay contiguous, in order, inside the campaign. KPI deadlines
    fall on the campaign's last day.
    """
    length = template.duration_days
    days = length if end is None or end < start else (end - start).days + 1
    end = start + dt.timedelta(days=days - 1)

    def day(offset: int) -> dt.date:
        return start + dt.timedelta(days=offset * days // length)

    phases = []
    for p in template.phases:
        first = day(p.start)
        phases.append(
            Phase(p.name, first, max(first, day(p.end + 1) - dt.timedelta(days=1)), p.goal)
        )
    return Campaign(
        name=name,
        start=start,
        end=end,
        type=template.type,
        aim=template.aim,
        hashtags=list(template.hashtags),
        objectives=[
            Objective(o.text, [Kpi(k.metric, k.baseline, k.target, k.unit, end) for k in o.kpis])
            for o in template.objectives
        ],
        messages=[KeyMessage(text) for text in template.messages],
        phases=phases,
    )


class _Reader:
    """Typed reads from parsed JSON, raising TemplateError with the field's path."""

    def get(
        self,
        obj: Any,
        key: str,
        kind: type[Any] | tuple[type[Any], ...],
        where: str,
        default: Any = ...,
    ) -> Any:
        path = f"{where}.{key}" if where else key
        if not isinstance(obj, dict):
            raise TemplateError(TemplateProblem.WRONG_TYPE, where)
        if key not in obj:
            if default is ...:
                raise TemplateError(TemplateProblem.MISSING, path)
            return default
        value = obj[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TemplateError(TemplateProblem.WRONG_TYPE, path)
        return value

    def number(self, obj: Any, key: str, where: str, default: Any = ...) -> float:
        value = self.get(obj, key, (int, float), where, default)
        if isinstance(value, bool) or not math.isfinite(value):
            raise TemplateError(TemplateProblem.WRONG_TYPE, f"{where}.{key}")
        return float(value)

    def enum(self, obj: Any, key: str, kind: type[Any], where: str) -> Any:
        value = self.get(obj, key, str, where)
        try:
            return kind(value)
        except ValueError:
            raise TemplateError(
                TemplateProblem.INVALID_VALUE, f"{where}.{key}" if where else key
            ) from None

    def strings(self, obj: Any, key: str) -> list[str]:
        values = self.get(obj, key, list, "")
        for i, value in enumerate(values):
            if not isinstance(value, str):
                raise TemplateError(TemplateProblem.WRONG_TYPE, f"{key}[{i}]")
        return list(values)
