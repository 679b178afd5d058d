"""Omani rials as integer baisa (1 rial = 1000 baisa): budget totals and parsing typed amounts."""

from __future__ import annotations

import re
from enum import StrEnum

from planner.domain.model import Campaign

BAISA_PER_RIAL = 1000
MAX_BAISA = 999_999_999_999  # just under a billion rials: far above any promotion budget

# What people type or paste around an amount: the currency (as babel writes it for ar_OM and
# en), no-break and thin spaces, and the direction marks babel puts around Arabic amounts.
_CURRENCY = re.compile(
    r"ر\.?\s*ع\.?|ريال(?:\s*عماني)?|omr|ro|rials?|[\s\u200e\u200f\u061c]", re.IGNORECASE
)
_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        "٫": ".",  # Arabic decimal separator
        "٬": ",",  # Arabic thousands separator
    }
)
_AMOUNT = re.compile(r"(?P<whole>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<fraction>\d*))?")


class MoneyProblem(StrEnum):
    """Why a typed amount is not a valid sum of Omani rials; the UI says it in words."""

    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_MANY_DECIMALS = "too_many_decimals"
    TOO_LARGE = "too_large"


class MoneyError(ValueError):
    """A typed amount that cannot be read as rials; `problem` says why."""

    def __init__(self, problem: MoneyProblem, text: str) -> None:
        super().__init__(f"{problem.value}: {text!r}")
        self.problem = problem
        self.text = text


def budget_total(campaign: Campaign) -> int:
    """The whole promotion budget of a campaign, in baisa."""
    return sum(line.amount_baisa for line in campaign.budget)


def parse_omr(text: str) -> int:
    """Read an amount of rials as typed by a person into baisa.

    Accepts "1,250.500", "1250.5", ".5", Arabic-Indic or Persian digits, the Arabic decimal
    separator "٫" and thousands separator "٬", and an optional currency ("ر.ع.", "OMR").
    Thousands separators, when used, must group by three. Raises MoneyError for a negative
    amount, more than three decimals (a baisa is the smallest coin), or anything else.
    """
    cleaned = _CURRENCY.sub("", text.translate(_DIGITS))
    if not cleaned:
        raise MoneyError(MoneyProblem.EMPTY, text)
    if cleaned[0] in "-\u2212":
        raise MoneyError(MoneyProblem.NEGATIVE, text)
    cleaned = cleaned.removeprefix("+")
    found = _AMOUNT.fullmatch(cleaned)
    if not found or not (found["whole"] or found["fraction"]):
        raise MoneyError(MoneyProblem.NOT_A_NUMBER, text)
    fraction = (found["fraction"] or "").rstrip("0")
    if len(fraction) > 3:
        raise MoneyError(MoneyProblem.TOO_MANY_DECIMALS, text)
    whole = int((found["whole"] or "0").replace(",", ""))
    baisa = whole * BAISA_PER_RIAL + int(fraction.ljust(3, "0"))
    if baisa > MAX_BAISA:
        raise MoneyError(MoneyProblem.TOO_LARGE, text)
    return baisa
