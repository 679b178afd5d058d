"""Translations: extract strings (lupdate), compile (lrelease), list and fill what is unfinished.

Each subpackage of `planner/ui` and `planner/reports` has its own `translations/<name>_ar.ts`,
so that work on one screen never touches another screen's file; everything else goes to
`translations/planner_ar.ts`, except `planner/i18n/<area>.py` (an area's labels, usable without
the UI), which goes with its area. The app loads every `*_<lang>.qm` it finds.

Counted strings (`tr("%n posts", "", n)`) are numerus messages: Arabic needs six forms, in
Qt's order (0; 1; 2; n % 100 in 3..10; n % 100 in 11..99; the rest: 100, 101, 102...).
English, the source language, needs its two ("%n post", "%n posts") in `<area>_en.ts`,
which holds only the counted strings (lupdate -pluralonly): without it Qt writes "1 posts".

    python tools/i18n.py update            # run pyside6-lupdate for every area and language
    python tools/i18n.py release           # compile every .ts to .qm
    python tools/i18n.py todo [AREA]       # print unfinished source strings as JSON
    python tools/i18n.py fill FILE.json [LANG]
        # {"context": {"source": "arabic", "counted %n source": ["form 0", ..., "form 5"]}}
        # into the LANG (default ar) files; a list fills a counted string's forms
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
LANG = "ar"
LANGS = ("ar", "en")  # Arabic: everything; English (the source): the plural forms only
FORMS = {"ar": 6, "en": 2}
SPLIT = ("ui", "reports")  # subpackages of these get their own .ts


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else name


def areas() -> dict[str, list[Path]]:
    """Map each translation area to its Python sources."""
    result: dict[str, list[Path]] = {"planner": []}
    for path in sorted((ROOT / "planner").rglob("*.py")):
        rel = path.relative_to(ROOT / "planner").parts
        if len(rel) >= 3 and rel[0] in SPLIT:
            result.setdefault(rel[1], []).append(path)
        elif rel[0] == "i18n" and path.stem not in ("__init__", "language", "marker"):
            result.setdefault(path.stem, []).append(path)  # planner/i18n/calendar.py: calendar
        else:
            result["planner"].append(path)
    return result


def ts_path(area: str, lang: str = LANG) -> Path:
    return TS_DIR / f"{area}_{lang}.ts"


def ts_files(lang: str | None = None) -> list[Path]:
    """Every .ts file of `lang` (of every language when None)."""
    return sorted(p for code in ([lang] if lang else LANGS) for p in TS_DIR.glob(f"*_{code}.ts"))


def _has_messages(ts: Path) -> bool:
    return ET.parse(ts).getroot().find("context/message") is not None


def update() -> None:
    TS_DIR.mkdir(exist_ok=True)
    for area, files in areas().items():
        if not files:
            continue
        for lang in LANGS:
            ts = ts_path(area, lang)
            cmd = [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                # No <location> lines: they change with every edit above a string, so every
                # change to a screen rewrote its .ts and parallel branches conflicted there.
                "-locations",
                "none",
                *(["-pluralonly"] if lang == "en" else []),
                "-source-language",
                "en",
                "-target-language",
                lang,
                *map(str, files),
                "-ts",
                str(ts),
            ]
            subprocess.run(cmd, check=True, capture_output=True)
            if lang != LANG and not _has_messages(ts):
                ts.unlink()  # an area without counted strings needs no English file
                continue
            print(f"updated {ts.relative_to(ROOT)}")


def release() -> None:
    for ts in ts_files():
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    if message.get("numerus") == "yes":
        return not all((f.text or "").strip() for f in translation.iter("numerusform"))
    return not (translation.text or "").strip()


def unfinished(ts: Path) -> dict[str, dict[str, str | list[str]]]:
    """Unfinished messages: "" for a plain one, a list of empty forms for a counted one."""
    todo: dict[str, dict[str, str | list[str]]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if _unfinished(message):
                forms = message.findall("translation/numerusform")
                todo.setdefault(name, {})[message.findtext("source", "")] = (
                    [""] * len(forms) if message.get("numerus") == "yes" else ""
                )
    return todo


def _fill_message(message: ET.Element, text: str | list[str]) -> bool:
    translation = message.find("translation")
    if translation is None or not text:
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        if not isinstance(text, list) or len(text) != len(forms):
            raise SystemExit(
                f"{message.findtext('source')!r} is counted: give a list of {len(forms)} forms"
            )
        for form, value in zip(forms, text, strict=True):
            form.text = value
    elif isinstance(text, str):
        translation.text = text
    else:
        return False
    translation.attrib.pop("type", None)
    return True


def fill(mapping_file: Path, lang: str = LANG) -> None:
    """Fill translations from a JSON {context: {source: translation or [forms]}} into every
    .ts of `lang`."""
    mapping: dict[str, dict[str, str | list[str]]] = json.loads(mapping_file.read_text("utf-8"))
    for ts in ts_files(lang):
        tree = ET.parse(ts)
        changed = 0
        for context in tree.getroot().iter("context"):
            table = mapping.get(context.findtext("name", ""), {})
            for message in context.iter("message"):
                text = table.get(message.findtext("source", ""))
                if text and _fill_message(message, text):
                    changed += 1
        if changed:
            ET.indent(tree)
            with ts.open("wb") as out:
                out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
                tree.write(out, encoding="utf-8", xml_declaration=False)
            print(f"{ts.name}: filled {changed}")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, *rest = argv
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "todo":
        files = (
            [p for lang in LANGS if (p := ts_path(rest[0], lang)).exists()] if rest else ts_files()
        )
        todo = {ts.name: unfinished(ts) for ts in files}
        print(json.dumps({k: v for k, v in todo.items() if v}, ensure_ascii=False, indent=1))
    elif command == "fill":
        fill(Path(rest[0]), rest[1] if len(rest) > 1 else LANG)
        update()  # lupdate rewrites the files in its own layout: no churn in diffs
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
