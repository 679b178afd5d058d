"""What a statistics file would change silently, found before anything is stored: post ids
mangled by Excel (1.8014E+17), rows that repeat a post id (only one of them can be stored),
and dates whose day/month order the file does not tell."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.coverage.stats_csv import Table
from planner.domain.coverage.stats_layouts import DateOrder, Layout, LayoutKind, StatField
from planner.domain.coverage.values import PostStat

_E_NOTATION = re.compile(r"^\d+(?:[.,]\d+)?[eE][+]?\d+$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})")


class StatWarningKind(StrEnum):
    """Why the officer must look before the rows are stored."""

    MANGLED_ID = "mangled_id"  # Excel turned the post id into a number in E-notation
    DUPLICATE = "duplicate"  # several rows for one post: one is stored, the others are not
    DATE_ORDER = "date_order"  # 03/04 could be 3 April or 4 March: the file does not tell


@dataclass(frozen=True)
class StatWarning:
    """A warning with the file's line numbers it concerns and an example value."""

    kind: StatWarningKind
    lines: tuple[int, ...]
    value: str = ""


def check(table: Table, layout: Layout, rows: list[PostStat]) -> list[StatWarning]:
    """Every warning about the rows read from `table` (in the same order)."""
    lines = [line for line, _cells in table.rows]
    found: list[StatWarning] = []
    mangled = [(n, r.external_id) for n, r in zip(lines, rows, strict=True) if _mangled(r)]
    if mangled:
        found.append(
            StatWarning(StatWarningKind.MANGLED_ID, tuple(n for n, _ in mangled), mangled[0][1])
        )
    seen: dict[tuple[str, str], list[int]] = {}
    for n, r in zip(lines, rows, strict=True):
        seen.setdefault((r.platform.value, r.key), []).append(n)
    for (_platform, key), group in seen.items():
        if len(group) > 1:
            found.append(StatWarning(StatWarningKind.DUPLICATE, tuple(group), key[:40]))
    ambiguous = _undecided_dates(table, layout)
    if ambiguous:
        found.append(StatWarning(StatWarningKind.DATE_ORDER, tuple(ambiguous)))
    return found


def _mangled(row: PostStat) -> bool:
    return bool(_E_NOTATION.match(row.external_id))


def _undecided_dates(table: Table, layout: Layout) -> list[int]:
    """The lines of written dates that read two ways, when no date of the file decides the
    order (a day over 12). The officer's own mapping states its order: not checked."""
    if layout.kind in (LayoutKind.CUSTOM, LayoutKind.X_CONTENT, LayoutKind.X_LEGACY):
        return []
    names = {n.casefold() for n in layout.columns.get(StatField.PUBLISHED, [])}
    index = next((i for i, h in enumerate(table.header) if h.casefold() in names), None)
    if index is None:
        return []
    pairs = []
    for line, cells in table.rows:
        match = _NUMERIC.match(cells[index]) if index < len(cells) else None
        if match:
            pairs.append((line, int(match.group(1)), int(match.group(2))))
    order = layout.date_order
    first_big = any(a > 12 for _, a, _ in pairs)
    second_big = any(b > 12 for _, _, b in pairs)
    if (order is DateOrder.MDY and second_big) or (order is DateOrder.DMY and first_big):
        return []  # the file confirms its layout's order
    return [line for line, a, b in pairs if a != b and a <= 12 and b <= 12]
