"""Counted strings have Arabic's six plural forms and English's two, in the chosen digits;
translations hold no digits of their own (numbers come from the formatter)."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from planner.digits import Digits
from planner.formatting import Formatter
from planner.i18n.language import install_language

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
AR_FILES = sorted(TRANSLATIONS.glob("*_ar.ts"))
EN_FILES = sorted(TRANSLATIONS.glob("*_en.ts"))
FORMS = {"ar": 6, "en": 2}
# A count written into a sentence without %n: "%1 posts", "%2 scheduled posts", "post(s)".
COUNTED_NOUNS = (
    "posts|campaigns|accounts|files|days|weeks|hours|minutes|rows|problems|hashtags|"
    "mentions|characters|people|followers|segments|KPIs|incidents|requests|playbooks"
)
LOOKS_COUNTED = re.compile(rf"%\d\s+(?:\w+\s+)?(?:{COUNTED_NOUNS})\b|\w\(s\)")
NOT_COUNTS = {"%1 cannot go on %2, which takes %3 files."}  # %3 is a file type: "JPEG files"
DIGITS = re.compile(r"[0-9٠-٩۰-۹]")
# Digits that are not numbers the formatter should write: names (UTF-8), the digit styles
# the View › Digits menu offers, and a Latin sample line of the contrast checker.
NOT_NUMBERS = re.compile(r"UTF-8|CC BY 4\.0|\(١٢٣\)|\(123\)|Muscat 123")
# Known exceptions (none left).
LEFT: set[str] = set()


def messages(files):
    for ts in files:
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                yield ts.name, context.findtext("name"), message


def texts_of(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_counted_string_uses_numerus_forms():
    """A source with %n is a numerus message; no source counts with %1 or "(s)" instead."""
    problems = []
    for name, context, message in messages(AR_FILES):
        source = message.findtext("source", "")
        if "%n" in source and message.get("numerus") != "yes":
            problems.append(f"{name} {context}: {source!r} is not numerus")
        if LOOKS_COUNTED.search(source) and source not in NOT_COUNTS:
            problems.append(f"{name} {context}: {source!r} counts without %n")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("files", "lang"), [(AR_FILES, "ar"), (EN_FILES, "en")])
def test_every_numerus_message_has_all_its_forms(files, lang):
    """Arabic: six filled forms (0, 1, 2, 3-10, 11-99, 100+); English: two."""
    assert files
    problems = [
        f"{name} {context}: {message.findtext('source')!r}"
        for name, context, message in messages(files)
        if message.get("numerus") == "yes"
        and (len(texts_of(message)) != FORMS[lang] or not all(t.strip() for t in texts_of(message)))
    ]
    assert not problems, "\n".join(problems)


def test_english_files_cover_every_counted_string():
    """Each counted Arabic message has its English forms too (else Qt writes "1 posts")."""
    english = {
        (context, m.findtext("source")) for _, context, m in messages(EN_FILES) if m.get("numerus")
    }
    counted = {
        (context, m.findtext("source"))
        for _, context, m in messages(AR_FILES)
        if m.get("numerus") == "yes"
    }
    assert counted <= english, counted - english


def test_no_translation_writes_a_number_itself():
    """Numbers reach a translation through %1 or %n, filled in the chosen digits: "18" or
    "٢٠٬٠٠٠" typed into the Arabic ignores the digits setting."""
    problems = []
    for name, context, message in messages(AR_FILES):
        if message.findtext("source") in LEFT:
            continue
        for text in texts_of(message):
            rest = NOT_NUMBERS.sub("", re.sub(r"%(?:\d+|n)", "", text))
            if DIGITS.search(rest):
                problems.append(f"{name} {context}: {text!r}")
    assert not problems, "\n".join(problems)


def test_lrelease_finds_nothing_unfinished():
    """`lrelease` compiles every file with 0 unfinished translations."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in AR_FILES + EN_FILES:
        out = subprocess.run(
            [str(lrelease), str(ts), "-qm", "/dev/null"], capture_output=True, text=True
        ).stdout
        assert re.search(r"\(\d+ finished and 0 unfinished\)", out), (ts.name, out)


