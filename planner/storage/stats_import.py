"""Importing a statistics export: read it whole, match it to the plan, then write it at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.domain.coverage.matching import match
from planner.domain.coverage.stats_checks import StatWarning, check
from planner.domain.coverage.stats_csv import ImportProblem, StatsImportError, parse, read_table
from planner.domain.coverage.stats_layouts import Layout, LayoutKind, detect
from planner.domain.coverage.values import PostStat
from planner.storage.workspace import Workspace


@dataclass
class ImportResult:
    """What an import read and wrote; `replaced` are the rows it overwrote (for undo)."""

    kind: LayoutKind
    rows: list[PostStat]
    replaced: list[PostStat]

    @property
    def matched(self) -> list[PostStat]:
        return [r for r in self.rows if r.post_id is not None]

    @property
    def unmatched(self) -> list[PostStat]:
        return [r for r in self.rows if r.post_id is None]


def read_stats(data: bytes, layout: Layout | None = None) -> tuple[Layout, list[PostStat]]:
    """Every row of an export, or StatsImportError; `layout` None: X's or Meta's own."""
    table = read_table(data)
    found = layout or detect(table.header)
    if found is None:
        raise StatsImportError(ImportProblem.UNKNOWN_LAYOUT, 1, ", ".join(table.header[:8]))
    return found, parse(table, found)


class NeedsAcceptance(Exception):  # noqa: N818 (a question, not an error)
    """The file would change something silently: nothing is stored until the officer has
    seen the warnings and accepts them."""

    def __init__(self, warnings: list[StatWarning]) -> None:
        super().__init__(", ".join(w.kind.value for w in warnings))
        self.warnings = warnings


def warnings_of(data: bytes, layout: Layout, rows: list[PostStat]) -> list[StatWarning]:
    """What the rows read from `data` would change silently (see stats_checks)."""
    return check(read_table(data), layout, rows)


def match_to_plan(ws: Workspace, rows: list[PostStat]) -> None:
    """Give each row its planned post (see domain matching), leaving alone the posts that
    rows of earlier imports already hold, unless this import replaces those rows."""
    if not rows:
        return
    days = [r.published_on for r in rows]
    posts = ws.posts.between(
        dt.datetime.combine(min(days) - dt.timedelta(days=1), dt.time()),
        dt.datetime.combine(max(days) + dt.timedelta(days=2), dt.time()),
    )
    replaced = {
        (r.post_id, r.platform) for r in ws.coverage.existing(rows) if r.post_id is not None
    }
    taken = {pair for pair in ws.coverage.taken() if pair not in replaced}
    match(rows, posts, taken)


def import_stats(
    ws: Workspace, data: bytes, layout: Layout | None = None, accept: bool = False
) -> ImportResult:
    """Read, match and store an export in one transaction; nothing is written on error, nor
    while there are warnings the officer has not accepted (NeedsAcceptance)."""
    found, rows = read_stats(data, layout)
    warnings = warnings_of(data, found, rows)
    if warnings and not accept:
        raise NeedsAcceptance(warnings)
    match_to_plan(ws, rows)
    replaced = ws.coverage.existing(rows)
    with ws.transaction():
        ws.coverage.save_stats(rows)
    return ImportResult(found.kind, rows, replaced)


def undo_import(ws: Workspace, result: ImportResult) -> None:
    """Take an import back: its rows go, the rows it overwrote return."""
    with ws.transaction():
        ws.coverage.delete_stats(r.id for r in result.rows if r.id is not None)
        ws.coverage.save_stats(result.replaced)


def redo_import(ws: Workspace, result: ImportResult) -> None:
    """Write an import's rows again, as they were (same ids)."""
    with ws.transaction():
        ws.coverage.delete_stats(r.id for r in result.replaced if r.id is not None)
        ws.coverage.save_stats(result.rows)
