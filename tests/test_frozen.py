"""The frozen build's start-up set-up: a lasting matplotlib folder, only when frozen."""

import os
import sys

import pytest

from planner import frozen


def test_frozen_app_gets_a_lasting_matplotlib_folder(tmp_path, monkeypatch):
    """Frozen, MPLCONFIGDIR points into the user's cache (not a new temporary folder)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    monkeypatch.setattr("pathlib.Path.home", lambda: tmp_path)
    monkeypatch.setenv("MPLCONFIGDIR", "/tmp/_MEI-temporary")
    frozen.prepare(frozen=True)
    folder = os.environ["MPLCONFIGDIR"]
    assert folder.startswith(str(tmp_path)) and "CampaignPlanner" in folder
    assert os.path.isdir(folder)


def test_from_source_nothing_changes(monkeypatch):
    """From source, matplotlib's own lasting folder is left alone."""
    monkeypatch.delenv("MPLCONFIGDIR", raising=False)
    frozen.prepare(frozen=False)
    assert "MPLCONFIGDIR" not in os.environ


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG is Linux's")
def test_cache_folder_follows_xdg(tmp_path, monkeypatch):
    """$XDG_CACHE_HOME is honoured; without it, ~/.cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert frozen.user_cache_dir() == tmp_path / "CampaignPlanner"
    monkeypatch.setenv("XDG_CACHE_HOME", "")
    monkeypatch.setattr("pathlib.Path.home", lambda: tmp_path)
    assert frozen.user_cache_dir() == tmp_path / ".cache" / "CampaignPlanner"