@pytest.fixture
def translated(qapp):
    """Translate through the compiled files of a language (restored to Arabic after); `make
    test` compiles them first (recompiling here would rewrite .qm files that installed
    translators hold mapped in memory)."""

    def use(lang):
        install_language(lang, set_direction=False)

    yield use
    install_language("ar", set_direction=False)


def posts(n, fmt):
    return fmt.counted(QCoreApplication.translate("CalendarView", "%n posts", None, n), n)


@pytest.mark.parametrize(
    ("n", "arabic", "latin"),
    [
        (0, "لا منشورات", "لا منشورات"),
        (1, "منشور واحد", "منشور واحد"),
        (2, "منشوران", "منشوران"),
        (3, "٣ منشورات", "3 منشورات"),
        (11, "١١ منشورًا", "11 منشورًا"),
        (100, "١٠٠ منشور", "100 منشور"),
        (1203, "١\xa0٢٠٣ منشورات", "1,203 منشورات"),
    ],
)
def test_arabic_counts_take_their_form_and_the_chosen_digits(translated, n, arabic, latin):
    """Qt picks the form by Arabic's rules; the number follows the digits setting."""
    translated("ar")
    assert posts(n, Formatter("ar", Digits.ARABIC_INDIC)) == arabic
    assert posts(n, Formatter("ar", Digits.LATIN)) == latin


def test_english_counts_say_one_post_and_two_posts(translated):
    """English has its own forms: "1 post", "2 posts", in either digits."""
    translated("en")
    assert posts(1, Formatter("en", Digits.LATIN)) == "1 post"
    assert posts(2, Formatter("en", Digits.LATIN)) == "2 posts"
    assert posts(1200, Formatter("en", Digits.LATIN)) == "1,200 posts"
    assert posts(2, Formatter("en", Digits.ARABIC_INDIC)) == "٢\u200e posts"


def test_durations_are_counted(translated):
    """A crisis wait reads "يومان و..." not "٢ يوم", and "1 d" stays "1 d" in English."""
    import datetime as dt

    from planner.ui.crisis.labels import duration

    translated("ar")
    fmt = Formatter("ar", Digits.ARABIC_INDIC)
    assert duration(dt.timedelta(days=2, hours=3), fmt) == "يومان ٣ ساعات"
    assert duration(dt.timedelta(days=1), fmt) == "يوم واحد"
    assert duration(dt.timedelta(minutes=45), fmt) == "٤٥ دقيقةً"


def test_limits_in_messages_follow_the_digits_setting(translated):
    """A limit named in a message is the formatter's number, in the chosen digits and the
    form its count takes ("٢٠٬٠٠٠ حرف", "٥٠ هدفًا"); years are not grouped."""
    from planner.domain.validation import IssueCode
    from planner.i18n.campaigns import issue

    translated("ar")
    arabic, latin = Formatter("ar", Digits.ARABIC_INDIC), Formatter("ar", Digits.LATIN)
    assert issue(IssueCode.TEXT_TOO_LONG, arabic) == (
        f"النص أطول من المسموح: {arabic.integer(20000)} حرف على الأكثر "
        "(و٢٠٠ للاسم أو العنوان أو الوحدة)."
    )
    assert issue(IssueCode.TOO_MANY_OBJECTIVES, latin) == "تتسع الحملة لـ50 هدفًا على الأكثر."
    assert issue(IssueCode.DATE_OUT_OF_RANGE, arabic) == "يجب أن يقع التاريخ بين عامي ١٩٠٠ و٢١٠٠."
    translated("en")
    english = Formatter("en", Digits.LATIN)
    assert issue(IssueCode.TOO_MANY_HASHTAGS, english) == "A campaign takes at most 100 hashtags."
    assert (
        issue(IssueCode.DATE_OUT_OF_RANGE, english) == "The date must fall between 1900 and 2100."
    )
