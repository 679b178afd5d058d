"""Undo commands of the Identity screen; each redo/undo goes through storage, never widgets."""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from planner.domain.identity import Asset, BrandKit
from planner.storage.assets import DeletedAsset
from planner.storage.brand_kits import DeletedKit
from planner.ui.document import Document
from planner.ui.save import CommandId, DocCommand, SaveIn, Topic

TOPIC = Topic.IDENTITY


class SaveKit(SaveIn[BrandKit]):
    """Replace a kit (name, colours, guidelines) by a new version, or add one when `before` is
    None. Consecutive edits with the same `merge_key` (typing) merge into one step."""

    ID = CommandId.KIT
    STORE = "kits"
    TOPIC = Topic.IDENTITY


class DeleteKit(DocCommand):
    """Delete a kit; its files stay in the library, its campaigns lose it until undone."""

    def __init__(self, doc: Document, kit_id: int, text: str) -> None:
        super().__init__(doc, text)
        self.kit_id = kit_id
        self.deleted: DeletedKit | None = None

    def redo(self) -> None:
        self.deleted = self.doc.workspace.kits.delete(self.kit_id)
        self.doc.notify(TOPIC)
        self.doc.notify(Topic.CAMPAIGNS)

    def undo(self) -> None:
        assert self.deleted is not None
        self.doc.workspace.kits.restore(self.deleted)
        self.doc.notify(TOPIC)
        self.doc.notify(Topic.CAMPAIGNS)


class _AssetsCommand(DocCommand):
    """Assets deleted (with their contents and post links) and brought back, as one step."""

    def __init__(self, doc: Document, asset_ids: list[int], text: str) -> None:
        super().__init__(doc, text)
        self.asset_ids = list(asset_ids)
        self.deleted: list[DeletedAsset] = []

    def _delete(self) -> None:
        with self.doc.workspace.transaction():
            self.deleted = [self.doc.workspace.assets.delete(i) for i in self.asset_ids]
        self._notify()

    def _restore(self) -> None:
        with self.doc.workspace.transaction():
            for record in reversed(self.deleted):
                self.doc.workspace.assets.restore(record)
        self._notify()

    def _notify(self) -> None:
        self.doc.notify(TOPIC)
        if any(record.links for record in self.deleted):
            self.doc.notify(Topic.POSTS)


class ImportAssets(_AssetsCommand):
    """Files already imported (one by one, under a progress dialog) as one undoable step."""

    def __init__(self, doc: Document, asset_ids: list[int], text: str) -> None:
        super().__init__(doc, asset_ids, text)
        self._done = True  # the import itself was the first redo

    def redo(self) -> None:
        if self._done:
            self._done = False
            self.doc.notify(TOPIC)
        else:
            self._restore()
            self.deleted = []

    def undo(self) -> None:
        self._delete()


class DeleteAssets(_AssetsCommand):
    """Delete assets (with their contents and post links); undo brings all of it back."""

    def redo(self) -> None:
        self._delete()

    def undo(self) -> None:
        self._restore()


class EditAsset(DocCommand):
    """Change an asset's name, kind, kit, tags or alt text; typing in one field merges."""

    ID = CommandId.ASSET

    def __init__(
        self, doc: Document, before: Asset, after: Asset, text: str, merge_key: str = ""
    ) -> None:
        super().__init__(doc, text)
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.merge_key = merge_key

    def id(self) -> int:
        return self.ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, EditAsset)
            or other.merge_key != self.merge_key
            or other.after.id != self.after.id
        ):
            return False
        self.after = copy.deepcopy(other.after)
        return True

    def redo(self) -> None:
        self.doc.workspace.assets.update(copy.deepcopy(self.after))
        self.doc.notify(TOPIC)

    def undo(self) -> None:
        self.doc.workspace.assets.update(copy.deepcopy(self.before))
        self.doc.notify(TOPIC)
