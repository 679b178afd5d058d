"""Linux menu entry: `make install-desktop` puts the .desktop file and icons in place."""

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "packaging" / "linux" / "campaign-planner.desktop"


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_names_the_app_in_arabic_and_english():
    """The menu shows مخطط الحملات in Arabic, Campaign Planner otherwise, with our icon."""
    entry = _entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Campaign Planner"
    assert entry["Name[ar]"] == "مخطط الحملات"
    assert entry["Icon"] == "campaign-planner"
    assert entry["Terminal"] == "false"
    assert "@BUNDLE@" in entry["Exec"]


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("make") is None,
    reason="a Linux desktop's menu",
)
def test_install_desktop_points_the_entry_at_the_bundle(tmp_path):
    """The installed entry runs the built program by its absolute path; the icons are there."""
    bundle = tmp_path / "dist dir" / "CampaignPlanner"
    bundle.parent.mkdir()
    bundle.write_text("#!/bin/sh\n")
    bundle.chmod(0o755)
    apps, icons = tmp_path / "applications", tmp_path / "icons"
    subprocess.run(
        [
            "make",
            "-s",
            "install-desktop",
            f"BUNDLE={bundle}",
            f"DESKTOP_DIR={apps}",
            f"ICON_DIR={icons}",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    entry = _entry(apps / "campaign-planner.desktop")
    assert entry["Exec"] == f'"{bundle}"'
    assert entry["TryExec"] == str(bundle)
    assert (icons / "256x256" / "apps" / "campaign-planner.png").read_bytes()[:4] == b"\x89PNG"
    assert (icons / "scalable" / "apps" / "campaign-planner.svg").exists()
    if shutil.which("desktop-file-validate"):
        subprocess.run(
            ["desktop-file-validate", str(apps / "campaign-planner.desktop")], check=True
        )


def test_install_desktop_refuses_without_a_build(tmp_path):
    """Without dist/ the target says to build first and installs nothing."""
    if shutil.which("make") is None:
        pytest.skip("no make")
    done = subprocess.run(
        [
            "make",
            "-s",
            "install-desktop",
            f"BUNDLE={tmp_path / 'none'}",
            f"DESKTOP_DIR={tmp_path / 'apps'}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0 and "make build" in done.stderr
    assert not (tmp_path / "apps").exists()
