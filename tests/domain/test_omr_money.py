"""Omani rial amounts: budget totals and reading typed amounts into baisa."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.model import BudgetLine, Campaign, Platform
from planner.domain.money import MAX_BAISA, MoneyError, MoneyProblem, budget_total, parse_omr

baisa = st.integers(min_value=0, max_value=MAX_BAISA)


@given(st.dictionaries(st.sampled_from(list(Platform)), baisa))
def test_budget_total_is_the_sum_of_the_lines(lines: dict[Platform, int]) -> None:
    """The total is exactly the sum of the per-platform amounts, with no rounding."""
    campaign = Campaign(
        "حملة",
        dt.date(2026, 1, 1),
        dt.date(2026, 1, 31),
        budget=[BudgetLine(p, v) for p, v in lines.items()],
    )
    assert budget_total(campaign) == sum(lines.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,250.500", 1_250_500),
        ("1250.5", 1_250_500),
        ("1250", 1_250_000),
        ("0.001", 1),
        (".5", 500),
        ("5.", 5000),
        ("  12.250  ", 12_250),
        ("١٬٢٥٠٫٥٠٠", 1_250_500),
        ("١٢٥٠٫٥", 1_250_500),
        ("۱۲۵۰٫۵", 1_250_500),
        ("\u200f1,250.500\xa0ر.ع.\u200f", 1_250_500),  # babel's ar_OM currency format
        ("OMR1,250.500", 1_250_500),
        ("120.500 ريال عماني", 120_500),
        ("1.2500", 1_250),  # trailing zeros lose nothing
        ("+7", 7000),
    ],
)
def test_parse_omr_accepts_what_officers_type(text: str, expected: int) -> None:
    """Latin, Arabic-Indic and Persian digits, both separators and a currency mark are read."""
    assert parse_omr(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", MoneyProblem.EMPTY),
        ("   ", MoneyProblem.EMPTY),
        ("ر.ع.", MoneyProblem.EMPTY),
        ("-5", MoneyProblem.NEGATIVE),
        ("\u22125", MoneyProblem.NEGATIVE),
        ("-٥", MoneyProblem.NEGATIVE),
        ("1.2345", MoneyProblem.TOO_MANY_DECIMALS),
        ("٠٫٠٠٠١", MoneyProblem.TOO_MANY_DECIMALS),
        ("abc", MoneyProblem.NOT_A_NUMBER),
        ("1,25", MoneyProblem.NOT_A_NUMBER),
        ("1,2500.5", MoneyProblem.NOT_A_NUMBER),
        ("1.2.3", MoneyProblem.NOT_A_NUMBER),
        (".", MoneyProblem.NOT_A_NUMBER),
        ("1e3", MoneyProblem.NOT_A_NUMBER),
        ("5-", MoneyProblem.NOT_A_NUMBER),
        ("1000000000000", MoneyProblem.TOO_LARGE),
    ],
)
def test_parse_omr_refuses_with_a_typed_reason(text: str, problem: MoneyProblem) -> None:
    """Each kind of bad input raises MoneyError carrying its own problem code."""
    with pytest.raises(MoneyError) as caught:
        parse_omr(text)
    assert caught.value.problem is problem
    assert isinstance(caught.value, ValueError)


@given(baisa)
def test_parse_omr_round_trips_plain_formatting(value: int) -> None:
    """Formatting baisa as rials with three decimals and parsing it back is exact."""
    assert parse_omr(f"{value / 1000:.3f}") == value
    assert parse_omr(f"{value / 1000:,.3f}") == value


@given(baisa)
def test_parse_omr_round_trips_arabic_indic_formatting(value: int) -> None:
    """The same amount written with Arabic-Indic digits and Arabic separators reads the same."""
    latin = f"{value / 1000:,.3f}"
    arabic = latin.translate(str.maketrans("0123456789,.", "٠١٢٣٤٥٦٧٨٩٬٫"))
    assert parse_omr(arabic) == value
