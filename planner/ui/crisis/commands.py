"""Undo commands of the crisis screen; redo/undo go through the crisis stores, never widgets."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from typing import Any

from planner.domain.crisis import Incident, ResponseTarget
from planner.ui.document import Document
from planner.ui.save import CommandId, DocCommand, Save, Store, Topic

TOPIC = Topic.CRISIS


class SaveItem(Save[Any]):
    """Replace an item (incident, request, playbook...) by a new version, or add it when
    `before` is None. Consecutive edits with the same `merge_key` of the same item merge, so
    typing in one field is undone in one step."""

    ID = CommandId.CRISIS_ITEM

    def __init__(
        self,
        doc: Document,
        store: Store,
        before: Any | None,
        after: Any,
        text: str,
        merge_key: str = "",
        topic: str = TOPIC,
    ) -> None:
        super().__init__(doc, store, topic, before, after, text, merge_key)


class DeleteItem(DocCommand):
    """Delete an item; undo brings it back with its id, and restores the `dependents`
    (items that referred to it and lost the reference) as they were."""

    def __init__(
        self,
        doc: Document,
        store: Store,
        item: Any,
        text: str,
        dependents: Sequence[tuple[Store, Any]] = (),
    ) -> None:
        super().__init__(doc, text)
        self.store = store
        self.item = copy.deepcopy(item)
        self.dependents = [(s, copy.deepcopy(d)) for s, d in dependents]

    def redo(self) -> None:
        self.store.delete(self.item.id)
        self.doc.notify(TOPIC)

    def undo(self) -> None:
        with self.doc.workspace.transaction():
            self.store.save(copy.deepcopy(self.item))
            for store, item in self.dependents:
                store.save(copy.deepcopy(item))
        self.doc.notify(TOPIC)


class SaveTargets(DocCommand):
    """Replace the whole set of response-time targets."""

    def __init__(
        self,
        doc: Document,
        before: Sequence[ResponseTarget],
        after: Sequence[ResponseTarget],
        text: str,
    ) -> None:
        super().__init__(doc, text)
        self.before = list(before)
        self.after = list(after)

    def redo(self) -> None:
        self.doc.workspace.crisis.targets.replace(self.after)
        self.doc.notify(TOPIC)

    def undo(self) -> None:
        self.doc.workspace.crisis.targets.replace(self.before)
        self.doc.notify(TOPIC)


class PausePosts(DocCommand):
    """Pause every scheduled post from now on for an incident, and note them on it; undo
    resumes exactly those posts."""

    def __init__(self, doc: Document, incident_id: int, now: dt.datetime, text: str) -> None:
        super().__init__(doc, text)
        self.incident_id = incident_id
        self.post_ids = doc.workspace.crisis.pause.pausable(now)
        self.paused: list[int] = []

    def redo(self) -> None:
        crisis = self.doc.workspace.crisis
        with self.doc.workspace.transaction():
            incident = crisis.incidents.get(self.incident_id)
            self.paused = crisis.pause.pause(self.post_ids, incident.title)
            incident.paused_post_ids = sorted({*incident.paused_post_ids, *self.paused})
            crisis.incidents.save(incident)
        self.doc.notify(Topic.POSTS)

    def undo(self) -> None:
        crisis = self.doc.workspace.crisis
        with self.doc.workspace.transaction():
            crisis.pause.resume(self.paused)
            incident = crisis.incidents.get(self.incident_id)
            incident.paused_post_ids = [p for p in incident.paused_post_ids if p not in self.paused]
            crisis.incidents.save(incident)
        self.doc.notify(Topic.POSTS)


class ResumePosts(DocCommand):
    """Resume the posts an incident paused; undo pauses them again."""

    def __init__(self, doc: Document, incident: Incident, text: str) -> None:
        super().__init__(doc, text)
        self.incident_id = incident.id
        self.reason = incident.title
        self.post_ids = list(incident.paused_post_ids)
        self.resumed: list[int] = []

    def redo(self) -> None:
        crisis = self.doc.workspace.crisis
        with self.doc.workspace.transaction():
            self.resumed = crisis.pause.resume(self.post_ids)
            incident = crisis.incidents.get(int(self.incident_id or 0))
            incident.paused_post_ids = []
            crisis.incidents.save(incident)
        self.doc.notify(Topic.POSTS)

    def undo(self) -> None:
        crisis = self.doc.workspace.crisis
        with self.doc.workspace.transaction():
            crisis.pause.pause(self.resumed, self.reason)
            incident = crisis.incidents.get(int(self.incident_id or 0))
            incident.paused_post_ids = list(self.post_ids)
            crisis.incidents.save(incident)
        self.doc.notify(Topic.POSTS)
