"""Occasions for a range of dates: Hijri-computed, fixed, rule-based, and the officer's own."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.occasions import (
    DEFAULT_OCCASIONS_PATH,
    FixedDate,
    HijriDay,
    NthWeekday,
    Occasion,
    OccasionDef,
    OccasionKind,
    def_from_json,
    def_to_json,
    default_occasion_defs,
    gregorian_of,
    hijri_of,
    load_occasion_defs,
    nth_weekday,
    occasions_between,
    quiet_days,
)

D = dt.date


def dates_of(key: str, start: dt.date, end: dt.date) -> list[dt.date]:
    return [o.date for o in occasions_between(start, end) if o.key == key]


def year_of(key: str, year: int) -> list[dt.date]:
    return dates_of(key, D(year, 1, 1), D(year, 12, 31))


@pytest.mark.parametrize(
    ("key", "year", "expected"),
    [
        ("ramadan_start", 2026, [D(2026, 2, 19)]),  # 1 Ramadan 1447 as Oman announced it
        ("eid_al_fitr", 2026, [D(2026, 3, 20)]),  # 1 Shawwal 1447
        ("day_of_arafah", 2026, [D(2026, 5, 26)]),
        ("eid_al_adha", 2026, [D(2026, 5, 27)]),  # 10 Dhu al-Hijjah 1447
        ("islamic_new_year", 2026, [D(2026, 6, 16)]),  # 1 Muharram 1448
        ("prophets_birthday", 2026, [D(2026, 8, 25)]),
        ("isra_and_miraj", 2026, [D(2026, 1, 16)]),
        ("ramadan_start", 2025, [D(2025, 3, 1)]),  # Saudi announcement, 1446
        ("eid_al_fitr", 2025, [D(2025, 3, 30)]),
        ("eid_al_adha", 2025, [D(2025, 6, 6)]),
        ("ramadan_start", 2027, [D(2027, 2, 8)]),
    ],
)
def test_islamic_occasions_follow_the_calendar_in_use(
    key: str, year: int, expected: list[dt.date]
) -> None:
    """Islamic occasions fall on Oman's announced dates, else on Umm al-Qura's."""
    assert year_of(key, year) == expected


def test_islamic_occasions_are_approximate_and_others_not() -> None:
    """Hijri dates on a forecast month are marked approximate; on a month Oman announced
    (Ramadan 1447), and fixed and rule-based ones, are not."""
    found = occasions_between(D(2026, 1, 1), D(2026, 12, 31))
    for o in found:
        expected = o.kind is OccasionKind.ISLAMIC and o.key != "ramadan_start"
        assert o.approximate is expected, o.key


def test_a_hijri_date_can_fall_twice_in_one_gregorian_year() -> None:
    """1 Muharram fell on 10 January and 29 December 2008; 27 Rajab twice in 2027."""
    assert year_of("islamic_new_year", 2008) == [D(2008, 1, 10), D(2008, 12, 29)]
    assert year_of("isra_and_miraj", 2027) == [D(2027, 1, 5), D(2027, 12, 25)]


def test_a_hijri_date_can_miss_a_short_range() -> None:
    """Between two Ramadans a range of a few months holds no Ramadan start."""
    assert dates_of("ramadan_start", D(2026, 3, 1), D(2026, 12, 31)) == []


def test_hijri_day_30_is_skipped_in_a_29_day_month() -> None:
    """A Hijri 30th exists only in 30-day months: no crash, no invented date."""
    rule = OccasionDef("x", "س", "x", OccasionKind.LOCAL, HijriDay(2, 30))
    found = occasions_between(D(2025, 1, 1), D(2027, 12, 31), defs=[rule])
    hijri = [hijri_of(o.date) for o in found]
    assert hijri and all(h is not None and h.day == 30 for h in hijri)
    assert gregorian_of(1447, 6, 30) is None  # Jumada al-Akhirah 1447 has 29 days


def test_out_of_hijridate_range_gives_none_not_a_crash() -> None:
    """Outside 1924-2077 Hijri occasions are absent; fixed ones still appear."""
    assert hijri_of(D(1900, 1, 1)) is None
    assert hijri_of(D(2100, 1, 1)) is None
    assert gregorian_of(1600, 1, 1) is None
    found = occasions_between(D(2090, 1, 1), D(2090, 12, 31))
    assert found and all(o.kind is not OccasionKind.ISLAMIC for o in found)
    edge = occasions_between(D(2077, 1, 1), D(2078, 12, 31))
    assert all(o.date <= D(2077, 11, 16) for o in edge if o.kind is OccasionKind.ISLAMIC)


def test_hijri_of_names_the_month() -> None:
    """hijri_of gives the date with the month's Arabic and English names (1 Ramadan 1447 is
    19 February 2026 in Oman, a day after Umm al-Qura)."""
    h = hijri_of(D(2026, 2, 19))
    assert h is not None
    assert (h.year, h.month, h.day) == (1447, 9, 1)
    assert h.month_name_ar == "رمضان"
    assert h.month_name_en == "Ramadan"


def test_national_day_moved_to_20_november() -> None:
    """National Day is 18 November up to 2024 and 20 November from 2025 (the 2025 decree)."""
    for year, day in ((2022, 18), (2024, 18), (2025, 20)):
        assert [
            o.date
            for o in occasions_between(D(year, 11, 1), D(year, 11, 30))
            if o.name_en == "National Day"
        ] == [D(year, 11, day)]
    assert [
        o.date
        for o in occasions_between(D(2026, 11, 1), D(2026, 11, 30))
        if o.name_en == "National Day"
    ] == [D(2026, 11, 20)]


def test_fixed_national_and_international_days() -> None:
    """Fixed-date occasions fall on their day every year."""
    assert year_of("accession_day", 2026) == [D(2026, 1, 11)]
    assert year_of("omani_womens_day", 2026) == [D(2026, 10, 17)]
    assert year_of("omani_youth_day", 2026) == [D(2026, 10, 26)]
    assert year_of("world_water_day", 2027) == [D(2027, 3, 22)]
    assert year_of("earth_day", 2027) == [D(2027, 4, 22)]
    assert year_of("world_environment_day", 2027) == [D(2027, 6, 5)]
    assert year_of("world_cities_day", 2027) == [D(2027, 10, 31)]
    assert year_of("world_health_day", 2027) == [D(2027, 4, 7)]
    assert year_of("international_volunteer_day", 2027) == [D(2027, 12, 5)]
    assert year_of("accession_day", 2020) == []  # before the first anniversary


def test_renaissance_day_is_left_out_with_a_reason() -> None:
    """23 July is not in the data; the file says why."""
    data = json.loads(DEFAULT_OCCASIONS_PATH.read_text("utf-8"))
    assert not any(o["rule"] == {"type": "fixed", "month": 7, "day": 23} for o in data["occasions"])
    assert any("23 July" in item["name_en"] and item["why"] for item in data["left_out"])


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, D(2024, 10, 7)),
        (2025, D(2025, 10, 6)),
        (2026, D(2026, 10, 5)),
        (2027, D(2027, 10, 4)),
        (2028, D(2028, 10, 2)),
    ],
)
def test_world_habitat_day_is_the_first_monday_of_october(year: int, expected: dt.date) -> None:
    """World Habitat Day follows its rule, not a fixed date."""
    assert year_of("world_habitat_day", year) == [expected]
    assert expected.weekday() == 0


def test_rule_based_days() -> None:
    """Third Sunday of November, third Saturday of September (before 2024), last weekdays."""
    assert year_of("road_traffic_victims_day", 2026) == [D(2026, 11, 15)]
    assert year_of("world_cleanup_day_until_2023", 2023) == [D(2023, 9, 16)]
    assert year_of("world_cleanup_day_until_2023", 2026) == []
    assert year_of("world_cleanup_day", 2026) == [D(2026, 9, 20)]
    assert nth_weekday(2026, 3, 5, -1) == D(2026, 3, 28)  # last Saturday of March
    assert nth_weekday(2026, 2, 0, 5) is None  # February 2026 has four Mondays


def test_range_boundaries_are_inclusive() -> None:
    """An occasion on the first or the last day of the range is included."""
    assert year_of("omani_womens_day", 2026) == dates_of(
        "omani_womens_day", D(2026, 10, 17), D(2026, 10, 17)
    )
    assert dates_of("eid_al_fitr", D(2026, 3, 20), D(2026, 3, 20)) == [D(2026, 3, 20)]
    assert dates_of("eid_al_fitr", D(2026, 3, 21), D(2026, 4, 30)) == []
    assert dates_of("eid_al_fitr", D(2026, 1, 1), D(2026, 3, 19)) == []
    assert occasions_between(D(2026, 5, 2), D(2026, 5, 1)) == []


def test_range_across_a_year_boundary() -> None:
    """December to February holds Armed Forces, Arabic Language, Police, Environment days."""
    found = occasions_between(D(2026, 12, 1), D(2027, 2, 28))
    keys = [o.key for o in found]
    for key in (
        "armed_forces_day",
        "world_arabic_language_day",
        "police_day",
        "omani_environment_day",
        "accession_day",
        "isra_and_miraj",
        "ramadan_start",
        "world_wetlands_day",
    ):
        assert key in keys, key
    assert [o.date for o in found] == sorted(o.date for o in found)
    assert D(2027, 1, 5) in {o.date for o in found if o.key == "isra_and_miraj"}


def test_extra_definitions_add_and_override() -> None:
    """The officer's occasions join the reference ones; the same key replaces one (quiet)."""
    festival = OccasionDef(
        "muscat_nights",
        "ليالي مسقط",
        "Muscat Nights",
        OccasionKind.LOCAL,
        FixedDate(1, 1),
        from_year=2027,
    )
    quiet_arafah = OccasionDef(
        "day_of_arafah",
        "يوم عرفة",
        "Day of Arafah",
        OccasionKind.ISLAMIC,
        HijriDay(12, 9),
        quiet=True,
    )
    found = occasions_between(D(2026, 1, 1), D(2027, 12, 31), extra=[festival, quiet_arafah])
    assert [o.date for o in found if o.key == "muscat_nights"] == [D(2027, 1, 1)]
    arafah = [o for o in found if o.key == "day_of_arafah"]
    assert len(arafah) == 2 and all(o.quiet for o in arafah)
    assert quiet_days(found) == {o.date for o in arafah}


