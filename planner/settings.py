"""The one typed settings object: language, digits, window state and recent files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings

from planner.digits import Digits

if TYPE_CHECKING:
    from planner.formatting import Formatter

MAX_RECENT = 8


class _Bytes:
    """A setting holding a QByteArray (None when unset or not bytes), as a property."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __get__(self, settings: Settings, owner: type[Settings]) -> QByteArray | None:
        value = settings._s.value(self.key)
        return value if isinstance(value, QByteArray) else None

    def __set__(self, settings: Settings, value: QByteArray) -> None:
        settings._s.setValue(self.key, value)


class Settings:
    """Typed access to QSettings with defaults; widgets never call QSettings themselves."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store if store is not None else QSettings()

    @property
    def language(self) -> str:
        value = str(self._s.value("language", "ar"))
        return value if value in ("ar", "en") else "ar"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("language", value)

    @property
    def digits(self) -> Digits:
        """The digits the officer chose (View → Digits); until she chooses, those of the
        interface's language: Arabic-Indic in Arabic, Latin in English."""
        try:
            return Digits(str(self._s.value("digits", "")))
        except ValueError:
            return Digits.ARABIC_INDIC if self.language == "ar" else Digits.LATIN

    @digits.setter
    def digits(self, value: Digits) -> None:
        self._s.setValue("digits", value.value)

    def formatter(self) -> Formatter:
        from planner.formatting import Formatter

        return Formatter(self.language, self.digits)

    # The main window's saved geometry and dock/toolbar state: bytes Qt writes and reads back.
    geometry = _Bytes("window/geometry")
    window_state = _Bytes("window/state")

    @property
    def recent_files(self) -> list[Path]:
        value: Any = self._s.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in (value or [])]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        files = [p for p in self.recent_files if p != path]
        self._s.setValue("recent_files", [str(p) for p in [path, *files][:MAX_RECENT]])

    def clear_recent(self) -> None:
        self._s.setValue("recent_files", [])

    def sync(self) -> None:
        self._s.sync()
