"""What changed between two states of a plan: posts added, removed, moved, reworded; plan parts.

Posts are matched by their stable `key`; everything else by position (the nth objective, the
nth phase) or by platform (budget lines). Fields that the approval cycle itself writes (the
campaign's status, approver and version label) are not changes of the plan. See docs/approval.md.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from enum import StrEnum

from planner.domain.model import Campaign, Kpi, Platform, Post, PostStatus

Value = str | int | float | dt.date | None


@dataclass
class PlanState:
    """A plan at one moment: the campaign and its posts (each with its key)."""

    campaign: Campaign
    posts: list[Post]


class WordOp(StrEnum):
    REPLACED = "replace"
    REMOVED = "delete"
    ADDED = "insert"


@dataclass(frozen=True)
class WordChange:
    """A run of words that changed in a text: removed, added, or replaced by others."""

    op: WordOp
    old: tuple[str, ...]
    new: tuple[str, ...]


@dataclass(frozen=True)
class PostRef:
    """A post added or removed: its key, its time and its shared text, to name it."""

    key: str
    scheduled_at: dt.datetime | None
    text: str


@dataclass(frozen=True)
class PostMove:
    key: str
    text: str
    old: dt.datetime | None
    new: dt.datetime | None


@dataclass(frozen=True)
class TextChange:
    """A post's text changed: the shared text (platform None) or one platform's own text."""

    key: str
    platform: Platform | None
    old: str
    new: str
    words: tuple[WordChange, ...]


@dataclass(frozen=True)
class StatusChange:
    key: str
    text: str
    old: PostStatus
    new: PostStatus


@dataclass(frozen=True)
class PlatformsChange:
    """Platforms a post was added to or taken off."""

    key: str
    text: str
    added: tuple[Platform, ...]
    removed: tuple[Platform, ...]


class PlanArea(StrEnum):
    PLAN = "plan"  # the campaign's own fields (name, dates, aim, ...)
    OBJECTIVE = "objective"
    KPI = "kpi"
    MESSAGE = "message"
    PHASE = "phase"
    BUDGET = "budget"
    REPORT = "report"
    PARTNER = "partner"


@dataclass(frozen=True)
class PlanChange:
    """One part of the plan that changed. `index` is the 1-based position (objective 2, phase
    3; for a KPI, the objective's); `platform` names a budget line; `field` the part of it."""

    area: PlanArea
    field: str
    old: Value
    new: Value
    index: int | None = None
    platform: Platform | None = None


@dataclass
class PlanDiff:
    """Every change from an older state of the plan to a newer one."""

    added: list[PostRef] = field(default_factory=list)
    removed: list[PostRef] = field(default_factory=list)
    moved: list[PostMove] = field(default_factory=list)
    texts: list[TextChange] = field(default_factory=list)
    statuses: list[StatusChange] = field(default_factory=list)
    platforms: list[PlatformsChange] = field(default_factory=list)
    plan: list[PlanChange] = field(default_factory=list)
    # the platforms of each post named above (as it is now; as it was, for a removed one)
    post_platforms: dict[str, tuple[Platform, ...]] = field(default_factory=dict)

    def count(self) -> int:
        """How many changes: each added, removed, moved post, each text, status, plan part."""
        return sum(
            len(part)
            for part in (
                self.added,
                self.removed,
                self.moved,
                self.texts,
                self.statuses,
                self.platforms,
                self.plan,
            )
        )

    def is_empty(self) -> bool:
        return self.count() == 0


def word_changes(old: str, new: str) -> tuple[WordChange, ...]:
    """The runs of words that differ between two texts (words split on white space)."""
    a, b = old.split(), new.split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return tuple(
        WordChange(WordOp(tag), tuple(a[i1:i2]), tuple(b[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    )


_PLAN_FIELDS = ("name", "name_en", "start", "end", "type", "owner", "aim", "proposition")


def diff_plans(old: PlanState, new: PlanState) -> PlanDiff:
    """The changes that turn `old` into `new`."""
    diff = PlanDiff()
    _diff_posts(old.posts, new.posts, diff)
    _diff_campaign(old.campaign, new.campaign, diff.plan)
    return diff


def _diff_posts(old_posts: list[Post], new_posts: list[Post], diff: PlanDiff) -> None:
    before = {p.key: p for p in old_posts}
    after = {p.key: p for p in new_posts}
    for key, post in after.items():
        if key not in before:
            diff.added.append(PostRef(key, post.scheduled_at, post.base_text))
    for key, post in before.items():
        if key not in after:
            diff.removed.append(PostRef(key, post.scheduled_at, post.base_text))
    for key, new in after.items():
        old = before.get(key)
        if old is None:
            continue
        if old.scheduled_at != new.scheduled_at:
            diff.moved.append(PostMove(key, new.base_text, old.scheduled_at, new.scheduled_at))
        if old.status != new.status:
            diff.statuses.append(StatusChange(key, new.base_text, old.status, new.status))
        gained = tuple(p for p in new.platforms if p not in old.platforms)
        lost = tuple(p for p in old.platforms if p not in new.platforms)
        if gained or lost:
            diff.platforms.append(PlatformsChange(key, new.base_text, gained, lost))
        if old.base_text != new.base_text:
            diff.texts.append(_text(key, None, old.base_text, new.base_text))
        for platform in Platform:
            if platform not in old.platforms or platform not in new.platforms:
                continue
            own = old.variants.get(platform) or new.variants.get(platform)
            if own and old.text_for(platform) != new.text_for(platform):
                diff.texts.append(
                    _text(key, platform, old.text_for(platform), new.text_for(platform))
                )
    for post in old_posts + new_posts:  # the newer state wins
        diff.post_platforms[post.key] = tuple(post.platforms)
    order = {p.key: i for i, p in enumerate(new_posts)}
    for part in (diff.moved, diff.texts, diff.statuses, diff.platforms):
        part.sort(key=lambda c: order.get(c.key, 0))


def _text(key: str, platform: Platform | None, old: str, new: str) -> TextChange:
    return TextChange(key, platform, old, new, word_changes(old, new))


def _diff_campaign(old: Campaign, new: Campaign, out: list[PlanChange]) -> None:
    for name in _PLAN_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            out.append(PlanChange(PlanArea.PLAN, name, _value(a), _value(b)))
    if old.hashtags != new.hashtags:
        out.append(
            PlanChange(PlanArea.PLAN, "hashtags", " ".join(old.hashtags), " ".join(new.hashtags))
        )
    _by_position(
        PlanArea.OBJECTIVE, [o.text for o in old.objectives], [o.text for o in new.objectives], out
    )
    for i in range(min(len(old.objectives), len(new.objectives))):
        a_kpis = [_kpi_text(k) for k in old.objectives[i].kpis]
        b_kpis = [_kpi_text(k) for k in new.objectives[i].kpis]
        if a_kpis != b_kpis:
            out.append(
                PlanChange(PlanArea.KPI, "kpis", "\n".join(a_kpis), "\n".join(b_kpis), index=i + 1)
            )
    _by_position(
        PlanArea.MESSAGE,
        [_join(m.text, m.text_en) for m in old.messages],
        [_join(m.text, m.text_en) for m in new.messages],
        out,
    )
    _by_position(
        PlanArea.PHASE,
        [_phase_text(p.name, p.start, p.end, p.goal) for p in old.phases],
        [_phase_text(p.name, p.start, p.end, p.goal) for p in new.phases],
        out,
    )
    _by_position(
        PlanArea.REPORT,
        [f"{r.title} {r.due.isoformat()}" for r in old.reports],
        [f"{r.title} {r.due.isoformat()}" for r in new.reports],
        out,
    )
    _by_position(
        PlanArea.PARTNER,
        [_join(p.name, p.handle) for p in old.partners],
        [_join(p.name, p.handle) for p in new.partners],
        out,
    )
    a_budget = {b.platform: b.amount_baisa for b in old.budget}
    b_budget = {b.platform: b.amount_baisa for b in new.budget}
    for platform in Platform:
        a, b = a_budget.get(platform), b_budget.get(platform)
        if a != b:
            out.append(PlanChange(PlanArea.BUDGET, "amount_baisa", a, b, platform=platform))


def _by_position(area: PlanArea, old: list[str], new: list[str], out: list[PlanChange]) -> None:
    for i in range(max(len(old), len(new))):
        a = old[i] if i < len(old) else None
        b = new[i] if i < len(new) else None
        if a != b:
            out.append(PlanChange(area, "text", a, b, index=i + 1))


def _join(*parts: str) -> str:
    return " / ".join(p for p in parts if p)


def _phase_text(name: str, start: dt.date, end: dt.date, goal: str) -> str:
    return _join(f"{name} ({start.isoformat()} – {end.isoformat()})", goal)


def _kpi_text(k: Kpi) -> str:
    deadline = k.deadline.isoformat() if k.deadline else ""
    return " ".join(
        str(x)
        for x in (k.metric.value, _num(k.baseline), "→", _num(k.target), k.unit, deadline)
        if x != ""
    )


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _value(value: object) -> Value:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, str | int | float | dt.date) or value is None:
        return value
    return str(value)


def apply_moves(
    schedule: dict[str, dt.datetime | None], diff: PlanDiff
) -> dict[str, dt.datetime | None]:
    """The schedule (post key → time) after the diff's additions, removals and moves."""
    result = dict(schedule)
    for ref in diff.removed:
        result.pop(ref.key, None)
    for ref in diff.added:
        result[ref.key] = ref.scheduled_at
    for move in diff.moved:
        result[move.key] = move.new
    return result


def schedule_of(state: PlanState) -> dict[str, dt.datetime | None]:
    """Each post's time, by key."""
    return {p.key: p.scheduled_at for p in state.posts}