def test_reference_data_is_complete() -> None:
    """Every reference occasion has names in both languages, a kind and a source."""
    defs = default_occasion_defs()
    assert len({d.key for d in defs}) == len(defs)
    for d in defs:
        assert d.name_ar and d.name_en and d.source, d.key
    kinds = {d.kind for d in defs}
    assert {OccasionKind.ISLAMIC, OccasionKind.NATIONAL, OccasionKind.INTERNATIONAL} <= kinds


def test_definitions_round_trip_through_json(tmp_path: Path) -> None:
    """A definition written as JSON reads back equal; a file of them loads."""
    defs = [
        OccasionDef("a", "أ", "A", OccasionKind.LOCAL, FixedDate(2, 29), quiet=True),
        OccasionDef(
            "b",
            "ب",
            "B",
            OccasionKind.INTERNATIONAL,
            NthWeekday(10, 0, 1),
            from_year=2000,
            until_year=2030,
            note="n",
        ),
        OccasionDef("c", "ج", "C", OccasionKind.ISLAMIC, HijriDay(9, 1), source="s"),
    ]
    assert [def_from_json(def_to_json(d)) for d in defs] == defs
    path = tmp_path / "o.json"
    path.write_text(json.dumps({"occasions": [def_to_json(d) for d in defs]}), "utf-8")
    assert load_occasion_defs(path) == defs
    leap = occasions_between(D(2027, 1, 1), D(2028, 12, 31), defs=defs[:1])
    assert [o.date for o in leap] == [D(2028, 2, 29)]  # only in the leap year


