"""The composer kept in step with its post: counters, time warnings, and the document's changes.

A mixin of Composer (it uses the composer's doc, fmt, post, editors and lists); it holds no
translated text, so every string stays in the "Composer" translation context.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTabWidget

from planner.domain.model import Campaign, Platform, Post
from planner.domain.scheduling import ScheduleWarning
from planner.ui.calendar import advice
from planner.ui.calendar.composer_text import CounterStrip, PostTextEdit
from planner.ui.calendar.warning_text import warning_text
from planner.ui.icons import icon

if TYPE_CHECKING:
    from planner.formatting import Formatter
    from planner.ui.document import Document


class ComposerState:
    """What the composer shows follows its post, and its post follows the document."""

    # given by Composer
    doc: Document
    fmt: Formatter
    post: Post
    initial: Post
    campaign: Campaign | None
    tabs: QTabWidget
    base: PostTextEdit
    variants: dict[Platform, PostTextEdit]
    counters: CounterStrip
    warnings: QListWidget
    postChanged: SignalInstance
    _pushing: bool
    _last_id: int | None

    if TYPE_CHECKING:

        def _show_post(self) -> None: ...

    def _campaign(self, campaign_id: int | None) -> Campaign | None:
        if campaign_id is None:
            return None
        try:
            return self.doc.workspace.campaigns.get(campaign_id)
        except KeyError:
            return None

    def show_platform(self, platform: Platform) -> None:
        editor = self.variants.get(platform)
        if editor is not None:
            self.tabs.setCurrentWidget(editor)

    def current_editor(self) -> PostTextEdit:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, PostTextEdit) else self.base

    def _update_counters(self) -> None:
        self.counters.update_for(
            {p: self.post.text_for(p) for p in self.post.platforms}, self.post.content_type
        )

    def _update_warnings(self) -> None:
        self.warnings.clear()
        for warning in advice.warnings(self.doc.workspace, self.post):
            item = QListWidgetItem(icon("warning", "#b45309"), self.warning_text(warning))
            self.warnings.addItem(item)
        self.warnings.setVisible(self.warnings.count() > 0)

    def warning_text(self, warning: ScheduleWarning) -> str:
        return warning_text(self.doc.workspace, self.fmt, self.post, self.campaign, warning)

    # following the document ------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if self._pushing or topic not in ("posts", "all", "campaigns"):
            return
        post_id = self.post.id if self.post.id is not None else self._last_id
        if post_id is None:
            return
        try:
            stored = self.doc.workspace.posts.get(post_id)
        except KeyError:
            if self.post.id is not None:  # its creation was undone: back to the new post
                self.post = copy.deepcopy(self.initial)
                self.post.id = None
                self._show_post()
            return
        if stored != self.post:
            self.post = stored
            self._show_post()
            self.postChanged.emit()
        elif topic == "posts":
            self._update_warnings()
