"""The QApplication as every entry point makes it: names, icon, bundled fonts (no windows)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from planner import __version__
from planner.i18n import language
from planner.paths import resource

ORGANISATION = "CampaignPlanner"
APPLICATION = "CampaignPlanner"


def make_qapplication(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("campaign-planner")  # packaging/linux: the icon on Wayland
    app.setWindowIcon(QIcon(str(resource("icons", "app.png"))))
    language.load_fonts()
    app.setFont(language.ui_font())
    from planner.ui import plain

    plain.install(app)  # user text is never markup, in any label, message box or tooltip
    return app
