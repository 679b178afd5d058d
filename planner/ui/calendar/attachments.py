"""The composer's attached files: pictures from the media library, and a warning for each
chosen platform whose post sizes a picture does not fit (planner.domain.specs)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner import labels
from planner.domain.identity import Asset, Thumbnail
from planner.domain.specs import ImageSpec, Misfit, PostImageMisfit, parse_specs, post_image_misfit
from planner.paths import resource
from planner.ui.document import Document
from planner.ui.icons import icon
from planner.ui.save import SetValue, Topic
from planner.ui.widgets import title_row

if TYPE_CHECKING:
    from planner.ui.calendar.composer import Composer

MB = 1024 * 1024
WARNING = "#b45309"


@cache
def image_specs() -> list[ImageSpec]:
    """The platforms' picture sizes, `resources/platform_image_specs.json`, read once."""
    return parse_specs(resource("platform_image_specs.json").read_text("utf-8"))


class SetAttachments(SetValue[list[int]]):
    """Give a post another list of attached files (attach, remove); undo restores the order."""

    def __init__(
        self, doc: Document, post_id: int, before: list[int], after: list[int], text: str
    ) -> None:
        super().__init__(doc, Topic.POSTS, list(before), list(after), text)
        self.post_id = post_id

    def put(self, value: list[int]) -> None:
        assets = self.doc.workspace.assets
        for asset in assets.assets_of_post(self.post_id):
            assert asset.id is not None
            assets.detach_asset(self.post_id, asset.id)
        for asset_id in value:
            assets.attach_asset(self.post_id, asset_id)


