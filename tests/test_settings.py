"""The typed settings: the window's geometry and state come back as the bytes stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from planner.settings import Settings


def _settings(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_window_bytes_round_trip_and_unset_is_none(tmp_path: Path) -> None:
    settings = _settings(tmp_path / "s.ini")
    assert settings.geometry is None and settings.window_state is None
    settings.geometry = QByteArray(b"\x01\x02geometry")
    settings.window_state = QByteArray(b"\x00state\xff")
    settings.sync()
    again = _settings(tmp_path / "s.ini")
    assert again.geometry == QByteArray(b"\x01\x02geometry")
    assert again.window_state == QByteArray(b"\x00state\xff")


def test_a_value_that_is_not_bytes_reads_as_none(tmp_path: Path) -> None:
    (tmp_path / "s.ini").write_text("[window]\ngeometry=hello\nstate=3\n")
    settings = _settings(tmp_path / "s.ini")
    assert settings.geometry is None and settings.window_state is None
