"""Undoable edits of the actual figures: follower counts, reach rates, statistics imports."""

from __future__ import annotations

import datetime as dt

from planner.domain.model import Platform
from planner.storage.stats_import import ImportResult, redo_import, undo_import
from planner.ui.document import Document
from planner.ui.save import DocCommand, SetValue, Topic

TOPIC = Topic.COVERAGE


class SetFollowers(SetValue[int | None]):
    """Record (or, with None, remove) an account's follower count on a day."""

    def __init__(
        self, doc: Document, account_id: int, day: dt.date, followers: int | None, text: str
    ) -> None:
        before = doc.workspace.coverage.followers_on(account_id, day)
        super().__init__(doc, TOPIC, before, followers, text)
        self.account_id = account_id
        self.day = day

    def put(self, value: int | None) -> None:
        self.doc.workspace.coverage.set_followers(self.account_id, self.day, value)


Rates = dict[Platform, tuple[float | None, str]]


class SetReachRates(SetValue[Rates]):
    """Use the officer's reach rates (None: back to the default) for some platforms."""

    def __init__(self, doc: Document, rates: Rates, text: str) -> None:
        store = doc.workspace.coverage
        before: Rates = {}
        for platform in rates:
            own = store.own_rate(platform)
            before[platform] = (own.rate, own.source) if own else (None, "")
        super().__init__(doc, TOPIC, before, dict(rates), text)

    def put(self, value: Rates) -> None:
        with self.doc.workspace.transaction():
            for platform, (rate, source) in value.items():
                self.doc.workspace.coverage.set_rate(platform, rate, source)


class ImportStats(DocCommand):
    """Store the rows of a statistics export, already read and matched; undo takes them out
    and puts back the rows they replaced."""

    def __init__(self, doc: Document, result: ImportResult, text: str) -> None:
        super().__init__(doc, text)
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
