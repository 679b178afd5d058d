"""Room to work on a laptop (1366x768 at 125%: a 1093x614 window): no scroll area inside a
scroll area, no sideways scrolling, checklists with real height."""

from __future__ import annotations

import datetime as dt

import pytest
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


@pytest.mark.parametrize("tab", ["objectives", "strategy", "implementation", "evaluation"])
def test_each_editor_tab_scrolls_as_one_page(app_shell, workspace, qtbot, tab):
    """The lists of a campaign's tabs (objectives and KPIs, key messages, channels, partners,
    phases, results and reports) grow with their rows: only the page scrolls."""
    from planner.ui.campaigns.editor.section import Page

    window = open_window(app_shell, workspace, qtbot)
    window.show_screen("campaigns")
    screen = window.screen("campaigns")
    first = app_shell.doc.workspace.campaigns.summaries()[0]
    screen.open_campaign(first.id, tab)
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


# A laptop at 125%: 768/1.25 = 614 logical pixels, less a task bar of about 38, less the
# dialog's own title bar of about 30.
DIALOG_ROOM = 614 - 38 - 30


def full_sample_window(app_shell, tmp_path, qtbot):
    """The window on the full sample (crisis log, statistics imported), at laptop size."""
    from planner.storage.full_sample import create_sample

    path = tmp_path / "full.planner"
    create_sample(path).close()
    return open_window(app_shell, Workspace.open(path, backup=False), qtbot)


def test_the_composer_fits_a_laptop_screen(app_shell, workspace, dialogs, qtbot):
    """The composer's least height (what its layout needs, and the floor it sets itself)
    leaves room for the task bar and the title bar: nothing of it is off the screen. A post
    on every platform has every text tab and counter."""
    from planner.domain.model import Platform, Post, PostStatus
    from planner.ui.calendar.composer import Composer

    doc = Document(workspace)
    for post in (Post("", [], PostStatus.IDEA), Post("x", list(Platform), PostStatus.DRAFT)):
        composer = Composer(doc, Formatter("ar", Digits.ARABIC_INDIC), dialogs, post)
        qtbot.addWidget(composer)
        composer.show()
        settle(qtbot)
        least = max(composer.minimumSizeHint().height(), composer.minimumHeight())
        assert least <= DIALOG_ROOM, least
        assert composer.minimumWidth() <= 1093
        room = composer.screen().availableGeometry()
        assert composer.height() <= room.height() - 40  # it opens inside the screen
        composer.close()


@pytest.mark.parametrize("tab", ["incidents", "playbooks"])
def test_crisis_steps_show_every_step_at_laptop_size(app_shell, tmp_path, qtbot, tab):
    """At 1366x768 at 125% an incident's checklist and a playbook's steps have no scroll bar
    of their own: they show all their steps, and the record's form and its steps scroll
    together as one page."""
    window = full_sample_window(app_shell, tmp_path, qtbot)
    window.show_screen("crisis")
    record_tab = getattr(window.screen("crisis"), tab)
    window.screen("crisis").tabs.setCurrentWidget(record_tab)
    record_tab.table.setCurrentIndex(record_tab.table.model().index(0, 0))
    settle(qtbot)
    steps = record_tab.steps if tab == "incidents" else record_tab.steps.table
    rows = steps.model().rowCount()
    assert rows >= 5
    assert not steps.verticalScrollBar().isVisible()
    assert not steps.horizontalScrollBar().isVisible()
    needed = steps.horizontalHeader().height() + sum(steps.rowHeight(r) for r in range(rows))
    assert steps.height() >= needed
    assert steps.rowHeight(0) < 6 * steps.fontMetrics().height()  # rows measured at width
    outer = []  # the scroll areas holding the steps: the form's only
    parent = steps.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            outer.append(parent)
        parent = parent.parentWidget()
    assert outer == [record_tab.form_area]


def scroll_areas_holding(widget):
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            found.append(parent)
        parent = parent.parentWidget()
    return found


def test_partner_lists_and_the_response_panel_sit_in_the_record_page(app_shell, tmp_path, qtbot):
    """At 1366x768 at 125% a partner body's accounts and contacts show every row, and the
    panel that fills a ready response is laid out at its own height (squeezed in a splitter,
    its warning was drawn over the filled text): each scrolls with its record's form."""
    window = full_sample_window(app_shell, tmp_path, qtbot)
    window.show_screen("crisis")
    crisis = window.screen("crisis")
    for tab in (crisis.partners, crisis.responses):
        crisis.tabs.setCurrentWidget(tab)
        tab.table.setCurrentIndex(tab.table.model().index(0, 0))
        settle(qtbot)
    for editor in (crisis.partners.accounts, crisis.partners.contacts):
        assert not editor.table.verticalScrollBar().isVisible()
        assert scroll_areas_holding(editor.table) == [crisis.partners.form_area]
    use = crisis.responses.use
    assert scroll_areas_holding(use) == [crisis.responses.form_area]
    assert use.height() >= use.minimumSizeHint().height()
    crisis.tabs.setCurrentWidget(crisis.responses)
    settle(qtbot)
    if use.problems.isVisible():  # the warning sits under the filled text, not over it
        assert use.problems.geometry().top() >= use.preview.geometry().bottom()


@pytest.mark.parametrize(("size", "fits"), [(LAPTOP, False), ((1920, 1080 - 40), True)])
def test_planned_against_actual_reads_without_nested_scrolling(
    app_shell, tmp_path, qtbot, size, fits
):
    """Each panel of "Planned against actual" is drawn at least SQUEEZE of its own height (a
    flatter chart crowds its labels); on a 1920x1080 screen it fits the visible height, on a
    laptop at 125% the pane scrolls as one page: the unmatched rows under the chart have no
    scroll bar of their own."""
    from planner.reports import charts
    from planner.ui.coverage.pane import SQUEEZE

    window = full_sample_window(app_shell, tmp_path, qtbot)
    window.resize(*size)
    window.show_screen("coverage")
    view = window.screen("coverage")
    view.tabs.setCurrentIndex(charts.NAMES.index("actual"))
    settle(qtbot)
    pane = view.panes[charts.NAMES.index("actual")]
    panels = len(pane.panel_group.buttons())
    assert panels >= 2  # the sample has several panels
    for number in range(panels):
        pane.panel_group.button(number).click()  # the buttons are made again on each draw
        settle(qtbot)
        canvas = pane.canvas
        assert canvas.height() >= SQUEEZE * pane.natural_height * canvas.dpi - 1, pane.panel
        if fits:
            assert canvas.height() <= pane.scroll_area.viewport().height(), pane.panel
    assert not view.unmatched.verticalScrollBar().isVisible()


def test_the_overview_scrolls_as_one_page(app_shell, workspace, qtbot):
    """The week's posts, what needs attention and the coming occasions grow with their rows
    inside the Overview's page, which is the one thing that scrolls."""
    window = open_window(app_shell, workspace, qtbot)
    window.show_screen("overview")
    overview = window.screen("overview")
    settle(qtbot)
    lists = (overview.week_table, overview.warn_list, overview.occasion_list)
    shown = [view for view in lists if view.isVisible()]
    assert shown
    for view in shown:
        assert not view.verticalScrollBar().isVisible(), view.accessibleName()
