"""Which digits numbers are written in: a setting of its own, read before anything is formatted."""

from __future__ import annotations

from enum import StrEnum


class Digits(StrEnum):
    """The digits setting: babel writes Latin digits for ar_OM and Qt Arabic-Indic ones, so
    the setting decides, everywhere."""

    ARABIC_INDIC = "arabic"
    LATIN = "latin"