@pytest.mark.parametrize(
    "rule",
    [
        {"type": "fixed", "month": 13, "day": 1},
        {"type": "fixed", "month": 2, "day": 30},
        {"type": "nth_weekday", "month": 1, "weekday": 7, "n": 1},
        {"type": "nth_weekday", "month": 1, "weekday": 0, "n": 0},
        {"type": "hijri", "month": 9, "day": 31},
        {"type": "easter", "month": 4},
    ],
)
def test_bad_rules_are_refused(rule: dict[str, object]) -> None:
    """A malformed rule raises ValueError instead of producing wrong dates."""
    with pytest.raises(ValueError):
        def_from_json({"key": "k", "name_ar": "ك", "rule": rule})


_DATES = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))


@given(_DATES, st.integers(min_value=0, max_value=800))
def test_occasions_lie_in_the_range_sorted(start: dt.date, span: int) -> None:
    """Every occasion returned lies in [start, end], in date order."""
    end = start + dt.timedelta(days=span)
    found = occasions_between(start, end)
    assert all(start <= o.date <= end for o in found)
    assert [o.date for o in found] == sorted(o.date for o in found)


@given(_DATES)
def test_a_year_holds_each_yearly_occasion(start: dt.date) -> None:
    """Any 366 consecutive days hold every fixed-date occasion at least once, and every
    Hijri one where the supported range covers them."""
    end = start + dt.timedelta(days=365)
    found: list[Occasion] = occasions_between(start, end)
    keys = {o.key for o in found}
    for d in default_occasion_defs():
        if d.from_year or d.until_year:
            continue  # a year bound can cut the only occurrence out of a window
        if isinstance(d.rule, HijriDay):
            if start >= D(1925, 1, 1) and end <= D(2077, 1, 1):
                assert d.key in keys, d.key
        elif isinstance(d.rule, FixedDate):
            assert d.key in keys, d.key


