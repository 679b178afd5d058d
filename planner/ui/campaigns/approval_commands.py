"""Undo commands of the approval cycle: submitting a plan (a version frozen), a decision."""

from __future__ import annotations

import datetime as dt

from planner.domain.approval import DecisionRecord
from planner.storage import approval
from planner.ui.document import Document
from planner.ui.save import DocCommand, Topic


class SubmitVersion(DocCommand):
    """Freeze the plan as its next version. Undo takes the version back (and the campaign's
    status and version label); redo freezes the same plan again, at the same moment."""

    def __init__(self, doc: Document, campaign_id: int, now: dt.datetime, text: str) -> None:
        super().__init__(doc, text)
        self.campaign_id = campaign_id
        self.now = now
        self.done: approval.Submitted | None = None

    def redo(self) -> None:
        self.done = approval.submit(self.doc.workspace, self.campaign_id, self.now)
        self.doc.notify(Topic.CAMPAIGNS)

    def undo(self) -> None:
        assert self.done is not None
        approval.withdraw(self.doc.workspace, self.done)
        self.doc.notify(Topic.CAMPAIGNS)


class RecordDecision(DocCommand):
    """Record the decision received on the latest version; undo takes it back (a signed
    document stays in the media library, like any file once added)."""

    def __init__(
        self,
        doc: Document,
        campaign_id: int,
        number: int,
        record: DecisionRecord,
        document: bytes | None,
        document_name: str,
        document_suffix: str,
        text: str,
    ) -> None:
        super().__init__(doc, text)
        self.campaign_id = campaign_id
        self.number = number
        self.record = record
        self.document = document
        self.document_name = document_name
        self.document_suffix = document_suffix
        self.done: approval.Recorded | None = None

    def redo(self) -> None:
        self.done = approval.record_decision(
            self.doc.workspace,
            self.campaign_id,
            self.number,
            self.record,
            self.document,
            self.document_name,
            self.document_suffix,
        )
        self.doc.notify(Topic.CAMPAIGNS)

    def undo(self) -> None:
        assert self.done is not None
        approval.unrecord(self.doc.workspace, self.done)
        self.doc.notify(Topic.CAMPAIGNS)
