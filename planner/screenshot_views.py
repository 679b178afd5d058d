"""The views `screenshot --view` can show: every screen, its tabs and the main dialogs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported only when a picture is taken: --help stays quick
    from PySide6.QtWidgets import QWidget

    from planner.ui.main_window import MainWindow
    from planner.ui.screens import ScreenContext

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

        open_campaign(screen, _ctx(window).doc, campaign or "", tab)

    return act


def _dialog(make: Callable[[MainWindow], QWidget]) -> Callable[[MainWindow, str | None], QWidget]:
    def show(window: MainWindow, _campaign: str | None) -> QWidget:
        from PySide6.QtCore import Qt

        dialog = make(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    return show


def _ctx(window: MainWindow) -> ScreenContext:
    """The window's collaborators (a window with a document has them)."""
    assert window.ctx is not None
    return window.ctx


def _new_campaign(window: MainWindow) -> QWidget:
    import datetime as dt

    from planner.ui.campaigns.dialogs import NewCampaignDialog

    return NewCampaignDialog(_ctx(window).formatter, dt.date.today(), window)


def _composer(existing: bool) -> Callable[[MainWindow], QWidget]:
    def make(window: MainWindow) -> QWidget:
        from planner.domain.model import Post, PostStatus
        from planner.ui.calendar.view import CalendarView

        window.show_screen("calendar")
        view = window.screen("calendar")
        assert isinstance(view, CalendarView)
        assert window.ctx is not None
        store = _ctx(window).doc.workspace.posts
        ids = _ctx(window).doc.workspace.calendar.scheduled_ids() if existing else []
        post = store.get(ids[0]) if ids else Post("", [], PostStatus.IDEA)
        return view.open_composer(post)

    return make


def _library(window: MainWindow) -> QWidget:
    import datetime as dt

    from planner.ui.calendar.library import LibraryDialog

    ctx = _ctx(window)
    return LibraryDialog(ctx.doc, ctx.dialogs, ctx.formatter, dt.date.today(), window)


def _hijri(window: MainWindow) -> QWidget:
    from planner.ui.calendar.hijri_dialog import HijriDialog

    return HijriDialog(_ctx(window).doc, _ctx(window).dialogs, _ctx(window).formatter, window)


def _backups(window: MainWindow) -> QWidget:
    from planner.ui.backups_dialog import BackupsDialog

    return BackupsDialog(_ctx(window).doc.workspace.path, _ctx(window).formatter, window)


def _export_pdf(window: MainWindow) -> QWidget:
    from planner.ui.export_dialog import ExportPdfDialog

    ctx = _ctx(window)
    return ExportPdfDialog(ctx.doc, ctx.settings, ctx.dialogs, None, window)


def _followers(window: MainWindow) -> QWidget:
    import datetime as dt

    from planner.ui.coverage.dialogs import FollowersDialog

    return FollowersDialog(_ctx(window).doc, _ctx(window).formatter, dt.date.today(), window)


def _rates(window: MainWindow) -> QWidget:
    from planner.ui.coverage.dialogs import RatesDialog

    return RatesDialog(_ctx(window).doc, _ctx(window).formatter, window)


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
    for name, help_text, make in (
        ("dialog:new-campaign", "File/Campaigns: New campaign", _new_campaign),
        ("dialog:new-post", "the composer on a new idea", _composer(False)),
        ("dialog:post", "the composer on the first post", _composer(True)),
        ("dialog:library", "occasions, hashtag sets and snippets", _library),
        ("dialog:hijri", "the Hijri calendar's corrections", _hijri),
        ("dialog:backups", "File: Backups", _backups),
        ("dialog:export-pdf", "File: Export as PDF", _export_pdf),
        ("dialog:followers", "Coverage: follower counts", _followers),
        ("dialog:rates", "Coverage: reach rates", _rates),
    ):
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
