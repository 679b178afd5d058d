"""The base of the screens' undo commands (`DocCommand`, which holds the document), one command
for every "save this item" edit, one for "set this value", the ids of merging commands, the
topics.

`Save` adds an item (`before` None), replaces it, or deletes it (`after` None) through any
store that offers `save(item)` and `delete(id)`: named by the workspace's attribute
("campaigns"), given itself, or given by a function; consecutive edits with the same `merge_key`
of the same item in the same store merge (typing in a field is one undo step). The screens'
own commands (SaveCampaign, SavePost, SaveKit, ...) are `Save` with their store and topic
(`SaveIn` where the kind names both). `SetValue` sets one value that is not an item (a month's
corrected first day, an account's followers on a day, a post's attached files): `after` on
redo, `before` on undo, each through the kind's own `put`, then tells the views.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from planner.ui.undo import Command

if TYPE_CHECKING:
    from planner.ui.document import Document


class Topic(StrEnum):
    """What changed, as `Document.changed` announces it to the views."""

    ALL = "all"
    CAMPAIGNS = "campaigns"
    POSTS = "posts"
    CALENDAR = "calendar"  # occasions, hashtag sets, snippets
    ACCOUNTS = "accounts"
    SEGMENTS = "segments"
    IDENTITY = "identity"
    COVERAGE = "coverage"
    CRISIS = "crisis"


class CommandId(IntEnum):
    """QUndoCommand ids of the commands that merge: each kind its own (Qt merges equal ids)."""

    CAMPAIGN = 1001
    KIT = 2101
    ASSET = 2102
    CRISIS_ITEM = 2201
    POST = 4001
    CALENDAR_ITEM = 4002


class Store(Protocol):
    """What `Save` needs of a store: save (insert, or replace by id) and delete by id."""

    def save(self, item: Any) -> Any: ...
    def delete(self, item_id: int) -> Any: ...


class DocCommand(Command):
    """An undo command on the workspace's document: every edit of the screens is one."""

    def __init__(self, doc: Document, text: str) -> None:
        super().__init__(text)
        self.doc = doc


T = TypeVar("T")


class Save(DocCommand, Generic[T]):
    """Add, replace or delete one item of a store (see the module's note)."""

    ID: CommandId | None = None  # set by the kinds whose typing merges

    def __init__(
        self,
        doc: Document,
        store: str | Store | Callable[[], Store],
        topic: Topic | str,
        before: T | None,
        after: T | None,
        text: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(doc, text)
        self.store = store  # compared when merging: a name, the store, or what gives it
        self.topic = Topic(topic)
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.merge_key = merge_key

    @property
    def item_id(self) -> int:
        return int(getattr(self.after, "id"))  # noqa: B009 - T is any dataclass with an id

    def id(self) -> int:
        return int(self.ID) if self.merge_key and self.ID is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            type(other) is not type(self)
            or not isinstance(other, Save)
            or other.merge_key != self.merge_key
            or other.store != self.store
            or self.after is None
            or other.after is None
            or getattr(self.after, "id", None) is None
            or getattr(self.after, "id", None) != getattr(other.after, "id", None)
        ):
            return False
        self.after = copy.deepcopy(other.after)
        return True

    def redo(self) -> None:
        saved = self._put(self.before, self.after)
        if saved is not None:
            self.after = saved  # keep the ids storage gave, so a second redo reuses them

    def undo(self) -> None:
        saved = self._put(self.after, self.before)
        if saved is not None:
            self.before = saved

    def resolve(self) -> Store:
        """The store itself (the workspace makes its stores afresh on each access)."""
        if isinstance(self.store, str):
            return getattr(self.doc.workspace, self.store)  # type: ignore[no-any-return]
        if hasattr(self.store, "save"):
            return self.store  # type: ignore[return-value]
        return self.store()

    def _put(self, old: T | None, new: T | None) -> T | None:
        store = self.resolve()
        saved = None
        if new is None:
            store.delete(getattr(old, "id"))  # noqa: B009
        else:
            saved = copy.deepcopy(new)
            store.save(saved)
        self.doc.notify(self.topic)
        return saved


class SaveIn(Save[T]):
    """A `Save` into the workspace's store named by the kind (STORE), told as its TOPIC: made
    with the item alone."""

    STORE: str = ""
    TOPIC: Topic = Topic.ALL

    def __init__(
        self, doc: Document, before: T | None, after: T, text: str, merge_key: str = ""
    ) -> None:
        super().__init__(doc, self.STORE, self.TOPIC, before, after, text, merge_key)


V = TypeVar("V")


class SetValue(DocCommand, Generic[V]):
    """Set one value: `put(after)` on redo, `put(before)` on undo, then tell `topic`."""

    def __init__(self, doc: Document, topic: Topic, before: V, after: V, text: str) -> None:
        super().__init__(doc, text)
        self.topic = topic
        self.before = before
        self.after = after

    def put(self, value: V) -> None:
        """Store `value` (the kind says where)."""
        raise NotImplementedError

    def redo(self) -> None:
        self.put(self.after)
        self.doc.notify(self.topic)

    def undo(self) -> None:
        self.put(self.before)
        self.doc.notify(self.topic)