@given(st.integers(min_value=1900, max_value=2100))
def test_weekday_rules_fall_once_a_year_on_their_weekday(year: int) -> None:
    """An n-th weekday occasion falls once in each calendar year, on its weekday and month."""
    found = occasions_between(D(year, 1, 1), D(year, 12, 31))
    for d in default_occasion_defs():
        if not isinstance(d.rule, NthWeekday) or d.from_year or d.until_year:
            continue
        days = [o.date for o in found if o.key == d.key]
        assert len(days) == 1, d.key
        assert days[0].weekday() == d.rule.weekday and days[0].month == d.rule.month


def test_islamic_occasions_move_with_a_corrected_month() -> None:
    """Correcting Shawwal 1448 a day later moves Eid al-Fitr 2027 a day, and it is no
    longer approximate: its month's first day is known."""
    from planner.domain import hijri

    month = hijri.HijriMonth(1448, 10)
    before = year_of("eid_al_fitr", 2027)
    assert before == [D(2027, 3, 9)]
    try:
        hijri.use(hijri.shipped().corrected(month, D(2027, 3, 10)))
        assert year_of("eid_al_fitr", 2027) == [D(2027, 3, 10)]
        eid = [
            o for o in occasions_between(D(2027, 3, 1), D(2027, 3, 31)) if o.key == "eid_al_fitr"
        ]
        assert not eid[0].approximate
        assert year_of("ramadan_start", 2027) == [D(2027, 2, 8)]  # the month before: unmoved
    finally:
        hijri.use(None)
    assert year_of("eid_al_fitr", 2027) == before
