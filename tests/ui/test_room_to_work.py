"""Room to work on a laptop (1366x768 at 125%: a 1093x614 window): no scroll area inside a
scroll area, no sideways scrolling, checklists with real height."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QAbstractScrollArea, QPlainTextEdit

from planner.formatting import Digits, Formatter
from planner.storage.workspace import Workspace
from planner.ui.document import Document

LAPTOP = (1093, 614)


def open_window(app_shell, workspace, qtbot):
    path = workspace.path
    workspace.close()
    app_shell.show_document(Document(Workspace.open(path, backup=False)))
    window = app_shell.window
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    return window


def settle(qtbot):
    qtbot.wait(30)  # the layouts' queued fits


def test_the_strategy_tab_scrolls_as_one_page(app_shell, workspace, qtbot):
    """Key messages, channels and partners grow with their rows: only the page scrolls."""
    from planner.ui.campaigns.editor.section import Page

    window = open_window(app_shell, workspace, qtbot)
    window.show_screen("campaigns")
    screen = window.screen("campaigns")
    first = app_shell.doc.workspace.campaigns.summaries()[0]
    screen.open_campaign(first.id, "strategy")
    settle(qtbot)
    page = screen.editor.tabs.currentWidget()
    assert isinstance(page, Page)
    inner = [
        area
        for area in page.widget().findChildren(QAbstractScrollArea)
        if area.isVisible() and not isinstance(area, QPlainTextEdit)
    ]
    assert inner  # the lists are there
    for area in inner:
        assert not area.verticalScrollBar().isVisible(), area.accessibleName()
        assert not area.horizontalScrollBar().isVisible(), area.accessibleName()


def test_the_hijack_checklist_has_the_height_of_its_pane(app_shell, workspace, qtbot):
    """The hijacked-account checklist has a tab of its own beside "who holds access"."""
    from planner.storage.crisis_sample import load_crisis_sample

    load_crisis_sample(workspace, today=dt.date(2026, 12, 7))
    window = open_window(app_shell, workspace, qtbot)
    window.show_screen("crisis")
    crisis = window.screen("crisis")
    crisis.tabs.setCurrentWidget(crisis.security)
    security = crisis.security
    security.side.setCurrentWidget(security.hijack)
    settle(qtbot)
    steps = security.hijack_steps
    assert steps.count() >= 3
    assert steps.height() >= 3 * steps.sizeHintForRow(0)


def test_the_occasions_list_never_scrolls_sideways(app_shell, workspace, qtbot):
    """Long occasion names wrap: the list has no horizontal scroll bar."""
    from planner.ui.calendar.library import LibraryDialog

    window = open_window(app_shell, workspace, qtbot)
    doc = app_shell.doc
    dialog = LibraryDialog(
        doc, app_shell.dialogs, Formatter("ar", Digits.ARABIC_INDIC), dt.date(2026, 12, 7), window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    lists = [a for a in dialog.findChildren(QAbstractScrollArea) if a.isVisible()]
    assert lists
    for area in lists:
        assert not area.horizontalScrollBar().isVisible()


def test_the_incident_checklist_shows_several_steps(app_shell, workspace, qtbot):
    """Each step's row is as tall as its wrapped text at the column's width (it was measured
    while the column was narrow, so each step stood alone on a tall row)."""
    from planner.storage.crisis_sample import load_crisis_sample

    load_crisis_sample(workspace, today=dt.date(2026, 12, 7))
    window = open_window(app_shell, workspace, qtbot)
    window.resize(1920, 1080)
    window.show_screen("crisis")
    incidents = window.screen("crisis").incidents
    incidents.table.setCurrentIndex(incidents.table.model().index(0, 0))
    settle(qtbot)
    steps = incidents.steps
    rows = steps.model().rowCount()
    assert rows >= 3
    viewport = steps.viewport().rect()
    whole = [
        r for r in range(rows) if viewport.contains(steps.visualRect(steps.model().index(r, 0)))
    ]
    assert len(whole) >= 5, [steps.rowHeight(r) for r in range(rows)]
