"""`screenshot`: every screen, tab and dialog by name, at a screen size and scaling."""

from __future__ import annotations

import struct

import pytest

from planner import screenshot_views
from tests.test_cli import run


def _png_size(data: bytes) -> tuple[int, int]:
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_views_follow_the_navigation():
    """Every screen of the navigation is a view, in its order, with each of its tabs."""
    from planner.ui.campaigns.editor.view import TABS
    from planner.ui.screens import SCREENS

    assert tuple(key for key, *_ in SCREENS) == screenshot_views.SCREEN_KEYS
    assert screenshot_views.EDITOR_TABS == TABS
    names = screenshot_views.names()
    for key in screenshot_views.SCREEN_KEYS:
        assert key in names


def test_help_lists_every_view():
    """--help names each view, so that nobody has to read the code to find one."""
    out = run("screenshot", "--help")
    text = " ".join(out.stdout.split())
    for name in screenshot_views.names():
        assert name in text, name


@pytest.mark.parametrize(
    ("size", "scale", "expected"),
    [("1366x768", "125%", (1366, 768)), ("1280x800", "1", (1280, 800))],
)
def test_the_picture_has_the_screens_size(tmp_path, size, scale, expected):
    """At 125% the window is 1366/1.25 logical pixels wide and the picture 1366 pixels."""
    target = tmp_path / "week.png"
    out = run(
        "screenshot", "--view", "calendar:week", "--out", target, "--size", size, "--scale", scale
    )
    assert out.returncode == 0, out.stderr
    assert _png_size(target.read_bytes()) == expected


def test_a_dialog_is_pictured_alone(tmp_path):
    """A dialog's picture is the dialog, smaller than the screen."""
    target = tmp_path / "new.png"
    out = run("screenshot", "--view", "dialog:new-campaign", "--out", target, "--lang", "en")
    assert out.returncode == 0, out.stderr
    width, height = _png_size(target.read_bytes())
    assert width < 1280 and height < 800


def test_bad_scale_and_view_are_refused(tmp_path):
    """An impossible scaling or an unknown view is a usage error and writes nothing."""
    target = tmp_path / "x.png"
    assert run("screenshot", "--view", "overview", "--out", target, "--scale", "9").returncode == 2
    assert run("screenshot", "--view", "crisis:nowhere", "--out", target).returncode == 2
    assert not target.exists()
