"""Undoable edits of the actual figures: follower counts, reach rates, statistics imports."""

from __future__ import annotations

import datetime as dt

from planner.domain.model import Platform
from planner.storage.stats_import import ImportResult, redo_import, undo_import
from planner.ui.document import Document
from planner.ui.save import Topic
from planner.ui.undo import Command

TOPIC = Topic.COVERAGE


class SetFollowers(Command):
    """Record (or, with None, remove) an account's follower count on a day."""

    def __init__(
        self, doc: Document, account_id: int, day: dt.date, followers: int | None, text: str
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.account_id = account_id
        self.day = day
        self.after = followers
        self.before = doc.workspace.coverage.followers_on(account_id, day)

    def _set(self, value: int | None) -> None:
        self.doc.workspace.coverage.set_followers(self.account_id, self.day, value)
        self.doc.notify(TOPIC)

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


class SetReachRates(Command):
    """Use the officer's reach rates (None: back to the default) for some platforms."""

    def __init__(
        self, doc: Document, rates: dict[Platform, tuple[float | None, str]], text: str
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.after = dict(rates)
        store = doc.workspace.coverage
        self.before: dict[Platform, tuple[float | None, str]] = {}
        for platform in rates:
            own = store.own_rate(platform)
            self.before[platform] = (own.rate, own.source) if own else (None, "")

    def _apply(self, rates: dict[Platform, tuple[float | None, str]]) -> None:
        with self.doc.workspace.transaction():
            for platform, (rate, source) in rates.items():
                self.doc.workspace.coverage.set_rate(platform, rate, source)
        self.doc.notify(TOPIC)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class ImportStats(Command):
    """Store the rows of a statistics export, already read and matched; undo takes them out
    and puts back the rows they replaced."""

    def __init__(self, doc: Document, result: ImportResult, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.result = result
        self.done = False

    def redo(self) -> None:
        ws = self.doc.workspace
        if not self.done:
            self.result.replaced = ws.coverage.existing(self.result.rows)
            with ws.transaction():
                ws.coverage.save_stats(self.result.rows)
            self.done = True
        else:
            redo_import(ws, self.result)
        self.doc.notify(TOPIC)

    def undo(self) -> None:
        undo_import(self.doc.workspace, self.result)
        self.doc.notify(TOPIC)
