"""Translated words for the campaign rules' codes: validation issues, money, templates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.money import MoneyProblem
from planner.domain.ranges import (
    MAX_HASHTAGS,
    MAX_KPIS,
    MAX_LIST,
    MAX_OBJECTIVES,
    MAX_POSTS,
    NAME_MAX,
    TEXT_MAX,
    YEAR_MAX,
    YEAR_MIN,
)
from planner.domain.templates import TemplateProblem
from planner.domain.validation import IssueCode
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP, translator
from planner.storage.exchange_format import ExchangeCode, ExchangeError

ISSUES = {
    IssueCode.NOT_UNICODE: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The text holds a broken character that cannot be saved."
    ),
    IssueCode.NUMBER_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The number is too large: at most a million billion (10^15)."
    ),
    IssueCode.DATE_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The date must fall between %1 and %2."
    ),
    IssueCode.EMPTY_NAME: QT_TRANSLATE_NOOP("CampaignLabels", "Give the campaign a name."),
    IssueCode.END_BEFORE_START: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The end date is before the start date."
    ),
    IssueCode.INVALID_COLOUR: QT_TRANSLATE_NOOP(
        "CampaignLabels", "Write the colour as # followed by six hexadecimal digits."
    ),
    IssueCode.INVALID_HASHTAG: QT_TRANSLATE_NOOP(
        "CampaignLabels", "A hashtag needs a word after # and no spaces."
    ),
    IssueCode.EMPTY_OBJECTIVE: QT_TRANSLATE_NOOP("CampaignLabels", "Write the objective."),
    IssueCode.NO_OBJECTIVES: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The campaign has no objective yet: add at least one."
    ),
    IssueCode.OBJECTIVE_WITHOUT_KPI: QT_TRANSLATE_NOOP(
        "CampaignLabels", "This objective has no KPI: add one so that it can be measured."
    ),
    IssueCode.KPI_NOT_A_NUMBER: QT_TRANSLATE_NOOP("CampaignLabels", "Enter a number."),
    IssueCode.KPI_TARGET_EQUALS_BASELINE: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The target equals the baseline: there would be nothing to measure."
    ),
    IssueCode.KPI_DEADLINE_BEFORE_START: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The deadline is before the campaign starts."
    ),
    IssueCode.DUPLICATE_SEGMENT: QT_TRANSLATE_NOOP(
        "CampaignLabels", "This segment is targeted twice."
    ),
    IssueCode.EMPTY_MESSAGE: QT_TRANSLATE_NOOP(
        "CampaignLabels", "Write the key message in Arabic."
    ),
    IssueCode.NO_KEY_MESSAGES: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The campaign has no key message yet: add one to five."
    ),
    IssueCode.TOO_MANY_MESSAGES: QT_TRANSLATE_NOOP(
        "CampaignLabels", "Keep to five key messages at most."
    ),
    IssueCode.EMPTY_PARTNER_NAME: QT_TRANSLATE_NOOP("CampaignLabels", "Write the partner's name."),
    IssueCode.EMPTY_PHASE_NAME: QT_TRANSLATE_NOOP("CampaignLabels", "Give the phase a name."),
    IssueCode.PHASE_END_BEFORE_START: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The phase ends before it starts."
    ),
    IssueCode.PHASE_OUTSIDE_CAMPAIGN: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The phase falls outside the campaign's dates."
    ),
    IssueCode.NEGATIVE_BUDGET: QT_TRANSLATE_NOOP("CampaignLabels", "A budget cannot be negative."),
    IssueCode.DUPLICATE_BUDGET_PLATFORM: QT_TRANSLATE_NOOP(
        "CampaignLabels", "This platform has two budget lines."
    ),
    IssueCode.EMPTY_REPORT_TITLE: QT_TRANSLATE_NOOP("CampaignLabels", "Give the report a title."),
    IssueCode.REPORT_BEFORE_START: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The report is due before the campaign starts."
    ),
}
_UNKNOWN_ISSUE = QT_TRANSLATE_NOOP("CampaignLabels", "This value is not valid.")

MONEY = {
    MoneyProblem.EMPTY: QT_TRANSLATE_NOOP("CampaignLabels", "Enter an amount in rials."),
    MoneyProblem.NOT_A_NUMBER: QT_TRANSLATE_NOOP(
        "CampaignLabels", "Enter the amount as a number of rials, e.g. %1."
    ),
    MoneyProblem.NEGATIVE: QT_TRANSLATE_NOOP("CampaignLabels", "A budget cannot be negative."),
    MoneyProblem.TOO_MANY_DECIMALS: QT_TRANSLATE_NOOP(
        "CampaignLabels", "At most three decimals: the baisa is the smallest unit."
    ),
    MoneyProblem.TOO_LARGE: QT_TRANSLATE_NOOP("CampaignLabels", "The amount is too large."),
}

TEMPLATE = {
    TemplateProblem.UNREADABLE: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The template file cannot be read."
    ),
    TemplateProblem.MISSING: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The template lacks the field “%1”."
    ),
    TemplateProblem.WRONG_TYPE: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The template's field “%1” has the wrong kind of value."
    ),
    TemplateProblem.INVALID_VALUE: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The template's field “%1” has a value that is not allowed."
    ),
}

EXCHANGE = {
    ExchangeCode.UNREADABLE: QT_TRANSLATE_NOOP("CampaignLabels", "The file cannot be read."),
    ExchangeCode.TOO_LARGE: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The file is too large to be a campaign file."
    ),
    ExchangeCode.NOT_JSON: QT_TRANSLATE_NOOP(
        "CampaignLabels", "This is not a campaign file: its contents are not JSON."
    ),
    ExchangeCode.WRONG_FORMAT: QT_TRANSLATE_NOOP(
        "CampaignLabels", "This is not a campaign file of the Campaign Planner."
    ),
    ExchangeCode.NEWER_VERSION: QT_TRANSLATE_NOOP(
        "CampaignLabels",
        "The file was written by a newer version of the Campaign Planner. "
        "Update the program to import it.",
    ),
    ExchangeCode.MISSING: QT_TRANSLATE_NOOP("CampaignLabels", "The field “%1” is missing."),
    ExchangeCode.WRONG_TYPE: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The field “%1” holds the wrong kind of value."
    ),
    ExchangeCode.INVALID_VALUE: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The field “%1” holds a value that is not allowed."
    ),
    ExchangeCode.UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The file has a field this version does not know: “%1”."
    ),
    ExchangeCode.DUPLICATE_KEY: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The field “%1” appears twice."
    ),
    ExchangeCode.DUPLICATE: QT_TRANSLATE_NOOP("CampaignLabels", "“%1” appears twice in the file."),
    ExchangeCode.UNKNOWN_REFERENCE: QT_TRANSLATE_NOOP(
        "CampaignLabels", "“%1” refers to something the file does not contain."
    ),
    ExchangeCode.INVALID_CAMPAIGN: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The campaign in the file breaks a rule at “%1”: %2"
    ),
    ExchangeCode.ASSETS_NOT_SUPPORTED: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The file carries media files, which this version cannot import."
    ),
    ExchangeCode.NAME_CLASH: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The workspace already has a campaign with this name."
    ),
    ExchangeCode.ASSET_REFUSED: QT_TRANSLATE_NOOP(
        "CampaignLabels",
        "The media file “%1” in the campaign file is refused: it is damaged, unsafe or too large.",
    ),
    ExchangeCode.NOT_UNICODE: QT_TRANSLATE_NOOP(
        "CampaignLabels", "The field “%1” holds a broken character (not valid Unicode)."
    ),
    ExchangeCode.OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "CampaignLabels",
        "The field “%1” is out of range: numbers up to 10^15, dates between %2 and %3.",
    ),
}


tr = translator("CampaignLabels")


def _years(text: str, fmt: Formatter, first: str = "%1", last: str = "%2") -> str:
    """The range of years a date may take, in the chosen digits (a year is not grouped)."""
    return text.replace(first, fmt.digits_of(str(YEAR_MIN))).replace(
        last, fmt.digits_of(str(YEAR_MAX))
    )


def issue(code: IssueCode, fmt: Formatter) -> str:
    """What a validation issue means, in words the officer can act on; the limits it names
    are written by `fmt`, in the chosen digits."""
    # The counted limits are literal translate() calls, each with its count, so that lupdate
    # makes numerus messages of them (Arabic's six forms).
    if code is IssueCode.TEXT_TOO_LONG:
        text = QCoreApplication.translate(
            "CampaignLabels",
            "The text is too long: at most %n characters (%1 for a name, title or unit).",
            None,
            TEXT_MAX,
        )
        return fmt.counted(text, TEXT_MAX).replace("%1", fmt.integer(NAME_MAX))
    if code is IssueCode.TOO_MANY_HASHTAGS:
        return fmt.counted(
            QCoreApplication.translate(
                "CampaignLabels", "A campaign takes at most %n hashtags.", None, MAX_HASHTAGS
            ),
            MAX_HASHTAGS,
        )
    if code is IssueCode.TOO_MANY_OBJECTIVES:
        return fmt.counted(
            QCoreApplication.translate(
                "CampaignLabels", "A campaign takes at most %n objectives.", None, MAX_OBJECTIVES
            ),
            MAX_OBJECTIVES,
        )
    if code is IssueCode.TOO_MANY_KPIS:
        return fmt.counted(
            QCoreApplication.translate(
                "CampaignLabels", "An objective takes at most %n indicators.", None, MAX_KPIS
            ),
            MAX_KPIS,
        )
    if code is IssueCode.DATE_OUT_OF_RANGE:
        return _years(tr(ISSUES[code]), fmt)
    return tr(ISSUES.get(code, _UNKNOWN_ISSUE))


def money_problem(problem: MoneyProblem, fmt: Formatter) -> str:
    """Why a typed amount was refused; an example amount is written in the chosen digits."""
    return tr(MONEY[problem]).replace("%1", fmt.digits_of("1250.500"))


def template_problem(problem: TemplateProblem, field: str) -> str:
    return tr(TEMPLATE[problem]).replace("%1", field)


REPEATED = QT_TRANSLATE_NOOP(
    "CampaignLabels", "The file holds the same post more than once: %1. Nothing was imported."
)
REPEATED_ASK = QT_TRANSLATE_NOOP(
    "CampaignLabels", "The file holds the same post more than once: %1. Import every copy?"
)


def repeated_posts_text(repeats: list[tuple[int, int]], ask: bool = False) -> str:
    """Which posts of a campaign file repeat an earlier one ("posts[40] = posts[0]", ...)."""
    pairs = [f"posts[{i}] = posts[{j}]" for i, j in repeats[:5]]
    more = " …" if len(repeats) > 5 else ""
    return tr(REPEATED_ASK if ask else REPEATED).replace("%1", ", ".join(pairs) + more)


def exchange_error(exc: ExchangeError, fmt: Formatter) -> str:
    """Why a campaign file cannot be imported, naming the field at fault; the limits it
    names are written by `fmt`, in the chosen digits."""
    field = exc.field or "—"
    if exc.code is ExchangeCode.TOO_LONG:
        text = QCoreApplication.translate(
            "CampaignLabels",
            "The field “%1” is too long: a text keeps at most %n characters, a name or title %2.",
            None,
            TEXT_MAX,
        )
        text = fmt.counted(text, TEXT_MAX).replace("%2", fmt.integer(NAME_MAX))
        return text.replace("%1", field)
    if exc.code is ExchangeCode.TOO_MANY:
        text = QCoreApplication.translate(
            "CampaignLabels",
            "The list “%1” is too long for one campaign file (at most %n posts; "
            "objectives: %2; anything else: %3).",
            None,
            MAX_POSTS,
        )
        text = fmt.counted(text, MAX_POSTS).replace("%2", fmt.integer(MAX_OBJECTIVES))
        return text.replace("%3", fmt.integer(MAX_LIST)).replace("%1", field)
    text = tr(EXCHANGE.get(exc.code, _UNKNOWN_ISSUE))
    if exc.code is ExchangeCode.OUT_OF_RANGE:
        text = _years(text, fmt, "%2", "%3")
    text = text.replace("%1", field)
    return text.replace("%2", issue(exc.issue, fmt) if exc.issue else "")
