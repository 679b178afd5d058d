"""The Audience & accounts screen as the officer uses it: edit, tick, delete, undo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from planner.domain.model import BestTime, Platform
from planner.formatting import Digits, Formatter
from planner.ui.audience.models import WEEK, AccountsModel, SegmentsModel
from planner.ui.audience.view import AudienceView
from planner.ui.document import Document
from tests.ui import user
from tests.ui.user import type_text

english = user.english  # the fixture: the interface in English


@pytest.fixture
def view(qtbot, workspace, dialogs, english):
    widget = AudienceView(Document(workspace), Formatter("en", Digits.LATIN), dialogs)
    qtbot.addWidget(widget)
    widget.setMinimumSize(1060, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def edit_cell(qtbot, table, row, column, text):
    """F2 on a cell, type, Enter: as a user edits a table."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def tuple_of(time):
    return time.weekday, time.hour


def x_account(workspace):
    return next(a for a in workspace.accounts.list() if a.platform is Platform.X)


def test_models_keep_the_qt_contract(view, qtmodeltester):
    """Every model of the screen passes Qt's model tester with the sample's data."""
    for model in (
        view.accounts.model,
        view.accounts.segments,
        view.accounts.times,
        view.segments.model,
        view.segments.platforms,
        view.matrix.model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_editing_a_handle_and_followers(view, workspace, qtbot):
    """A handle and a follower count typed in the table are saved; undo takes each back."""
    account = x_account(workspace)
    view.accounts.select(account.id)
    row = view.accounts.table.currentIndex().row()
    edit_cell(qtbot, view.accounts.table, row, AccountsModel.HANDLE, "@MuscatMunicipality")
    edit_cell(qtbot, view.accounts.table, row, AccountsModel.FOLLOWERS, "٤١٢٬٥٠٠")
    stored = workspace.accounts.get(account.id)
    assert (stored.handle, stored.followers) == ("@MuscatMunicipality", 412_500)
    view.doc.undo_stack.undo()
    view.doc.undo_stack.undo()
    assert workspace.accounts.get(account.id) == account


def test_an_empty_handle_is_refused(view, workspace, qtbot):
    """Clearing a handle explains what is expected and stores nothing."""
    account = x_account(workspace)
    view.accounts.select(account.id)
    row = view.accounts.table.currentIndex().row()
    edit_cell(qtbot, view.accounts.table, row, AccountsModel.HANDLE, "")
    assert "handle" in view.accounts.message.text()
    assert workspace.accounts.get(account.id).handle == account.handle
    assert view.doc.undo_stack.count() == 0


def test_best_times_toggle_with_a_click(view, workspace, qtbot):
    """A click on a free hour adds it to the account's best times; another click removes it."""
    account = x_account(workspace)
    view.accounts.select(account.id)
    free = next(
        (r, h)
        for r in range(7)
        for h in range(24)
        if BestTime(WEEK[r], h) not in account.best_times
    )
    grid = view.accounts.grid
    rect = grid.visualRect(view.accounts.times.index(*free))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert BestTime(WEEK[free[0]], free[1]) in workspace.accounts.get(account.id).best_times
    grid.setFocus()
    grid.setCurrentIndex(view.accounts.times.index(*free))
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert set(map(tuple_of, workspace.accounts.get(account.id).best_times)) == set(
        map(tuple_of, account.best_times)
    )
    assert view.doc.undo_stack.count() == 2


def test_ticking_the_segments_an_account_reaches(view, workspace):
    """The account's segments are ticked in a list; a tick is one undoable edit."""
    account = x_account(workspace)
    view.accounts.select(account.id)
    model = view.accounts.segments
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r).data(Qt.ItemDataRole.UserRole) not in account.segment_ids
    )
    segment_id = model.index(row).data(Qt.ItemDataRole.UserRole)
    model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert segment_id in workspace.accounts.get(account.id).segment_ids
    view.doc.undo_stack.undo()
    assert workspace.accounts.get(account.id).segment_ids == account.segment_ids


