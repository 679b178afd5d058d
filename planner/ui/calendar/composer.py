"""The composer (محرر المنشورات): one post, a shared text with per-platform variants, live limits.

Every change is saved at once as an undoable command (typing in one field is one step); the
composer follows the document, so undo from anywhere shows here too.

Panels go under the texts (the first: the files attached from the media library, with the
platforms' picture-size warnings, attachments.py) through `Composer.panel_factories`: each
receives the composer, reads `composer.post`, listens to `composer.postChanged`, and edits
through `composer.edit(...)`.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner import labels
from planner.domain.limits import TextPart, default_limits
from planner.domain.model import Campaign, ContentType, Platform, Post, PostStatus
from planner.domain.names import display_name
from planner.domain.ranges import TEXT_MAX, is_valid_unicode
from planner.formatting import Formatter
from planner.ui.calendar import advice
from planner.ui.calendar.attachments import AttachmentsPanel
from planner.ui.calendar.commands import DeletePosts, SavePost
from planner.ui.calendar.composer_form import DetailsForm
from planner.ui.calendar.composer_state import ComposerState
from planner.ui.calendar.composer_text import CounterStrip, PostTextEdit
from planner.ui.calendar.dialog_frame import undo_redo_keys
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.icons import icon, platform_icon
from planner.ui.widgets import caption


class Composer(ComposerState, QDialog):
    """Writes and plans one post; opened from the calendar or with "New post"."""

    postChanged = Signal()
    panel_factories: ClassVar[list[Callable[[Composer], QWidget]]] = [AttachmentsPanel]

    def __init__(
        self,
        doc: Document,
        fmt: Formatter,
        dialogs: Dialogs,
        post: Post,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.fmt = fmt
        self.dialogs = dialogs
        self.now = now
        self.post = copy.deepcopy(post)
        self.initial = copy.deepcopy(post)  # what an undone "new post" goes back to
        self._last_id = post.id
        self._pushing = False
        self.campaign: Campaign | None = None
        self.setWindowTitle(self.tr("Post") if post.id else self.tr("New post"))
        self.setAccessibleName(self.tr("Post composer"))
        self.setMinimumSize(960, 520)  # set, so the layout never resizes an open window
        screen = (
            parent.screen() if parent is not None else None
        ) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        # the window's frame (title bar) takes about 40 pixels of the screen's height
        self.resize(
            min(1100, room.width()) if room else 1100, min(700, room.height() - 40) if room else 700
        )

        self.details = DetailsForm(fmt)
        self.details.setMinimumWidth(420)
        self.details.default_when = dt.datetime.combine(
            now().date() + dt.timedelta(days=1), dt.time(10)
        )
        ws = doc.workspace
        self.details.set_choices(
            [(c.id, display_name(c, fmt.lang)) for c in ws.campaigns.summaries()],
            ws.segments.list(),
        )
        self.details.edited.connect(self._field_edited)
        self.details.suggestRequested.connect(self.suggest_time)

        self.base = PostTextEdit(doc.undo_stack)
        self.base.setAccessibleName(self.tr("Shared text"))
        self.base.setPlaceholderText(
            self.tr(
                "The text every platform uses unless it has its "
                "own version. Write in Arabic, English or both."
            )
        )
        self.base.textChanged.connect(lambda: self._text_edited(None, self.base))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.base, icon("edit"), self.tr("Shared text"))
        self.variants: dict[Platform, PostTextEdit] = {}
        self.counters = CounterStrip(fmt)
        self.counters.chosen.connect(self.show_platform)
        self.hashtags = self._menu_button(self.tr("Hashtags"), self._fill_hashtags)
        self.snippets = self._menu_button(self.tr("Snippets"), self._fill_snippets)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Warnings about the time"))
        self.warnings.setWordWrap(True)
        self.warnings.setMaximumHeight(96)
        self.saved_state = caption()

        insert = QHBoxLayout()
        insert.addWidget(self.hashtags)
        insert.addWidget(self.snippets)
        insert.addStretch(1)
        insert.addWidget(self.saved_state)
        texts = QVBoxLayout()
        texts.addLayout(insert)
        texts.addWidget(self.tabs, 1)
        texts.addWidget(self.counters)
        texts.addWidget(self.warnings)
        self.panels = [factory(self) for factory in self.panel_factories]
        for panel in self.panels:
            texts.addWidget(panel)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete post"))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.clicked.connect(self.delete_post)
        # the buttons close the texts' column: the details' column runs the whole height, so
        # the composer fits a laptop (1366x768 at 125%: about 580 pixels under the task bar)
        texts.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.details, 0)
        layout.addSpacing(16)
        layout.addLayout(texts, 1)

        undo_redo_keys(self, doc.undo_stack, self.tr("Undo"), self.tr("Redo"))
        doc.changed.connect(self._on_changed)
        self._show_post()

    # showing -------------------------------------------------------------------------------
    def _show_post(self) -> None:
        """Put the post's values in every field (after opening, or an undo)."""
        self.campaign = self._campaign(self.post.campaign_id)
        self.details.show_post(self.post, self.campaign)
        self.base.set_text_keeping_cursor(self.post.base_text)
        self._sync_tabs()
        for platform, editor in self.variants.items():
            editor.set_text_keeping_cursor(self.post.variants.get(platform, ""))
        self._update_counters()
        self._update_warnings()
        self.delete_button.setEnabled(self.post.id is not None)
        self.saved_state.setText(
            self.tr("Saved")
            if self.post.id is not None
            else self.tr("Not saved yet: nothing typed")
        )

    def _sync_tabs(self) -> None:
        """A tab per chosen platform, in the platforms' order, after the shared text."""
        for platform in [p for p in self.variants if p not in self.post.platforms]:
            editor = self.variants.pop(platform)
            self.tabs.removeTab(self.tabs.indexOf(editor))
            editor.deleteLater()
        for i, platform in enumerate(self.post.platforms):
            if platform not in self.variants:
                editor = PostTextEdit(self.doc.undo_stack)
                editor.setAccessibleName(
                    self.tr("Text for %1").replace("%1", labels.platform(platform))
                )
                hint = self.tr(
                    "Empty: %1 uses the shared text. Type here to give it its own version."
                )
                title = default_limits().find(platform, TextPart.TITLE)
                if title is not None:
                    n = title.max_length
                    hint += "\n" + self.fmt.counted(
                        self.tr(
                            "The first line is the video's title (at most %n characters), "
                            "the lines after it its description.",
                            "",
                            n,
                        ),
                        n,
                    )
                editor.setPlaceholderText(hint.replace("%1", labels.platform(platform)))
                editor.setPlainText(self.post.variants.get(platform, ""))
                editor.textChanged.connect(lambda p=platform, e=editor: self._text_edited(p, e))
                self.variants[platform] = editor
                self.tabs.insertTab(
                    i + 1, editor, platform_icon(platform), labels.platform(platform)
                )

    # editing -------------------------------------------------------------------------------
    def edit(self, field: str, change: Callable[[Post], None], text: str) -> None:
        """Apply `change` to a copy of the post and save it as one undoable command."""
        stored = None if self.post.id is None else self.doc.workspace.posts.get(self.post.id)
        after = copy.deepcopy(self.post)
        change(after)
        if stored is not None and after == stored:
            return
        command = SavePost(self.doc, stored, after, text, merge_key=field)
        self._pushing = True
        try:
            self.doc.undo_stack.push(command)
        finally:
            self._pushing = False
        assert command.after is not None  # a saved post, never a deletion
        after.id = command.after.id
        self.post = after
        self._last_id = after.id
        self.delete_button.setEnabled(True)
        self.saved_state.setText(self.tr("Saved"))
        self.setWindowTitle(self.tr("Post"))
        self.postChanged.emit()

    def _text_edited(self, platform: Platform | None, editor: PostTextEdit) -> None:
        text = editor.toPlainText()
        if len(text) > TEXT_MAX or not is_valid_unicode(text):  # typed or pasted: kept unsaved
            self.saved_state.setText(
                self.fmt.counted(
                    self.tr(
                        "Not saved: a post's text keeps at most %n characters (this one has %1).",
                        "",
                        TEXT_MAX,
                    ),
                    TEXT_MAX,
                ).replace("%1", self.fmt.integer(len(text)))
            )
            self._update_counters()
            return
        if platform is None:

            def change(p: Post) -> None:
                p.base_text = text
        else:

            def change(p: Post) -> None:
                if text:
                    p.variants[platform] = text
                else:
                    p.variants.pop(platform, None)

        self.edit(
            f"text:{platform.value if platform else 'base'}", change, self.tr("Edit post text")
        )
        self._update_counters()

    def _field_edited(self, field: str, value: object) -> None:
        def change(p: Post) -> None:
            if field == "campaign":
                p.campaign_id = value  # type: ignore[assignment]
                campaign = self._campaign(p.campaign_id)
                if campaign is None or p.message_id not in [m.id for m in campaign.messages]:
                    p.message_id = None
                if campaign is None or p.phase_id not in [ph.id for ph in campaign.phases]:
                    p.phase_id = None
            elif field == "segment":
                p.segment_id = value  # type: ignore[assignment]
            elif field == "message":
                p.message_id = value  # type: ignore[assignment]
            elif field == "phase":
                p.phase_id = value  # type: ignore[assignment]
            elif field == "content_type":
                p.content_type = ContentType(str(value))
            elif field == "status":
                p.status = PostStatus(str(value))
            elif field == "when":
                p.scheduled_at = value  # type: ignore[assignment]
                if value is not None and p.status is PostStatus.IDEA:
                    p.status = PostStatus.DRAFT
            elif field == "platforms":
                p.platforms = list(value)  # type: ignore[call-overload]
                p.variants = {k: v for k, v in p.variants.items() if k in p.platforms}
            elif field == "notes":
                p.notes = str(value)

        self.edit(field, change, self.tr("Edit post"))
        if field != "notes":
            self._show_post()

    # actions -------------------------------------------------------------------------------
    def suggest_time(self) -> None:
        """Move the post to the next free good slot of its account."""
        slot = advice.suggestion(self.doc.workspace, self.post, self.now())
        if slot is None:
            self.details.suggestion.setText(
                self.tr("No free good hour in the next two weeks: choose the time yourself.")
            )
            return
        joint = "، " if self.fmt.lang == "ar" else ", "
        self.details.suggestion.setText(
            self.tr("Suggested: %1").replace(
                "%1",
                f"{self.fmt.weekday(slot.date())} {self.fmt.date(slot.date(), 'd MMMM')}"
                f"{joint}{self.fmt.time(slot)}",
            )
        )
        self._field_edited("when", slot)

    def insert_text(self, text: str) -> None:
        """Insert a hashtag set or snippet into the text being edited."""
        editor = self.current_editor()
        editor.setFocus()
        editor.insert_snippet(text)

    def delete_post(self) -> None:
        if self.post.id is None:
            return
        if not self.dialogs.confirm(
            self,
            self.tr("Delete post"),
            self.tr(
                "Delete this post with its text for every platform? You can undo this with Ctrl+Z."
            ),
        ):
            return
        self._pushing = True
        try:
            self.doc.undo_stack.push(DeletePosts(self.doc, [self.post.id], self.tr("Delete post")))
        finally:
            self._pushing = False
        self.close()

    def _menu_button(self, text: str, fill: Callable[[QMenu], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.aboutToShow.connect(lambda: fill(menu))
        button.setMenu(menu)
        return button

    def hashtag_choices(self) -> list[tuple[str, str]]:
        """(name, text) of the campaign's own hashtags and of every hashtag set."""
        choices = []
        if self.campaign is not None and self.campaign.hashtags:
            choices.append((self.tr("Campaign hashtags"), " ".join(self.campaign.hashtags)))
        choices += [(s.name, s.text()) for s in self.doc.workspace.calendar.hashtags.all()]
        return choices

    def snippet_choices(self) -> list[tuple[str, str]]:
        return [(s.name, s.text) for s in self.doc.workspace.calendar.snippets.all()]

    def _fill_hashtags(self, menu: QMenu) -> None:
        self._fill(menu, self.hashtag_choices(), self.tr("No hashtag sets yet."))

    def _fill_snippets(self, menu: QMenu) -> None:
        self._fill(menu, self.snippet_choices(), self.tr("No snippets yet."))

    def _fill(self, menu: QMenu, choices: list[tuple[str, str]], empty: str) -> None:
        menu.clear()
        for name, text in choices:
            action = menu.addAction(f"{name} — {text[:40]}")
            action.setToolTip(text)
            action.triggered.connect(lambda _=False, t=text: self.insert_text(t))
        if not choices:
            menu.addAction(empty).setEnabled(False)
