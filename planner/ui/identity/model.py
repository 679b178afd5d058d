"""The asset library as a list model (thumbnails decoded once, from the cached small pictures
only, never from the files themselves), and the proxy that searches and filters it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QImage, QPixmap

from planner.domain.identity import Asset, Thumbnail
from planner.formatting import Formatter
from planner.reports.identity import labels
from planner.reports.identity.imaging import is_light
from planner.ui import plain
from planner.ui.search_proxy import SearchProxy

Index = QModelIndex | QPersistentModelIndex

IdRole = Qt.ItemDataRole.UserRole + 1
AssetRole = Qt.ItemDataRole.UserRole + 2
ThumbRole = Qt.ItemDataRole.UserRole + 3
SearchRole = Qt.ItemDataRole.UserRole + 4
KindRole = Qt.ItemDataRole.UserRole + 5
KitRole = Qt.ItemDataRole.UserRole + 6
FormatRole = Qt.ItemDataRole.UserRole + 7
UsesRole = Qt.ItemDataRole.UserRole + 8
CaptionRole = Qt.ItemDataRole.UserRole + 9
LightRole = Qt.ItemDataRole.UserRole + 10  # the thumbnail is mostly white: show it on dark

NO_KIT = -1  # the kit filter's value for "assets in no kit"


class AssetListModel(QAbstractListModel):
    """Rows of Asset with their cached thumbnails and how many posts use each."""

    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._rows: list[Asset] = []
        self._thumbs: dict[str, Thumbnail] = {}
        self._uses: dict[int, int] = {}
        self._pixmaps: dict[str, QPixmap] = {}
        self._light: set[str] = set()
        self.decoded = 0  # thumbnails decoded so far: each at most once

    def set_rows(
        self, assets: list[Asset], thumbnails: dict[str, Thumbnail], uses: dict[int, int]
    ) -> None:
        """Show `assets`; `thumbnails` adds to those already held (a content's thumbnail never
        changes: same SHA-256, same picture), so a reload reads only new ones."""
        self.beginResetModel()
        self._rows = list(assets)
        self._uses = dict(uses)
        present = {a.sha256 for a in assets}
        self._thumbs = {s: t for s, t in {**self._thumbs, **thumbnails}.items() if s in present}
        self._pixmaps = {s: p for s, p in self._pixmaps.items() if s in present}
        self.endResetModel()

    def missing_thumbnails(self) -> list[str]:
        """Contents shown without their thumbnail in memory yet, in display order."""
        return list(dict.fromkeys(a.sha256 for a in self._rows if a.sha256 not in self._thumbs))

    def add_thumbnails(self, thumbnails: dict[str, Thumbnail]) -> None:
        """Thumbnails read after the first paint: the tiles that show them are repainted."""
        if not thumbnails:
            return
        self._thumbs.update(thumbnails)
        if self._rows:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._rows) - 1),
                [ThumbRole, Qt.ItemDataRole.DecorationRole, LightRole],
            )

    def asset(self, row: int) -> Asset:
        return self._rows[row]

    def row_of(self, asset_id: int) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == asset_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def pixmap(self, sha256: str) -> QPixmap | None:
        """The thumbnail as a pixmap, decoded from its few kilobytes the first time it shows."""
        cached = self._pixmaps.get(sha256)
        if cached is not None:
            return cached
        thumb = self._thumbs.get(sha256)
        if thumb is None:
            return None
        image = QImage.fromData(thumb.data, thumb.format.upper())  # type: ignore[arg-type]  # PySide6's stubs say bytes; it takes str
        if image.isNull():
            return None
        pixmap = QPixmap.fromImage(image)
        if image.hasAlphaChannel() and is_light(image):
            self._light.add(sha256)
        self.decoded += 1
        self._pixmaps[sha256] = pixmap
        return pixmap

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain.shown(a.name)
        if role == Qt.ItemDataRole.EditRole:
            return a.name
        if role == IdRole:
            return a.id
        if role == AssetRole:
            return a
        if role in (ThumbRole, Qt.ItemDataRole.DecorationRole):
            return self.pixmap(a.sha256)
        if role == CaptionRole:
            return self.caption(a)
        if role == LightRole:
            return self.pixmap(a.sha256) is not None and a.sha256 in self._light
        if role == KindRole:
            return a.kind.value
        if role == KitRole:
            return a.kit_id
        if role == FormatRole:
            return a.format.value
        if role == UsesRole:
            return self._uses.get(a.id or 0, 0)
        if role == SearchRole:
            return " ".join((a.name, " ".join(a.tags), a.alt_text, a.family, labels.kind(a.kind)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                v for v in (a.name, labels.kind(a.kind), self.caption(a), a.alt_text) if v
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{a.name}، {labels.kind(a.kind)}، {self.caption(a)}"
        return None

    def caption(self, a: Asset) -> str:
        """ "PNG · 1080×1080", or the family of a font."""
        parts = [labels.file_format(a.format)]
        if a.has_dimensions:
            parts.append(self._fmt.digits_of(f"\u2066{a.width}×{a.height}\u2069"))
        elif a.family:
            parts.append(a.family)
        return " · ".join(parts)


class AssetFilterProxy(SearchProxy):
    """Search by name, tag, alt text (Arabic-aware) and filter by kind, kit and format."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(SearchRole, parent)
        self._kind: str | None = None
        self._kit: int | None = None
        self._format: str | None = None

    def set_kind(self, kind: str | None) -> None:
        self.set_filters(kind=kind)

    def set_kit(self, kit: int | None) -> None:
        """None shows every kit; NO_KIT the assets in no kit."""
        self.set_filters(kit=kit)

    def set_format(self, fmt: str | None) -> None:
        self.set_filters(format=fmt)

    def accepts(self, model: QAbstractItemModel, index: QModelIndex) -> bool:
        if self._kind is not None and model.data(index, KindRole) != self._kind:
            return False
        if self._format is not None and model.data(index, FormatRole) != self._format:
            return False
        if self._kit is not None:
            kit = model.data(index, KitRole)
            if kit is not None if self._kit == NO_KIT else kit != self._kit:
                return False
        return True
