"""The officer's own calendar material: local occasions, hashtag sets, snippets; undoable."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import bidi
from planner.domain.calendar import HashtagSet, LocalOccasion, Snippet
from planner.formatting import Formatter
from planner.ui.calendar.commands import SaveItem
from planner.ui.calendar.dialog_frame import tabs_above_close, undo_redo_keys
from planner.ui.dates import DATE_BOX, follow_digits, pydate, qdate
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.icons import icon
from planner.ui.widgets import caption
from planner.ui.workspace_widget import WorkspaceWidget


class RecordPage(WorkspaceWidget):
    """A list of one kind of item beside the form that edits the chosen one."""

    def __init__(
        self,
        doc: Document,
        fmt: Formatter,
        dialogs: Dialogs,
        kind: str,
        store: Callable[[], Any],
        new: Callable[[], Any],
        describe: Callable[[Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(doc, fmt, dialogs, parent)
        self.kind = kind
        self.store = store
        self.new = new
        self.describe = describe
        self.items: list[Any] = []
        self.current: Any = None
        self.editing = False  # our own change is being saved: the form needs no refresh
        self.list = QListWidget()
        self.list.setAccessibleName(kind)
        # long names wrap onto a second line: the list never scrolls sideways
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.currentRowChanged.connect(self._chosen)
        self.add = QPushButton(icon("add"), self.tr("Add"))
        self.add.clicked.connect(self.add_item)
        self.delete = QPushButton(icon("delete"), self.tr("Delete"))
        self.delete.clicked.connect(self.delete_item)
        self.form = QFormLayout()
        self.form_box = QWidget()
        self.form_box.setLayout(self.form)
        side = QVBoxLayout()
        side.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.delete)
        side.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 2)
        layout.addWidget(self.form_box, 3)

    def reload(self) -> None:
        chosen = getattr(self.current, "id", None)
        self.items = self.store().all()
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            self.list.addItem(QListWidgetItem(self.describe(item)))
        row = next((i for i, item in enumerate(self.items) if item.id == chosen), 0)
        self.list.setCurrentRow(row if self.items else -1)
        self.list.blockSignals(False)
        self._chosen(self.list.currentRow())

    def _chosen(self, row: int) -> None:
        self.current = copy.deepcopy(self.items[row]) if 0 <= row < len(self.items) else None
        self.form_box.setEnabled(self.current is not None)
        self.delete.setEnabled(self.current is not None)
        if self.current is not None:
            self.show_item(self.current)

    def show_item(self, item: Any) -> None:
        raise NotImplementedError

    def edit(self, field: str, change: Callable[[Any], None]) -> None:
        """Change a field of the chosen item: one undoable step per field being typed."""
        if self.current is None:
            return
        before = copy.deepcopy(self.current)
        change(self.current)
        if self.current == before:
            return
        self.editing = True
        try:
            self.doc.undo_stack.push(
                SaveItem(
                    self.doc,
                    self.store,
                    "calendar",
                    before,
                    copy.deepcopy(self.current),
                    self.tr("Edit %1").replace("%1", self.kind),
                    f"{self.kind}:{before.id}:{field}",
                )
            )
        finally:
            self.editing = False
        item = self.list.currentItem()
        if item is not None:
            item.setText(self.describe(self.current))

    def add_item(self) -> None:
        command = SaveItem(
            self.doc,
            self.store,
            "calendar",
            None,
            self.new(),
            self.tr("Add %1").replace("%1", self.kind),
        )
        self.doc.undo_stack.push(command)
        self.current = copy.deepcopy(command.after)
        self.reload()

    def delete_item(self) -> None:
        if self.current is None or not self.dialogs.confirm(
            self,
            self.tr("Delete"),
            self.tr("Delete “%1”? You can undo this with Ctrl+Z.").replace(
                "%1", self.describe(self.current)
            ),
        ):
            return
        self.doc.undo_stack.push(
            SaveItem(
                self.doc,
                self.store,
                "calendar",
                self.current,
                None,
                self.tr("Delete %1").replace("%1", self.kind),
            )
        )
        self.current = None
        self.reload()


class OccasionsPage(RecordPage):
    """Festivals, exhibitions and local days, and the days to keep quiet."""

    def __init__(self, doc: Document, dialogs: Dialogs, fmt: Formatter, today: dt.date) -> None:
        super().__init__(
            doc,
            fmt,
            dialogs,
            self.tr("local occasion"),
            lambda: doc.workspace.calendar.occasions,
            lambda: LocalOccasion(self.tr("New occasion"), today, today),
            self._describe,
        )
        self.name = QLineEdit()
        self.name_en = QLineEdit()
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            follow_digits(edit, fmt, DATE_BOX)
        self.quiet = QCheckBox(self.tr("A quiet day: no campaign posts"))
        self.notes = QLineEdit()
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Name in English"), self.name_en)
        self.form.addRow(self.tr("From"), self.start)
        self.form.addRow(self.tr("To"), self.end)
        self.form.addRow("", self.quiet)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.name.textEdited.connect(lambda t: self.edit("name", lambda o: setattr(o, "name", t)))
        self.name_en.textEdited.connect(
            lambda t: self.edit("name_en", lambda o: setattr(o, "name_en", t))
        )
        self.start.dateChanged.connect(self._start)
        self.end.dateChanged.connect(self._end)
        self.quiet.toggled.connect(lambda on: self.edit("quiet", lambda o: setattr(o, "quiet", on)))
        self.notes.textEdited.connect(
            lambda t: self.edit("notes", lambda o: setattr(o, "notes", t))
        )
        self.reload()

    def _describe(self, o: LocalOccasion) -> str:
        dates = self.fmt.date(o.start) if o.start == o.end else self.fmt.date_range(o.start, o.end)
        quiet = self.tr("quiet day")
        # the name isolated: an Arabic name must not carry the English date into its run
        return f"{bidi.isolate(o.name)} — {dates}" + (f" ({quiet})" if o.quiet else "")

    def _start(self, value: QDate) -> None:
        day = pydate(value)

        def change(o: LocalOccasion) -> None:
            o.start = day
            o.end = max(o.end, day)

        self.edit("start", change)
        self.end.blockSignals(True)
        self.end.setDate(qdate(self.current.end))
        self.end.blockSignals(False)

    def _end(self, value: QDate) -> None:
        day = pydate(value)

        def change(o: LocalOccasion) -> None:
            o.end = max(day, o.start)

        self.edit("end", change)

    def show_item(self, o: LocalOccasion) -> None:
        for w in (self.name, self.name_en, self.start, self.end, self.quiet, self.notes):
            w.blockSignals(True)
        self.name.setText(o.name)
        self.name_en.setText(o.name_en)
        self.start.setDate(qdate(o.start))
        self.end.setDate(qdate(o.end))
        self.quiet.setChecked(o.quiet)
        self.notes.setText(o.notes)
        for w in (self.name, self.name_en, self.start, self.end, self.quiet, self.notes):
            w.blockSignals(False)


class HashtagsPage(RecordPage):
    """Named sets of hashtags."""

    def __init__(self, doc: Document, dialogs: Dialogs, fmt: Formatter) -> None:
        super().__init__(
            doc,
            fmt,
            dialogs,
            self.tr("hashtag set"),
            lambda: doc.workspace.calendar.hashtags,
            lambda: HashtagSet(self.tr("New hashtag set")),
            lambda h: f"{bidi.isolate(h.name)} — {bidi.isolate(h.text())}",
        )
        self.name = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("#مسقط #بلدية_مسقط")
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Hashtags"), self.tags)
        self.form.addRow("", caption(self.tr("Separate the hashtags with spaces.")))
        self.name.textEdited.connect(lambda t: self.edit("name", lambda h: setattr(h, "name", t)))
        self.tags.textEdited.connect(
            lambda t: self.edit("tags", lambda h: setattr(h, "tags", t.split()))
        )
        self.reload()

    def show_item(self, h: HashtagSet) -> None:
        for w in (self.name, self.tags):
            w.blockSignals(True)
        self.name.setText(h.name)
        self.tags.setText(" ".join(h.tags))
        for w in (self.name, self.tags):
            w.blockSignals(False)


class SnippetsPage(RecordPage):
    """Reusable texts: the signature, a call to action."""

    def __init__(self, doc: Document, dialogs: Dialogs, fmt: Formatter) -> None:
        super().__init__(
            doc,
            fmt,
            dialogs,
            self.tr("snippet"),
            lambda: doc.workspace.calendar.snippets,
            lambda: Snippet(self.tr("New snippet"), ""),
            lambda s: s.name,
        )
        self.name = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setUndoRedoEnabled(False)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Text"), self.text)
        self.name.textEdited.connect(lambda t: self.edit("name", lambda s: setattr(s, "name", t)))
        self.text.textChanged.connect(
            lambda: self.edit("text", lambda s: setattr(s, "text", self.text.toPlainText()))
        )
        self.reload()

    def show_item(self, s: Snippet) -> None:
        for w in (self.name, self.text):
            w.blockSignals(True)
        self.name.setText(s.name)
        if self.text.toPlainText() != s.text:
            self.text.setPlainText(s.text)
        for w in (self.name, self.text):
            w.blockSignals(False)


class LibraryDialog(QDialog):
    """Local occasions, hashtag sets and snippets in three tabs."""

    def __init__(
        self,
        doc: Document,
        dialogs: Dialogs,
        fmt: Formatter,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Occasions, hashtags and snippets"))
        self.setMinimumSize(760, 480)
        self.occasions = OccasionsPage(doc, dialogs, fmt, today)
        self.hashtags = HashtagsPage(doc, dialogs, fmt)
        self.snippets = SnippetsPage(doc, dialogs, fmt)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.occasions, icon("calendar"), self.tr("Local occasions"))
        self.tabs.addTab(self.hashtags, self.tr("Hashtag sets"))
        self.tabs.addTab(self.snippets, self.tr("Snippets"))
        tabs_above_close(self, self.tabs)
        undo_redo_keys(self, doc.undo_stack, self.tr("Undo"), self.tr("Redo"))
        doc.changed.connect(self._on_changed)

    def _on_changed(self, topic: str) -> None:
        pages = (self.occasions, self.hashtags, self.snippets)
        if topic in ("calendar", "all") and not any(p.editing for p in pages):
            for page in pages:
                page.reload()
