"""Translations: extract strings (lupdate), compile (lrelease), list and fill what is unfinished.

Each subpackage of `planner/ui` and `planner/reports` has its own `translations/<name>_ar.ts`,
so that work on one screen never touches another screen's file; everything else goes to
`translations/planner_ar.ts`, except `planner/i18n/<area>.py` (an area's labels, usable without
the UI), which goes with its area. The app loads every `*_ar.qm` it finds.

    python tools/i18n.py update            # run pyside6-lupdate for every area
    python tools/i18n.py release           # compile every .ts to .qm
    python tools/i18n.py todo [AREA]       # print unfinished source strings as JSON
    python tools/i18n.py fill FILE.json    # {"context": {"source": "arabic", ...}, ...}
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
        elif rel[0] == "i18n" and path.stem not in ("__init__", "language"):
            result.setdefault(path.stem, []).append(path)  # planner/i18n/calendar.py: calendar
        else:
            result["planner"].append(path)
    return result


def ts_path(area: str) -> Path:
    return TS_DIR / f"{area}_{LANG}.ts"


def update() -> None:
    TS_DIR.mkdir(exist_ok=True)
    for area, files in areas().items():
        if not files:
            continue
        cmd = [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            # No <location> lines: they change with every edit above a string, so every change
            # to a screen rewrote its .ts and parallel branches conflicted there.
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            LANG,
            *map(str, files),
            "-ts",
            str(ts_path(area)),
        ]
        subprocess.run(cmd, check=True, capture_output=True)
        print(f"updated {ts_path(area).relative_to(ROOT)}")


def release() -> None:
    for ts in sorted(TS_DIR.glob(f"*_{LANG}.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> dict[str, dict[str, str]]:
    todo: dict[str, dict[str, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or (forms and not all((f.text or "").strip() for f in forms))
                or (not forms and not (translation.text or "").strip())
            ):
                todo.setdefault(name, {})[message.findtext("source", "")] = ""
    return todo


def fill(mapping_file: Path) -> None:
    """Fill translations from a JSON {context: {source: translation}} into every .ts; a
    counted string (numerus) takes a list of Arabic's six forms (0, 1, 2, 3-10, 11-99, 100+)."""
    mapping: dict[str, dict[str, str | list[str]]] = json.loads(mapping_file.read_text("utf-8"))
    for ts in sorted(TS_DIR.glob(f"*_{LANG}.ts")):
        tree = ET.parse(ts)
        changed = 0
        for context in tree.getroot().iter("context"):
            table = mapping.get(context.findtext("name", ""), {})
            for message in context.iter("message"):
                text = table.get(message.findtext("source", ""))
                translation = message.find("translation")
                if text and translation is not None and isinstance(text, list):
                    for old in list(translation):
                        translation.remove(old)
                    translation.text = None
                    for form in text:
                        ET.SubElement(translation, "numerusform").text = form
                    translation.attrib.pop("type", None)
                    changed += 1
                elif text and translation is not None:
                    translation.text = text
                    translation.attrib.pop("type", None)
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
        files = [ts_path(rest[0])] if rest else sorted(TS_DIR.glob(f"*_{LANG}.ts"))
        todo = {ts.name: unfinished(ts) for ts in files}
        print(json.dumps({k: v for k, v in todo.items() if v}, ensure_ascii=False, indent=1))
    elif command == "fill":
        fill(Path(rest[0]))
        update()  # lupdate rewrites the files in its own layout: no churn in diffs
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
