"""The officer's local occasions, hashtag sets and snippets: add, edit, delete, undo."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from planner.formatting import Digits, Formatter
from planner.ui.calendar.library import LibraryDialog
from planner.ui.document import Document
from tests.ui.keyboard import type_text

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def library(qtbot, empty_workspace, dialogs):
    dialog = LibraryDialog(Document(empty_workspace), dialogs, Formatter("en", Digits.LATIN), TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_an_occasion_is_added_edited_and_undone(library, empty_workspace):
    """Add makes an occasion today; typing its name and dates saves; undo steps back."""
    page = library.occasions
    page.add_item()
    store = empty_workspace.calendar.occasions
    assert [o.start for o in store.all()] == [TODAY]
    page.name.selectAll()
    page.name.setFocus()
    type_text(page.name, "ليالي مسقط")
    page.end.setDate(QDate(2026, 12, 31))
    page.quiet.setChecked(True)
    saved = store.all()[0]
    assert (saved.name, saved.end, saved.quiet) == ("ليالي مسقط", dt.date(2026, 12, 31), True)
    assert "ليالي مسقط" in page.list.item(0).text()
    stack = library.doc.undo_stack
    stack.undo()  # the quiet flag
    stack.undo()  # the end date
    saved = store.all()[0]
    assert (saved.name, saved.end, saved.quiet) == ("ليالي مسقط", TODAY, False)
    stack.undo()  # the whole name, typed in one step
    stack.undo()  # the addition
    assert store.all() == []


def test_an_end_never_comes_before_the_start(library, empty_workspace):
    """Moving the start past the end moves the end along."""
    page = library.occasions
    page.add_item()
    page.start.setDate(QDate(2026, 12, 10))
    saved = empty_workspace.calendar.occasions.all()[0]
    assert saved.start == saved.end == dt.date(2026, 12, 10)


def test_hashtag_sets_and_snippets(library, empty_workspace, dialogs):
    """A set's hashtags are split on spaces; a snippet keeps its lines; delete asks first."""
    library.hashtags.add_item()
    library.hashtags.tags.setText("#مسقط  #بلدية_مسقط")
    library.hashtags.tags.textEdited.emit(library.hashtags.tags.text())
    assert empty_workspace.calendar.hashtags.all()[0].tags == ["#مسقط", "#بلدية_مسقط"]
    library.snippets.add_item()
    library.snippets.text.setPlainText("بلدية مسقط\nمعًا لمسقط أجمل")
    assert empty_workspace.calendar.snippets.all()[0].text == "بلدية مسقط\nمعًا لمسقط أجمل"
    dialogs.confirmations.append(True)
    library.snippets.delete_item()
    assert empty_workspace.calendar.snippets.all() == []
    library.doc.undo_stack.undo()
    assert empty_workspace.calendar.snippets.all()[0].text == "بلدية مسقط\nمعًا لمسقط أجمل"
    assert library.snippets.list.count() == 1
