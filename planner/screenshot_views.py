"""The views `screenshot --view` can show: every screen, its tabs and the main dialogs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.screenshot_dialogs import DIALOGS, context_of

if TYPE_CHECKING:  # Qt is imported only when a picture is taken: --help stays quick
    from PySide6.QtWidgets import QWidget

    from planner.ui.main_window import MainWindow

# The screens in navigation order (planner.ui.screens.SCREENS; a test keeps them equal).
SCREEN_KEYS = ("overview", "campaigns", "calendar", "identity", "audience", "coverage", "crisis")

# Tabs of each screen's QTabWidget, in order (the key after the colon in --view SCREEN:TAB).
SCREEN_TABS: dict[str, tuple[str, ...]] = {
    "identity": ("library", "colours", "fonts", "guidelines"),
    "audience": ("accounts", "segments", "matrix"),
    "coverage": ("platform-week", "heatmap", "segments", "reach", "budget", "times", "actual"),
    "crisis": (
        "incidents",
        "requests",
        "playbooks",
        "responses",
        "partners",
        "security",
        "stats",
    ),
}
CALENDAR_MODES = ("month", "week", "list")
EDITOR_TABS = (
    "identity",
    "objectives",
    "audience",
    "strategy",
    "implementation",
    "evaluation",
    "approval",
)


@dataclass(frozen=True)
class View:
    """One view: its name and how to bring it up; `show` returns the widget to picture
    (the main window, or a dialog opened over it)."""

    name: str
    help: str
    show: Callable[[MainWindow, str | None], QWidget]


Act = Callable[["MainWindow", "QWidget", str | None], None]


def _screen(key: str, act: Act | None = None) -> Callable[[MainWindow, str | None], QWidget]:
    """Show the screen `key`, then `act` on it (the window, the screen, the --campaign)."""

    def show(window: MainWindow, campaign: str | None) -> QWidget:
        window.show_screen(key)
        if act is not None:
            act(window, window.screen(key), campaign)
        return window

    return show


def _tab(index: int) -> Act:
    def act(_window: MainWindow, screen: QWidget, _campaign: str | None) -> None:
        from PySide6.QtWidgets import QTabWidget

        tabs = getattr(screen, "tabs", None)
        assert isinstance(tabs, QTabWidget)
        tabs.setCurrentIndex(index)

    return act


def _calendar(mode: str) -> Act:
    def act(_window: MainWindow, view: QWidget, _campaign: str | None) -> None:
        view.set_mode(mode)  # type: ignore[attr-defined]

    return act


def _editor(tab: str) -> Act:
    def act(window: MainWindow, screen: QWidget, campaign: str | None) -> None:
        from planner.screenshot import open_campaign

        open_campaign(screen, context_of(window).doc, campaign or "", tab)

    return act


def _dialog(make: Callable[[MainWindow], QWidget]) -> Callable[[MainWindow, str | None], QWidget]:
    def show(window: MainWindow, _campaign: str | None) -> QWidget:
        from PySide6.QtCore import Qt

        dialog = make(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    return show


def _all() -> dict[str, View]:
    views: list[View] = []
    for key in SCREEN_KEYS:
        views.append(View(key, f"the {key} screen", _screen(key)))
        if key == "calendar":
            for mode in CALENDAR_MODES:
                show = _screen(key, _calendar(mode))
                views.append(View(f"calendar:{mode}", f"the calendar's {mode} view", show))
        if key == "campaigns":
            for tab in EDITOR_TABS:
                show = _screen(key, _editor(tab))
                views.append(View(f"editor:{tab}", f"a campaign's editor on its {tab} tab", show))
        for index, tab in enumerate(SCREEN_TABS.get(key, ())):
            show = _screen(key, _tab(index))
            views.append(View(f"{key}:{tab}", f"the {key} screen's {tab} tab", show))
    for name, help_text, make in DIALOGS:
        views.append(View(name, help_text, _dialog(make)))
    return {v.name: v for v in views}


def names() -> list[str]:
    """Every view's name, screens first, in navigation order."""
    return list(_all())


def find(name: str) -> View:
    """The view called `name`; KeyError when there is none."""
    return _all()[name]


def help_text() -> str:
    """The list of views for `screenshot --help`."""
    return ", ".join(names())
