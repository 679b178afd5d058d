"""Hostile files through the real `import asset`: each refused in one translated line naming
the file and why, nothing of it stored; a file name that is not UTF-8 is cleaned, not a crash."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.storage.workspace import Workspace
from tests.identity_files import raster, svg

ROOT = Path(__file__).resolve().parent.parent


def run(*args, lang="en"):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(os.fsdecode, map(os.fspath, args))],
        capture_output=True,
        encoding="utf-8",
        errors="replace",  # a file name that is not UTF-8 is echoed as its own bytes
        cwd=ROOT,
        env={**os.environ, "PLANNER_LANG": lang, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def use_laughs(layers: int = 10, fan: int = 10) -> bytes:
    """The "billion laughs" of SVG: each layer draws the one below `fan` times."""
    defs = ['<g id="l0"><rect width="1" height="1"/></g>']
    for n in range(1, layers):
        uses = "".join(f'<use href="#l{n - 1}"/>' for _ in range(fan))
        defs.append(f'<g id="l{n}">{uses}</g>')
    return svg(f"<defs>{''.join(defs)}</defs><use href='#l{layers - 1}'/>")


def reference_chain(length: int) -> bytes:
    """A run of `length` references, each <use> drawing the one before once."""
    parts = ['<rect id="u0" width="1" height="1"/>']
    parts += [f'<use id="u{n}" href="#u{n - 1}"/>' for n in range(1, length + 1)]
    return svg("<defs>" + "".join(parts) + "</defs>")


HOSTILE = {
    "laughs.svg": (use_laughs(), "too many elements"),
    "cycle.svg": (
        svg('<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>'),
        "too many elements",
    ),
    "selfuse.svg": (svg('<use id="me" xlink:href="#me"/>'), "too many elements"),
    "chain.svg": (reference_chain(40), "too many elements"),
    "escaped.svg": (svg("<style>@\\69mport url(https://evil.example/a.css);</style>"), "outside"),
    "escaped-url.svg": (svg("<style>rect{fill:\\75rl(http://evil.example/p)}</style>"), "outside"),
    "iframe.svg": (
        svg(
            '<g><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/">'
            "<script>alert(1)</script></iframe></g>"
        ),
        "",
    ),
    "img.svg": (svg('<img xmlns="http://www.w3.org/1999/xhtml" src="/etc/passwd"/>'), "outside"),
    "refresh.svg": (
        svg(
            '<meta xmlns="http://www.w3.org/1999/xhtml" http-equiv="refresh" '
            'content="0;url=https://evil.example/"/>'
        ),
        "outside",
    ),
}


def _asset_count(path: Path) -> int:
    ws = Workspace.open(path, backup=False)
    try:
        return ws.assets.count()
    finally:
        ws.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    target = tmp_path_factory.mktemp("assets") / "w.planner"
    assert run("demo", "--out", target).returncode == 0
    return target


def test_hostile_svgs_are_refused_each_in_one_line(demo, tmp_path):
    """Every hostile SVG: its own line naming the file, exit 2, none stored."""
    files = []
    for name, (data, _) in HOSTILE.items():
        (tmp_path / name).write_bytes(data)
        files.append(tmp_path / name)
    before = _asset_count(demo)
    out = run("import", "asset", "--workspace", demo, *files)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == len(HOSTILE), out.stderr
    for line, (name, (_, words)) in zip(lines, HOSTILE.items(), strict=True):
        assert name in line and words in line, line
    assert _asset_count(demo) == before


def test_a_refusal_is_in_arabic_by_default(demo, tmp_path):
    """The default language names the reason in Arabic."""
    bomb = tmp_path / "laughs.svg"
    bomb.write_bytes(use_laughs())
    out = run("import", "asset", "--workspace", demo, bomb, lang="ar")
    assert out.returncode == 2 and "laughs.svg" in out.stderr
    assert any("\u0600" <= ch <= "\u06ff" for ch in out.stderr)


def test_a_name_that_is_not_utf8_is_imported_under_a_clean_name(demo, tmp_path):
    """A Windows-1256 file name on Linux ("شعار.png" in cp1256): imported, its name cleaned."""
    raw = os.fsencode(tmp_path) + b"/" + "شعار".encode("cp1256") + b".png"
    with open(raw, "wb") as handle:
        handle.write(raster("PNG", 64, 64))
    before = _asset_count(demo)
    out = run("import", "asset", "--workspace", demo, os.fsdecode(raw))
    assert out.returncode == 0, out.stderr
    assert _asset_count(demo) == before + 1
    ws = Workspace.open(demo, backup=False)
    names = [a.name for a in ws.assets.all()]
    ws.close()
    assert "شعار" in names  # read as the Arabic Windows code page it was written in
