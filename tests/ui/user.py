"""Acting as a user in tests: typing (Arabic included), and a known interface language."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def type_text(widget, text: str) -> None:
    """Send one key press per character of `text` to `widget` (QTest's keyClicks is ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def english(qapp):
    """The interface in English (left to right) for the test, Arabic again afterwards."""
    from planner.i18n import language

    language.install_language("en")
    yield
    language.install_language("ar")
