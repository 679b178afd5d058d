"""Moving posts in the calendar: drop on a day or hour, shift by a key, back to the ideas.

A mixin of CalendarView (it uses the view's doc, fmt, dialogs, message and selection);
its texts keep the "CalendarView" translation context they always had.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QWidget

from planner.domain.calendar import Move, can_move, status_after_move
from planner.domain.model import Post
from planner.ui.calendar import advice
from planner.ui.calendar.commands import DeletePosts, MovePosts
from planner.ui.calendar.models import Slot
from planner.ui.calendar.warning_text import warning_text

if TYPE_CHECKING:
    from planner.formatting import Formatter
    from planner.ui.dialogs import Dialogs
    from planner.ui.document import Document

DEFAULT_TIME = dt.time(10, 0)  # when a post dropped on a whole day has no time of its own


class Rescheduling:
    """Undoable moves and deletions of posts, each reported in the status bar."""

    # given by CalendarView
    doc: Document
    fmt: Formatter
    dialogs: Dialogs
    message: SignalInstance
    moveWarned: SignalInstance

    if TYPE_CHECKING:

        def select_post(self, post_id: int) -> bool: ...

        def show_date_of(self, when: dt.datetime | None) -> None: ...

    def _cannot_move(self) -> None:
        self.message.emit(
            QCoreApplication.translate("CalendarView", "A published post cannot be moved.")
        )

    def move_posts(self, post_ids: list[int], slot: Slot) -> None:
        """Posts dropped on a slot: a whole day keeps each post's time, an hour its minutes."""
        moves = []
        for post_id in post_ids:
            try:
                post = self.doc.workspace.posts.get(post_id)
            except KeyError:
                continue
            if not can_move(post.status):
                self._cannot_move()
                continue
            old = post.scheduled_at
            if slot.whole_day:
                when = dt.datetime.combine(slot.date, old.time() if old else DEFAULT_TIME)
            else:
                when = slot.start.replace(minute=old.minute if old else 0)
            if when != old:
                moves.append(
                    Move(post_id, old, when, post.status, status_after_move(post.status, True))
                )
        self._push_moves(moves, QCoreApplication.translate("CalendarView", "Reschedule post"))

    def shift_post(self, post_id: int, delta: dt.timedelta) -> None:
        found = self._scheduled_movable(post_id)
        if found is None:
            return
        post, at = found
        when = at + delta
        self._push_moves(
            [Move(post_id, at, when, post.status, post.status)],
            QCoreApplication.translate("CalendarView", "Reschedule post"),
        )
        if not self.select_post(post_id):
            self.show_date_of(when)
            self.select_post(post_id)

    def unschedule(self, post_ids: list[int]) -> None:
        moves = []
        for post_id in post_ids:
            found = self._scheduled_movable(post_id)
            if found is None:
                continue
            post, at = found
            moves.append(
                Move(
                    post_id,
                    at,
                    None,
                    post.status,
                    status_after_move(post.status, False),
                )
            )
        self._push_moves(
            moves, QCoreApplication.translate("CalendarView", "Move post to the ideas")
        )

    def _scheduled_movable(self, post_id: int) -> tuple[Post, dt.datetime] | None:
        """The post and its date, if it has one and its status lets it move (if not, the
        officer is told why); None for an idea or a post that stays."""
        post = self.doc.workspace.posts.get(post_id)
        if post.scheduled_at is None:
            return None
        if not can_move(post.status):
            self._cannot_move()
            return None
        return post, post.scheduled_at

    def _push_moves(self, moves: list[Move], text: str) -> None:
        if not moves:
            return
        self.doc.undo_stack.push(MovePosts(self.doc, moves, text))
        self.select_post(moves[-1].post_id)
        when = moves[-1].after_at
        if when:
            done = QCoreApplication.translate("CalendarView", "Post moved to %1").replace(
                "%1", self.fmt.datetime(when)
            )
        else:
            done = QCoreApplication.translate("CalendarView", "Post moved to the ideas")
        warnings = self.move_warnings(moves)
        if warnings:
            done = (
                QCoreApplication.translate("CalendarView", "%1. Warning: %2")
                .replace("%1", done.rstrip("."))
                .replace("%2", " ".join(warnings))
            )
        self.message.emit(done)
        self.moveWarned.emit(warnings)

    def move_warnings(self, moves: list[Move]) -> list[str]:
        """What the composer would warn of at the posts' new times (outside the campaign or
        its phase, a quiet day, a clash within the hour): the same for a drag, a key or a
        drop from the ideas."""
        ws = self.doc.workspace
        found: list[str] = []
        for move in moves:
            if move.after_at is None:
                continue
            try:
                post = ws.posts.get(move.post_id)
            except KeyError:
                continue
            campaign = None
            if post.campaign_id is not None:
                try:
                    campaign = ws.campaigns.get(post.campaign_id)
                except KeyError:
                    campaign = None
            for warning in advice.warnings(ws, post):
                text = warning_text(ws, self.fmt, post, campaign, warning)
                if text not in found:
                    found.append(text)
        return found

    def delete_posts(self, post_ids: list[int]) -> None:
        if not post_ids:
            return
        title = QCoreApplication.translate("CalendarView", "Delete post")
        question = QCoreApplication.translate(
            "CalendarView",
            "Delete this post with its text for every platform? You can undo this with Ctrl+Z.",
        )
        if not self.dialogs.confirm(cast(QWidget, self), title, question):  # the view
            return
        self.doc.undo_stack.push(DeletePosts(self.doc, post_ids, title))
        self.message.emit(QCoreApplication.translate("CalendarView", "Post deleted"))
