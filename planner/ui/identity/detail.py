"""The detail pane of the library: a larger preview, the editable metadata, the facts of the
file, the platform slots it fits, and the posts that use it."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner import labels as common_labels
from planner.domain.bidi import isolate
from planner.domain.identity import Asset, AssetKind, BrandKit
from planner.domain.specs import Fit, ImageSpec, same_shape
from planner.formatting import Formatter
from planner.reports.identity import labels
from planner.ui import plain
from planner.ui.document import Document
from planner.ui.icons import icon, platform_icon
from planner.ui.identity.commands import EditAsset
from planner.ui.identity.rows import Row, RowsModel
from planner.ui.pending import PendingSave
from planner.ui.widgets import caption, heading
from planner.ui.workspace_widget import WorkspacePage

PREVIEW = 232
TAG_SEPARATORS = (",", "،", ";", "؛")


def split_tags(text: str) -> list[str]:
    for separator in TAG_SEPARATORS[1:]:
        text = text.replace(separator, ",")
    return [t.strip() for t in text.split(",") if t.strip()]


def file_size(fmt: Formatter, size: int) -> str:
    """ "1.2 MB" or "56 KB", in the chosen digits."""
    if size >= 1024 * 1024:
        return QCoreApplication.translate("AssetDetail", "%1 MB").replace(
            "%1", fmt.number(size / (1024 * 1024), 1)
        )
    return QCoreApplication.translate("AssetDetail", "%1 KB").replace(
        "%1", fmt.number(max(1, round(size / 1024)), 0)
    )


def _fit_height(view: QListView, most: int = 320) -> None:
    """Grow a short list to show all its rows, so the pane scrolls and not the list."""
    rows = view.model().rowCount()
    height = sum(max(view.sizeHintForRow(r), 20) for r in range(rows)) + 2 * view.frameWidth() + 4
    view.setFixedHeight(min(max(height, 32), most))


class AssetDetail(WorkspacePage):
    """Shows one asset; every change is an undoable edit saved at once."""

    def __init__(
        self,
        doc: Document,
        formatter: Formatter,
        specs: list[ImageSpec],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(doc, formatter, parent)
        self.specs = specs
        self.asset: Asset | None = None
        self._loading = False
        self.setMinimumWidth(340)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 0, 4, 0)
        self.preview = QLabel()
        self.preview.setObjectName("assetPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(PREVIEW)
        self.title = heading("", 2)
        self.title.setWordWrap(True)
        layout.addWidget(self.preview)
        layout.addWidget(self.title)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.name = QLineEdit()
        self.name.editingFinished.connect(lambda: self._commit("name"))
        self.kind = QComboBox()
        for k in AssetKind:
            self.kind.addItem(labels.kind(k), k.value)
        self.kind.activated.connect(lambda: self._commit("kind"))
        self.kit = QComboBox()
        self.kit.activated.connect(lambda: self._commit("kit"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("logo, official, dark background"))
        self.tags.editingFinished.connect(lambda: self._commit("tags"))
        self.alt = QPlainTextEdit()
        self.alt.setPlaceholderText(self.tr("Describe the picture for people who cannot see it"))
        self.alt.setFixedHeight(84)
        self._alt_pending = PendingSave(lambda: self._commit("alt"), lambda: self._loading, self)
        self.alt.textChanged.connect(self._alt_pending.typed)
        for label, widget in (
            (self.tr("Name"), self.name),
            (self.tr("Kind"), self.kind),
            (self.tr("Brand kit"), self.kit),
            (self.tr("Tags"), self.tags),
            (self.tr("Alt text"), self.alt),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.facts = caption()
        layout.addWidget(self.facts)

        layout.addWidget(heading(self.tr("Platform sizes it fits"), 2))
        self.fits = RowsModel(self)
        self.fits_view = self._list(self.fits, self.tr("Platform sizes it fits"))
        layout.addWidget(self.fits_view)
        layout.addWidget(heading(self.tr("Used by"), 2))
        self.uses = RowsModel(self)
        self.uses_view = self._list(self.uses, self.tr("Posts that use this file"))
        layout.addWidget(self.uses_view)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_asset(None, None, [])

    def _list(self, model: RowsModel, name: str) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setIconSize(QSize(16, 16))
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        return view

    def show_asset(self, asset: Asset | None, pixmap: QPixmap | None, kits: list[BrandKit]) -> None:
        """Fill the pane; a field being typed in keeps its text."""
        self._loading = True
        same = asset is not None and self.asset is not None and asset.id == self.asset.id
        self.asset = copy.deepcopy(asset)
        content = self.widget()
        if content is not None:
            content.setEnabled(asset is not None)
        self.kit.clear()
        self.kit.addItem(self.tr("No kit"), None)
        for kit in kits:
            self.kit.addItem(isolate(kit.name), kit.id)
        if asset is None:
            self.preview.clear()
            self.title.setText(self.tr("Choose a file to see its details"))
            for edit in (self.name, self.tags):
                edit.clear()
            self.alt.clear()
            self.facts.clear()
            self.fits.set_rows([])
            self.uses.set_rows([])
            self._loading = False
            return
        if pixmap is not None and not pixmap.isNull():
            self.preview.setPixmap(
                pixmap.scaled(
                    QSize(PREVIEW, PREVIEW),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setPixmap(
                icon("pdf" if asset.format.value == "pdf" else "file").pixmap(QSize(96, 96))
            )
        plain.set_text(self.title, asset.name)
        if not (same and self.name.hasFocus()):
            self.name.setText(asset.name)
        if not (same and self.tags.hasFocus()):
            self.tags.setText(
                "، ".join(asset.tags) if self.fmt.lang == "ar" else ", ".join(asset.tags)
            )
        if not (same and self.alt.hasFocus()) and self.alt.toPlainText() != asset.alt_text:
            self.alt.setPlainText(asset.alt_text)
        self.kind.setCurrentIndex(self.kind.findData(asset.kind.value))
        self.kit.setCurrentIndex(max(0, self.kit.findData(asset.kit_id)))
        self.facts.setText(self._facts(asset))
        self.fits.set_rows(self._fit_rows(asset))
        self.uses.set_rows(self._use_rows(asset))
        for view in (self.fits_view, self.uses_view):
            _fit_height(view)
        self._loading = False

    def _facts(self, a: Asset) -> str:
        fmt_label, size_label = self.tr("Format"), self.tr("File size")
        lines = [
            f"{fmt_label}: {labels.file_format(a.format)}",
            f"{size_label}: {file_size(self.fmt, a.size)}",
        ]
        if a.has_dimensions:
            pixels = self.tr("Pixel size")
            lines.append(f"{pixels}: " + self.fmt.digits_of(f"\u2066{a.width} × {a.height}\u2069"))
        if a.family:
            family = self.tr("Font family")
            lines.append(f"{family}: {a.family}")
        if a.added_at:
            added = self.tr("Added")
            lines.append(f"{added}: {self.fmt.datetime(a.added_at)}")
        return "\n".join(lines)

    def _fit_rows(self, a: Asset) -> list[Row]:
        if not a.format.is_image:
            return [Row(self.tr("Not a picture: no platform sizes apply."))]
        if not a.has_dimensions:
            return [Row(labels.fit(Fit.UNKNOWN))]
        checks = same_shape(self.specs, a.width, a.height, a.format, a.size)
        if not checks:
            return [Row(self.tr("Its shape matches no platform's recommended size."))]
        rows = []
        for check in checks:
            spec = check.spec
            size = self.fmt.digits_of(f"\u2066{spec.width}×{spec.height}\u2069")
            text = f"{common_labels.platform(spec.platform)}: {labels.slot(spec.slot)} ({size})"
            if not check.format_ok:
                verdict = self.tr("export as PNG or JPEG first")
            elif not check.size_ok:
                verdict = self.tr("file too heavy for this platform")
            else:
                verdict = labels.fit(check.fit)
            rows.append(
                Row(
                    f"{text} — {verdict}",
                    platform_icon(spec.platform),
                    f"{spec.source}\n{self.fmt.date(spec.checked)}",
                    spec,
                )
            )
        return rows

    def _use_rows(self, a: Asset) -> list[Row]:
        assert a.id is not None
        uses = self.doc.workspace.assets.posts_using(a.id)
        if not uses:
            return [Row(self.tr("No post uses this file yet."))]
        rows = []
        for use in uses:
            when = (
                self.fmt.date(use.scheduled_at.date())
                if use.scheduled_at
                else self.tr("not scheduled")
            )
            excerpt = use.text.splitlines()[0][:60] if use.text else ""
            rows.append(
                Row(
                    self.fmt.parts.join((when, use.campaign_name, excerpt)),
                    None,
                    use.text,
                    use.post_id,
                )
            )
        return rows

    def flush(self) -> None:
        """Save a pending alt-text edit now (before the pane shows another asset)."""
        self._alt_pending.flush()

    def _commit(self, field: str) -> None:
        if self._loading or self.asset is None:
            return
        before = self.asset
        after = copy.deepcopy(before)
        if field == "name":
            after.name = self.name.text().strip() or before.name
        elif field == "kind":
            after.kind = AssetKind(self.kind.currentData())
        elif field == "kit":
            after.kit_id = self.kit.currentData()
        elif field == "tags":
            after.tags = split_tags(self.tags.text())
        elif field == "alt":
            after.alt_text = self.alt.toPlainText().strip()
        if after == before:
            return
        texts = {
            "name": self.tr("Rename file"),
            "kind": self.tr("Change kind"),
            "kit": self.tr("Move to another kit"),
            "tags": self.tr("Edit tags"),
            "alt": self.tr("Edit alt text"),
        }
        self.asset = copy.deepcopy(after)
        self.doc.undo_stack.push(
            EditAsset(self.doc, before, after, texts[field], merge_key=f"{field}:{before.id}")
        )
