"""Every calendar of the corpus (tests/data/calendars, sources in its README) imports exactly
the posts expected, or is refused naming row, column and reason; none imports wrongly."""

import json
from pathlib import Path

import pytest

from planner.domain.model import Platform
from planner.reports.calendar_import import (
    DateOrder,
    Names,
    Options,
    guess_mapping,
    parse,
    read_table,
)

FOLDER = Path(__file__).parent.parent / "data" / "calendars"
CASES = json.loads((FOLDER / "expected.json").read_text("utf-8"))


def _options(given: dict) -> Options:
    return Options(
        platform=Platform(given["platform"]) if "platform" in given else None,
        date_order=DateOrder(given["date_order"]) if "date_order" in given else None,
    )


def test_every_file_of_the_corpus_has_an_expectation():
    """No file of the folder goes untested."""
    files = {p.name for p in FOLDER.iterdir() if p.suffix in (".csv", ".xlsx", ".txt")}
    assert files == {case.split(" ")[0] for case in CASES}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_calendar_imports_exactly_or_is_refused_with_reasons(case):
    """The posts read are exactly the expected ones, or the problems are (row, column, reason)."""
    expected = CASES[case]
    table = read_table(FOLDER / case.split(" ")[0])
    parsed = parse(
        table, guess_mapping(table.headers), Names(), _options(expected.get("options", {}))
    )
    if "refused" in expected:
        assert not parsed.ok
        found = [[p.row, p.column, p.problem.value] for p in parsed.problems]
        assert found == expected["refused"]
        return
    assert parsed.ok, parsed.problems
    posts = [
        {
            "at": p.scheduled_at.isoformat(timespec="minutes") if p.scheduled_at else None,
            "platforms": [x.value for x in p.platforms],
            "text": p.base_text,
            "status": p.status.value,
            **({"notes": p.notes} if p.notes else {}),
        }
        for p in parsed.posts
    ]
    assert posts == expected["posts"]
    assert parsed.untimed == expected.get("untimed", 0)
