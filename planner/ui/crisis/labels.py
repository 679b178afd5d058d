"""Translated names and colours for the crisis screen's codes, and durations as text."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import QCoreApplication

from planner.domain import bidi
from planner.domain.crisis import (
    PartnerKind,
    RequestKind,
    ResponseKind,
    Scenario,
    Severity,
    Stage,
    TwoFactor,
    Verification,
)
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP

C = "CrisisLabels"

NAMES: dict[Enum, str] = {
    Scenario.RUMOUR: QT_TRANSLATE_NOOP("CrisisLabels", "Rumour"),
    Scenario.SUDDEN_EVENT: QT_TRANSLATE_NOOP("CrisisLabels", "Sudden event"),
    Scenario.DISASTER: QT_TRANSLATE_NOOP("CrisisLabels", "Natural disaster or emergency"),
    Scenario.OUTAGE: QT_TRANSLATE_NOOP("CrisisLabels", "Service outage"),
    Scenario.COMPROMISE: QT_TRANSLATE_NOOP("CrisisLabels", "Account compromise"),
    Scenario.OFFENSIVE: QT_TRANSLATE_NOOP("CrisisLabels", "Offensive content"),
    Severity.LOW: QT_TRANSLATE_NOOP("CrisisLabels", "Low"),
    Severity.MEDIUM: QT_TRANSLATE_NOOP("CrisisLabels", "Medium"),
    Severity.HIGH: QT_TRANSLATE_NOOP("CrisisLabels", "High"),
    Severity.CRITICAL: QT_TRANSLATE_NOOP("CrisisLabels", "Critical"),
    Verification.UNVERIFIED: QT_TRANSLATE_NOOP("CrisisLabels", "Unverified"),
    Verification.VERIFYING: QT_TRANSLATE_NOOP("CrisisLabels", "Being verified"),
    Verification.CONFIRMED: QT_TRANSLATE_NOOP("CrisisLabels", "Confirmed"),
    Verification.FALSE: QT_TRANSLATE_NOOP("CrisisLabels", "False"),
    Stage.PREPARE: QT_TRANSLATE_NOOP("CrisisLabels", "Prepare"),
    Stage.RECOGNISE: QT_TRANSLATE_NOOP("CrisisLabels", "Recognise and warn early"),
    Stage.ASSESS: QT_TRANSLATE_NOOP("CrisisLabels", "Situation and impact"),
    Stage.RESPOND: QT_TRANSLATE_NOOP("CrisisLabels", "Respond and communicate"),
    Stage.RECOVER: QT_TRANSLATE_NOOP("CrisisLabels", "Recover"),
    Stage.TRACK: QT_TRANSLATE_NOOP("CrisisLabels", "Track outcomes"),
    ResponseKind.HOLDING: QT_TRANSLATE_NOOP("CrisisLabels", "Holding statement"),
    ResponseKind.DENIAL: QT_TRANSLATE_NOOP("CrisisLabels", "Rumour denial"),
    ResponseKind.APOLOGY: QT_TRANSLATE_NOOP("CrisisLabels", "Apology"),
    ResponseKind.SERVICE_NOTICE: QT_TRANSLATE_NOOP("CrisisLabels", "Service notice"),
    ResponseKind.REFERRAL: QT_TRANSLATE_NOOP("CrisisLabels", "Referral"),
    RequestKind.QUESTION: QT_TRANSLATE_NOOP("CrisisLabels", "Question"),
    RequestKind.COMPLAINT: QT_TRANSLATE_NOOP("CrisisLabels", "Complaint"),
    RequestKind.SUGGESTION: QT_TRANSLATE_NOOP("CrisisLabels", "Suggestion"),
    RequestKind.REPORT: QT_TRANSLATE_NOOP("CrisisLabels", "Report"),
    PartnerKind.MINISTRY: QT_TRANSLATE_NOOP("CrisisLabels", "Ministry"),
    PartnerKind.POLICE: QT_TRANSLATE_NOOP("CrisisLabels", "Police"),
    PartnerKind.CIVIL_DEFENCE: QT_TRANSLATE_NOOP("CrisisLabels", "Civil defence"),
    PartnerKind.MUNICIPALITY: QT_TRANSLATE_NOOP("CrisisLabels", "Municipality"),
    PartnerKind.AUTHORITY: QT_TRANSLATE_NOOP("CrisisLabels", "Public authority or company"),
    PartnerKind.OTHER: QT_TRANSLATE_NOOP("CrisisLabels", "Other"),
    TwoFactor.OFF: QT_TRANSLATE_NOOP("CrisisLabels", "Off"),
    TwoFactor.APP: QT_TRANSLATE_NOOP("CrisisLabels", "Authenticator app"),
    TwoFactor.KEY: QT_TRANSLATE_NOOP("CrisisLabels", "Security key"),
    TwoFactor.SMS: QT_TRANSLATE_NOOP("CrisisLabels", "Text message (SMS)"),
    TwoFactor.EMAIL: QT_TRANSLATE_NOOP("CrisisLabels", "Email"),
}

# Severity colours: the same in the tables, the Overview and the charts; the name is always
# written beside the colour (never the colour alone).
SEVERITY_COLOUR = {
    Severity.LOW: "#64748b",
    Severity.MEDIUM: "#d97706",
    Severity.HIGH: "#dc2626",
    Severity.CRITICAL: "#7f1d1d",
}
OK_COLOUR = "#16a34a"
LATE_COLOUR = "#dc2626"


def name(value: Enum | None) -> str:
    """The translated name of a crisis code; "" for None."""
    if value is None:
        return ""
    return QCoreApplication.translate(C, NAMES[value])


def tr(source: str) -> str:
    return QCoreApplication.translate(C, source)


def elsewhere() -> str:
    """How an incident seen off the institution's platforms is shown."""
    return tr(QT_TRANSLATE_NOOP("CrisisLabels", "Elsewhere"))


def duration(value: dt.timedelta | None, fmt: Formatter) -> str:
    """ "45 min", "3 h 20 min", "2 d 4 h", in the chosen digits; "—" for none."""
    if value is None:
        return "—"
    minutes = max(0, round(value.total_seconds() / 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    day = QCoreApplication.translate("CrisisLabels", "%n d", None, days)
    hour = QCoreApplication.translate("CrisisLabels", "%n h", None, hours)
    minute = QCoreApplication.translate("CrisisLabels", "%n min", None, mins)
    if days:
        return fmt.counted(day, days) + (" " + fmt.counted(hour, hours) if hours else "")
    if hours:
        return fmt.counted(hour, hours) + (" " + fmt.counted(minute, mins) if mins else "")
    return fmt.counted(minute, mins)


def when(value: dt.datetime | None, fmt: Formatter) -> str:
    """A date and time as the logs show it: "26 Nov 14:05"; "—" for none."""
    if value is None:
        return "—"
    return f"{fmt.date(value.date(), 'd MMM')} {fmt.time(value)}"


def ltr(text: str) -> str:
    """A handle, link, phone or email kept left to right inside Arabic text (a directional
    isolate), so "@RoyalOmanPolice" never shows as "RoyalOmanPolice@"."""
    return bidi.ltr(text)
