"""The library's thumbnail grid: dropped local files, and thumbnails drawn where none is stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal, SignalInstance
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from planner.reports.identity.imaging import make_thumbnail
from planner.storage.assets import AssetStore
from planner.ui.identity.delegate import TILE


def draw_missing_thumbnails(store: AssetStore) -> None:
    """Draw and store the thumbnails the library lacks; a file that cannot be drawn keeps its
    generic icon."""
    for sha, fmt in store.missing_thumbnails():  # e.g. the sample, loaded without Qt
        try:
            thumbnail = make_thumbnail(store.blob(sha), fmt)
        except Exception:  # a file that cannot be drawn keeps its generic icon
            continue
        if thumbnail is not None:
            store.set_thumbnail(sha, thumbnail)


def dropped_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
    """The local files a drag carries (none for text or web addresses)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _accept_files(event: QDragMoveEvent) -> None:
    if dropped_files(event):
        event.acceptProposedAction()
    else:
        event.ignore()


class FileDropMixin:
    """Accepts drags of local files and emits them when dropped."""

    filesDropped: SignalInstance

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        _accept_files(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        _accept_files(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(files)


class AssetGrid(FileDropMixin, QListView):
    """The thumbnail grid; files dropped on it are imported."""

    filesDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(TILE + QSize(6, 6))
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(False)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)
