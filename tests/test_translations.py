"""Every visible string has a finished Arabic translation that keeps its placeholders."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402

TS_FILES = sorted((ROOT / "translations").glob("*_ar.ts"))
PLACEHOLDER = re.compile(r"%\d|\{[^}]*\}")


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_there_are_translations():
    """The Arabic translation files exist."""
    assert any(ts.name == "planner_ar.ts" for ts in TS_FILES)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_arabic_is_finished_and_keeps_placeholders(ts):
    """No entry is unfinished, and each keeps the source's %1/%2 and {placeholders}."""
    problems = []
    for context, message in messages(ts):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is not None and message.get("numerus") == "yes":
            texts = [f.text for f in translation.iter("numerusform")]  # tests/test_plurals.py
        else:
            texts = [translation.text if translation is not None else None]
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not all(texts)
        ):
            problems.append(f"{context}: unfinished {source!r}")
            continue
        if any(
            sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(t)) for t in texts
        ):
            problems.append(f"{context}: placeholders differ in {source!r}")
    assert not problems


def test_translation_files_are_up_to_date_with_the_code(tmp_path):
    """Running lupdate on the code finds no string missing from the .ts files."""
    copy = tmp_path / "translations"
    shutil.copytree(ROOT / "translations", copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    for area, files in i18n.areas().items():
        target = copy / f"{area}_ar.ts"
        subprocess.run(
            [
                str(lupdate),
                "-no-obsolete",
                "-silent",
                "-source-language",
                "en",
                "-target-language",
                "ar",
                *map(str, files),
                "-ts",
                str(target),
            ],
            check=True,
            capture_output=True,
        )
    missing = [
        f"{ts.name}: {c}: {m.findtext('source')!r}"
        for ts in sorted(copy.glob("*_ar.ts"))
        for c, m in messages(ts)
        if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"
    ]
    assert not missing, "run `python tools/i18n.py update` and translate:\n" + "\n".join(missing)
