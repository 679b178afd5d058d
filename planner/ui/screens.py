"""The screens of the main window, in navigation order; each later capability adds one here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planner.i18n.marker import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the window's frame is painted before these are imported
    from planner.formatting import Formatter
    from planner.settings import Settings
    from planner.ui.dialogs import Dialogs
    from planner.ui.document import Document


@dataclass
class ScreenContext:
    """The few collaborators a screen may need."""

    doc: Document
    formatter: Formatter
    dialogs: Dialogs
    settings: Settings


class Screen:
    """One entry of the navigation: a stable key, a title, an icon, and the widget, which is
    built the first time it is needed (start-up builds only the screen that is shown)."""

    def __init__(
        self,
        key: str,
        title: str,
        icon: str,
        factory: Callable[[ScreenContext], QWidget],
        ctx: ScreenContext,
    ) -> None:
        self.key = key
        self.title = title
        self.icon = icon
        self._factory = factory
        self._ctx = ctx
        self._widget: QWidget | None = None
        self.built: Callable[[Screen], None] | None = None  # told when the widget is made

    @property
    def is_built(self) -> bool:
        return self._widget is not None

    @property
    def widget(self) -> QWidget:
        if self._widget is None:
            self._widget = self._factory(self._ctx)
            if self.built is not None:
                self.built(self)
        return self._widget


def _overview(ctx: ScreenContext) -> QWidget:
    from planner.ui.overview.view import OverviewView

    return OverviewView(ctx.doc, ctx.formatter)


def _campaigns(ctx: ScreenContext) -> QWidget:
    from planner.ui.campaigns.screen import CampaignsScreen

    return CampaignsScreen(ctx.doc, ctx.formatter, ctx.dialogs)


def _calendar(ctx: ScreenContext) -> QWidget:
    from planner.ui.calendar.view import CalendarView

    return CalendarView(ctx.doc, ctx.formatter, ctx.dialogs)


def _identity(ctx: ScreenContext) -> QWidget:
    from planner.ui.identity.view import IdentityView

    return IdentityView(ctx.doc, ctx.formatter, ctx.dialogs)


def _crisis(ctx: ScreenContext) -> QWidget:
    from planner.ui.crisis.view import CrisisView

    return CrisisView(ctx.doc, ctx.formatter, ctx.dialogs)


def _coverage(ctx: ScreenContext) -> QWidget:
    from planner.ui.coverage.view import CoverageView

    return CoverageView(ctx.doc, ctx.formatter, ctx.dialogs, ctx.settings.language)


def _audience(ctx: ScreenContext) -> QWidget:
    from planner.ui.audience.view import AudienceView

    return AudienceView(ctx.doc, ctx.formatter, ctx.dialogs)


# key, title (translated when built), icon, factory: one line per screen.
SCREENS: list[tuple[str, str, str, Callable[[ScreenContext], QWidget]]] = [
    ("overview", QT_TRANSLATE_NOOP("Screens", "Overview"), "overview", _overview),
    ("campaigns", QT_TRANSLATE_NOOP("Screens", "Campaigns"), "campaigns", _campaigns),
    ("calendar", QT_TRANSLATE_NOOP("Screens", "Content calendar"), "calendar", _calendar),
    ("identity", QT_TRANSLATE_NOOP("Screens", "Visual identity"), "identity", _identity),
    ("audience", QT_TRANSLATE_NOOP("Screens", "Audience"), "audience", _audience),
    ("coverage", QT_TRANSLATE_NOOP("Screens", "Coverage"), "coverage", _coverage),
    ("crisis", QT_TRANSLATE_NOOP("Screens", "Crisis & security"), "crisis", _crisis),
]


def entries() -> list[tuple[str, str, str]]:
    """Key, translated title and icon of every screen, in navigation order."""
    return [
        (key, QCoreApplication.translate("Screens", title), icon_name)
        for key, title, icon_name, _ in SCREENS
    ]


def build(ctx: ScreenContext) -> list[Screen]:
    return [
        Screen(key, QCoreApplication.translate("Screens", title), icon_name, factory, ctx)
        for key, title, icon_name, factory in SCREENS
    ]
