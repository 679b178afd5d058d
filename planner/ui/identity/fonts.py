"""The kit's fonts with a live preview of Arabic and Latin text in each, the font loaded from the
workspace for this program only (QFontDatabase application font, never installed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from planner.domain.identity import Asset
from planner.formatting import Formatter
from planner.reports.identity.fonts import face_for
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.icons import icon
from planner.ui.identity.rows import KeyRole, Row, RowsModel
from planner.ui.widgets import Card, EmptyState, caption
from planner.ui.workspace_widget import WorkspaceWidget

ARABIC_SAMPLE = "بلدية مسقط في خدمتكم: مسقط أجمل بنظافتها"
LATIN_SAMPLE = "Muscat Municipality: The quick brown fox jumps over the lazy dog"
DIGITS_SAMPLE = "٠١٢٣٤٥٦٧٨٩ 0123456789 #مسقط_أجمل"


class FontsPanel(WorkspaceWidget):
    """The fonts of the current kit; choosing one previews it."""

    def __init__(
        self,
        doc: Document,
        formatter: Formatter,
        dialogs: Dialogs,
        import_fonts: Callable[[list[Path]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(doc, formatter, dialogs, parent)
        self.import_fonts = import_fonts
        self.fonts: list[Asset] = []
        self._faces: dict[str, QFont] = {}
        self.model = RowsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Fonts of the kit"))
        self.list.setIconSize(QSize(20, 20))
        self.list.selectionModel().currentChanged.connect(lambda *_: self._preview())
        self.add = QPushButton(icon("add"), self.tr("Add font…"))
        self.add.clicked.connect(self.add_font)
        self.empty = EmptyState(
            self.tr(
                "No fonts in this kit yet. Add the TTF or OTF files of "
                "the institution's fonts to preview them here."
            )
        )
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.empty, 1)
        left.addWidget(self.add)

        self.card = Card(self.tr("Preview"))
        self.family = caption()
        self.sample = QLineEdit(ARABIC_SAMPLE)
        self.sample.setAccessibleName(self.tr("Sample text"))
        self.sample.textChanged.connect(lambda: self._preview())
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setRange(8, 72)
        self.size_slider.setValue(24)
        self.size_slider.setAccessibleName(self.tr("Preview size (points)"))
        self.size_slider.valueChanged.connect(lambda: self._preview())
        self.size_label = QLabel()
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_slider, 1)
        size_row.addWidget(self.size_label)
        form = QFormLayout()
        form.addRow(self.tr("Sample text"), self.sample)
        form.addRow(self.tr("Size"), size_row)
        self.card.body.addWidget(self.family)
        self.card.body.addLayout(form)
        samples = QWidget()
        column = QVBoxLayout(samples)
        column.setContentsMargins(0, 8, 0, 8)
        column.setSpacing(12)
        self.lines: list[QLabel] = []
        for text in (ARABIC_SAMPLE, LATIN_SAMPLE, DIGITS_SAMPLE):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.lines.append(label)
            column.addWidget(label)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(samples)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        self.card.body.addWidget(scroll, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(left, 2)
        layout.addWidget(self.card, 3)
        self.set_fonts([], False)

    def set_fonts(self, fonts: list[Asset], has_kit: bool) -> None:
        current = self.current_font()
        self.fonts = fonts
        self.model.set_rows(
            [Row(f"{a.family or a.name} — {a.name}", icon("font"), a.family, a.id) for a in fonts]
        )
        self.list.setVisible(bool(fonts))
        self.empty.setVisible(not fonts)
        self.card.setVisible(bool(fonts))
        self.add.setEnabled(has_kit)
        if fonts:
            ids = [a.id for a in fonts]
            row = ids.index(current.id) if current is not None and current.id in ids else 0
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._preview()

    def current_font(self) -> Asset | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        key = index.data(KeyRole)
        return next((a for a in self.fonts if a.id == key), None)

    def _preview(self, _index: QModelIndex | None = None) -> None:
        asset = self.current_font()
        if asset is None:
            return
        face = self._faces.get(asset.sha256)
        if face is None:  # read the font file once, when it is first previewed
            face = face_for(asset.sha256, self.doc.workspace.assets.data(asset.id or 0))
            self._faces[asset.sha256] = face
        font = QFont(face)
        self.family.setText(
            self.tr("Family: %1 · style: %2")
            .replace("%1", font.family() or "?")
            .replace("%2", font.styleName() or "—")
        )
        font.setPointSize(self.size_slider.value())
        self.size_label.setText(
            self.tr("%1 pt").replace("%1", self.fmt.integer(self.size_slider.value()))
        )
        texts = (self.sample.text() or ARABIC_SAMPLE, LATIN_SAMPLE, DIGITS_SAMPLE)
        for label, text in zip(self.lines, texts, strict=True):
            label.setFont(font)
            label.setText(text)

    def add_font(self) -> None:
        paths = self.dialogs.open_files(
            self, self.tr("Add fonts"), self.tr("Fonts (*.ttf *.otf);;All files (*)")
        )
        if paths:
            self.import_fonts(paths)