def test_deleting_a_channel_account_and_undoing(view, workspace, dialogs):
    """Deleting an account asks (naming its campaigns); undo restores it as a channel too."""
    account = x_account(workspace)
    users = [
        s.id
        for s in workspace.campaigns.summaries()
        if account.id in workspace.campaigns.get(s.id).channel_account_ids
    ]
    assert users
    view.accounts.select(account.id)
    dialogs.confirmations.append(True)
    view.accounts.remove_current()
    assert "campaign" in dialogs.asked[-1]
    assert all(account.id not in workspace.campaigns.get(c).channel_account_ids for c in users)
    view.doc.undo_stack.undo()
    assert workspace.accounts.get(account.id) == account
    assert all(account.id in workspace.campaigns.get(c).channel_account_ids for c in users)


def test_adding_an_account_opens_its_handle(view, workspace, qtbot):
    """Add account makes a new account on an unused platform and starts editing its handle."""
    before = len(workspace.accounts.list())
    qtbot.mouseClick(view.accounts.add_button, Qt.MouseButton.LeftButton)
    assert len(workspace.accounts.list()) == before + 1
    assert view.accounts.table.state() == QAbstractItemView.State.EditingState


def test_deleting_a_used_segment_restores_every_link_on_undo(view, workspace, dialogs):
    """A segment in use is deleted after a warning; undo brings back campaigns' and posts' links."""
    segment = next(s for s in workspace.segments.list() if s.name == "الأسر")
    campaigns = {s.id: workspace.campaigns.get(s.id) for s in workspace.campaigns.summaries()}
    accounts = workspace.accounts.list()
    view.segments.select(segment.id)
    dialogs.confirmations.append(True)
    view.segments.remove_current()
    assert "5 accounts, 2 campaigns and 15 posts" in dialogs.asked[-1]
    assert segment.id not in [s.id for s in workspace.segments.list()]
    view.doc.undo_stack.undo()
    assert workspace.segments.get(segment.id) == segment
    assert workspace.accounts.list() == accounts
    assert {c: workspace.campaigns.get(c) for c in campaigns} == campaigns


def test_renaming_a_segment_in_its_table(view, workspace, qtbot):
    """A segment's name is edited in place; an empty name is refused."""
    segment = workspace.segments.list()[0]
    view.segments.select(segment.id)
    row = view.segments.table.currentIndex().row()
    edit_cell(qtbot, view.segments.table, row, SegmentsModel.NAME, "طلبة الجامعات")
    assert workspace.segments.get(segment.id).name == "طلبة الجامعات"
    edit_cell(qtbot, view.segments.table, row, SegmentsModel.NAME, "")
    assert "name" in view.segments.message.text()
    assert workspace.segments.get(segment.id).name == "طلبة الجامعات"


def test_matrix_click_changes_which_platforms_reach_a_segment(view, workspace, qtbot):
    """A click in the matrix adds or removes a platform of a segment; the tip names accounts."""
    view.tabs.setCurrentWidget(view.matrix)
    segment = workspace.segments.list()[0]
    column = next(i for i, p in enumerate(Platform) if p not in segment.platforms)
    index = view.matrix.model.index(0, column)
    qtbot.mouseClick(
        view.matrix.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.matrix.view.visualRect(index).center(),
    )
    assert list(Platform)[column] in workspace.segments.get(segment.id).platforms
    reached = next(i for i, p in enumerate(Platform) if p in segment.platforms)
    tip = view.matrix.model.index(0, reached).data(Qt.ItemDataRole.ToolTipRole)
    assert "reaches" in tip
    view.doc.undo_stack.undo()
    assert workspace.segments.get(segment.id) == segment


def test_the_screen_follows_the_calendar_in_the_navigation(app_shell, workspace):
    """The Audience and accounts screen comes after campaigns, calendar and identity."""
    from planner.storage.workspace import Workspace

    path = workspace.path
    workspace.close()
    app_shell.show_document(Document(Workspace.open(path, backup=False)))
    keys = [s.key for s in app_shell.window.screens]
    assert keys.index("audience") > keys.index("campaigns")
    for before in ("calendar", "identity"):
        if before in keys:
            assert keys.index("audience") > keys.index(before)
    assert isinstance(app_shell.window.screen("audience"), AudienceView)