class AttachmentsPanel(QWidget):
    """Files attached to the composer's post, attached from the library with one click."""

    def __init__(self, composer: Composer) -> None:
        super().__init__()
        self.composer = composer
        self.doc = composer.doc
        self.fmt = composer.fmt
        self.assets: list[Asset] = []
        self.title = QLabel(self.tr("Attached files"))
        self.attach = QToolButton()
        self.attach.setText(self.tr("Attach from the library"))
        self.attach.setIcon(icon("add"))
        self.attach.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.attach.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.attach)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.attach.setMenu(self.menu)
        self.remove = QToolButton()
        self.remove.setIcon(icon("delete"))
        self.remove.setToolTip(self.tr("Remove the chosen file from this post"))
        self.remove.setAccessibleName(self.remove.toolTip())
        self.remove.clicked.connect(self.remove_selected)
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Attached files"))
        self.files.setIconSize(QSize(40, 40))
        self.files.setFlow(QListWidget.Flow.LeftToRight)
        self.files.setWrapping(False)
        self.files.setFixedHeight(62)
        self.files.itemSelectionChanged.connect(self._selection)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Picture sizes"))
        self.warnings.setWordWrap(True)
        self.warnings.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row(self.title, self.attach, self.remove))
        layout.addWidget(self.files)
        layout.addWidget(self.warnings)
        composer.postChanged.connect(self.refresh)
        self.doc.changed.connect(self._on_changed)
        self.refresh()

    # showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        post = self.composer.post
        store = self.doc.workspace.assets
        self.assets = store.assets_of_post(post.id) if post.id is not None else []
        thumbs = store.thumbnails([a.sha256 for a in self.assets]) if self.assets else {}
        self.files.clear()
        for asset in self.assets:
            item = QListWidgetItem(self._thumbnail(thumbs.get(asset.sha256), asset), asset.name)
            item.setToolTip(f"{asset.name}\n{self.facts(asset)}")
            item.setData(Qt.ItemDataRole.UserRole, asset.id)
            self.files.addItem(item)
        self.files.setVisible(bool(self.assets))
        self.attach.setEnabled(post.id is not None)
        self.attach.setToolTip(
            self.tr("Pictures and files of the media library (Visual identity)")
            if post.id is not None
            else self.tr("Write the post first: it is saved as soon as it has a text or a detail.")
        )
        self._selection()
        self.warnings.clear()
        for text, tip in self.warning_lines():
            item = QListWidgetItem(icon("warning", WARNING), text)
            item.setToolTip(tip)
            self.warnings.addItem(item)
        self.warnings.setVisible(self.warnings.count() > 0)

    def warning_lines(self) -> list[tuple[str, str]]:
        """A line per file and problem, naming every platform it has on it (the same minimum
        width on X and WhatsApp makes one line); the tooltip gives each one's sizes."""
        groups: dict[tuple[int, Misfit, str], list[PostImageMisfit]] = {}
        assets: dict[int, Asset] = {}
        for asset, misfit in self.misfits():
            assert asset.id is not None
            assets[asset.id] = asset
            groups.setdefault((asset.id, misfit.reason, self.detail(misfit)), []).append(misfit)
        joint = "، " if self.fmt.lang == "ar" else ", "
        lines = []
        for (asset_id, _reason, _detail), misfits in groups.items():
            names = joint.join(labels.platform(m.platform) for m in misfits)
            tip = "\n".join(
                f"{labels.platform(m.platform)}: {self.sizes_text(m.sizes)}" for m in misfits
            )
            lines.append((self.misfit_text(assets[asset_id], misfits[0], names), tip))
        return lines

    def _thumbnail(self, thumb: Thumbnail | None, asset: Asset | None = None) -> QIcon:
        """The stored thumbnail; else the picture itself, scaled (the library makes the
        thumbnails when it is first shown); else a file mark."""
        pixmap = QPixmap()
        if thumb is not None and pixmap.loadFromData(thumb.data):
            return QIcon(pixmap)
        if (
            asset is not None
            and asset.id is not None
            and asset.format.is_raster
            and pixmap.loadFromData(self.doc.workspace.assets.data(asset.id))
        ):
            return QIcon(
                pixmap.scaled(
                    80,
                    80,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        return icon("file")

    def _selection(self) -> None:
        self.remove.setEnabled(bool(self.files.selectedItems()))

    def _on_changed(self, topic: str) -> None:
        if topic in ("posts", "identity", "all"):
            self.refresh()

    def misfits(self) -> list[tuple[Asset, PostImageMisfit]]:
        """Each attached picture against each chosen platform's post sizes."""
        found = []
        for asset in self.assets:
            if not asset.format.is_image:
                continue
            for platform in self.composer.post.platforms:
                misfit = post_image_misfit(
                    image_specs(), platform, asset.width, asset.height, asset.format, asset.size
                )
                if misfit is not None:
                    found.append((asset, misfit))
        return found

    # texts -----------------------------------------------------------------------------------
    def pixels(self, width: int, height: int) -> str:
        return self.fmt.digits_of(f"\u2066{width} × {height}\u2069")

    def megabytes(self, size: int) -> str:
        return self.tr("%1 MB").replace("%1", self.fmt.number(size / MB, 1))

    def facts(self, asset: Asset) -> str:
        parts = [asset.format.value.upper(), self.megabytes(asset.size)]
        if asset.has_dimensions:
            parts.insert(0, self.pixels(asset.width, asset.height))
        return " · ".join(parts)

    def sizes_text(self, sizes: tuple[ImageSpec, ...]) -> str:
        joint = "، " if self.fmt.lang == "ar" else ", "
        return joint.join(self.pixels(s.width, s.height) for s in sizes)

    def detail(self, misfit: PostImageMisfit) -> str:
        """What to aim for: the post sizes, the smallest width, the formats or the weight."""
        nearest = misfit.sizes[0]
        return {
            Misfit.FORMAT: ", ".join(f.value.upper() for f in nearest.formats),
            Misfit.NO_SIZE: self.sizes_text(misfit.sizes),
            Misfit.WRONG_SHAPE: self.sizes_text(misfit.sizes),
            Misfit.TOO_SMALL: self.tr("at least %1 pixels wide").replace(
                "%1", self.fmt.digits_of(str(nearest.min_width))
            ),
            Misfit.FILE_TOO_LARGE: self.megabytes(nearest.max_bytes),
        }[misfit.reason]

    def misfit_text(self, asset: Asset, misfit: PostImageMisfit, platforms: str = "") -> str:
        """One clear sentence: which file, which platforms, what goes wrong, what to aim for."""
        text = {
            Misfit.FORMAT: self.tr("%1 cannot go on %2, which takes %3 files."),
            Misfit.NO_SIZE: self.tr(
                "The pixel size of %1 is unknown: check it against the post sizes of %2 (%3)."
            ),
            Misfit.WRONG_SHAPE: self.tr("%1 (%4) will be cropped on %2, whose post sizes are %3."),
            Misfit.TOO_SMALL: self.tr("%1 (%4) is too small for %2 (%3): it will look blurred."),
            Misfit.FILE_TOO_LARGE: self.tr("%1 (%4) is too heavy for %2 (%3 at most)."),
        }[misfit.reason]
        shown = (
            self.pixels(asset.width, asset.height)
            if misfit.reason is not Misfit.FILE_TOO_LARGE
            else self.megabytes(asset.size)
        )
        return (
            text.replace("%1", f"\u2068{asset.name}\u2069")
            .replace("%2", platforms or labels.platform(misfit.platform))
            .replace("%3", self.detail(misfit))
            .replace("%4", shown)
        )

    # editing ---------------------------------------------------------------------------------
    def library_choices(self) -> list[Asset]:
        """The library's pictures not attached yet, by name."""
        attached = {a.id for a in self.assets}
        return sorted(
            (
                a
                for a in self.doc.workspace.assets.all()
                if a.format.is_image and a.id not in attached
            ),
            key=lambda a: a.name.casefold(),
        )

    def _fill_menu(self) -> None:
        self.menu.clear()
        choices = self.library_choices()
        thumbs = (
            self.doc.workspace.assets.thumbnails([a.sha256 for a in choices]) if choices else {}
        )
        for asset in choices:
            action = self.menu.addAction(
                self._thumbnail(thumbs.get(asset.sha256)), f"{asset.name} — {self.facts(asset)}"
            )
            action.triggered.connect(lambda _=False, a=asset: self.attach_asset(a))
        if not choices:
            self.menu.addAction(
                self.tr("No more pictures in the media library: add them in Visual identity.")
            ).setEnabled(False)

    def attach_asset(self, asset: Asset) -> None:
        post_id = self.composer.post.id
        if post_id is None or asset.id is None:
            return
        before = [a.id for a in self.assets if a.id is not None]
        self.doc.undo_stack.push(
            SetAttachments(self.doc, post_id, before, [*before, asset.id], self.tr("Attach a file"))
        )

    def remove_selected(self) -> None:
        post_id = self.composer.post.id
        items = self.files.selectedItems()
        if post_id is None or not items:
            return
        gone = items[0].data(Qt.ItemDataRole.UserRole)
        before = [a.id for a in self.assets if a.id is not None]
        self.doc.undo_stack.push(
            SetAttachments(
                self.doc,
                post_id,
                before,
                [i for i in before if i != gone],
                self.tr("Remove an attached file"),
            )
        )
