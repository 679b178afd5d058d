"""The Identity screen: choose a brand kit, then its library, colours, fonts and guidelines."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import bidi
from planner.domain.bidi import isolate
from planner.domain.filenames import safe_file_name
from planner.domain.identity import AssetFormat, AssetKind, BrandKit
from planner.domain.specs import ImageSpec, parse_specs
from planner.formatting import Formatter
from planner.paths import resource
from planner.reports.identity.sheet import export_brand_sheet_png, kit_sheet
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.icons import icon
from planner.ui.identity.colours import ColoursPanel
from planner.ui.identity.commands import DeleteKit, SaveKit
from planner.ui.identity.fonts import FontsPanel
from planner.ui.identity.guidelines import GuidelinesPanel
from planner.ui.identity.importer import import_files
from planner.ui.identity.library import LibraryPanel
from planner.ui.widgets import heading
from planner.ui.workspace_widget import WorkspaceWidget

TOPICS = ("all", "identity", "campaigns")
LIBRARY, COLOURS, FONTS, GUIDELINES = range(4)


def load_specs() -> list[ImageSpec]:
    return parse_specs(resource("platform_image_specs.json").read_text("utf-8"))


class IdentityView(WorkspaceWidget):
    """Brand kits and the asset library. Reads the workspace when first shown, not before."""

    def __init__(
        self, doc: Document, formatter: Formatter, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(doc, formatter, dialogs, parent)
        self.kits: list[BrandKit] = []
        self._loaded = False
        self._stale = False

        self.kit = QComboBox()
        self.kit.setAccessibleName(self.tr("Brand kit"))
        self.kit.setMinimumContentsLength(24)
        self.kit.currentIndexChanged.connect(lambda: self._kit_changed())
        self.new_kit = self._button("add", self.tr("New kit"), self.add_kit)
        self.delete_kit = self._button("delete", self.tr("Delete kit"), self.remove_kit)
        self.sheet = self._button("export", self.tr("Brand sheet…"), self.export_sheet)
        self.sheet.setToolTip(
            self.tr("Save a one-page sheet of the kit's colours, fonts and logos as a PNG picture")
        )

        self.library = LibraryPanel(doc, formatter, dialogs, load_specs(), self.current_kit_id)
        self.library.message.connect(self.message)
        self._panels: dict[int, QWidget] = {0: self.library}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.library, icon("image"), self.tr("Library"))
        # the other tabs are built when first opened: the library is what shows first
        for name, text in (
            ("identity", self.tr("Colour palette")),
            ("font", self.tr("Fonts")),
            ("edit", self.tr("Kit and guidelines")),
        ):
            self.tabs.addTab(QWidget(), icon(name), text)
        self.tabs.currentChanged.connect(self._panel)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Visual identity")))
        top.addStretch(1)
        top.addWidget(self.kit)
        for button in (self.new_kit, self.delete_kit, self.sheet):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        doc.changed.connect(self._on_changed)

    @property
    def colours(self) -> ColoursPanel:
        panel = self._panel(COLOURS)
        assert isinstance(panel, ColoursPanel)
        return panel

    @property
    def fonts(self) -> FontsPanel:
        panel = self._panel(FONTS)
        assert isinstance(panel, FontsPanel)
        return panel

    @property
    def guidelines(self) -> GuidelinesPanel:
        panel = self._panel(GUIDELINES)
        assert isinstance(panel, GuidelinesPanel)
        return panel

    def _panel(self, index: int) -> QWidget:
        """The panel of tab `index`, built (and given the current kit) the first time."""
        if index in self._panels or index < 0:
            return self._panels.get(index, self.library)
        panel: ColoursPanel | FontsPanel | GuidelinesPanel
        if index == COLOURS:
            panel = ColoursPanel(self.doc, self.fmt)
        elif index == FONTS:
            panel = FontsPanel(self.doc, self.fmt, self.dialogs, self._import_fonts)
        else:
            panel = GuidelinesPanel(self.doc, self.fmt)
        panel.message.connect(self.message)
        self._panels[index] = panel
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        tab_icon, tab_text = self.tabs.tabIcon(index), self.tabs.tabText(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, panel, tab_icon, tab_text)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        self._fill(index)
        return panel

    def _button(self, icon_name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.clicked.connect(slot)
        return button

    # loading -----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded or self._stale:
            self.reload()

    def _on_changed(self, topic: str) -> None:
        if topic not in TOPICS:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        """Read kits and files again, keeping the chosen kit."""
        self._loaded, self._stale = True, False
        chosen = self.current_kit_id()
        self.kits = self.doc.workspace.kits.all()
        self.kit.blockSignals(True)
        self.kit.clear()
        for kit in self.kits:
            self.kit.addItem(
                icon("identity", kit.colours[0].hex if kit.colours else None),
                isolate(kit.name),
                kit.id,
            )
        if not self.kits:
            self.kit.addItem(self.tr("No brand kit yet"), None)
        self.kit.setCurrentIndex(max(0, self.kit.findData(chosen)) if chosen is not None else 0)
        self.kit.blockSignals(False)
        self.library.reload(self.kits)
        self._kit_changed()

    def current_kit_id(self) -> int | None:
        value = self.kit.currentData()
        return int(value) if value is not None else None

    def current_kit(self) -> BrandKit | None:
        kit_id = self.current_kit_id()
        return next((k for k in self.kits if k.id == kit_id), None)

    def _kit_changed(self) -> None:
        kit = self.current_kit()
        for index in self._panels:
            self._fill(index)
        self.delete_kit.setEnabled(kit is not None)
        self.sheet.setEnabled(kit is not None)

    def _fill(self, index: int) -> None:
        """Give a built panel the current kit."""
        kit = self.current_kit()
        panel = self._panels[index]
        if isinstance(panel, ColoursPanel):
            panel.set_kit(kit)
        elif isinstance(panel, FontsPanel):
            fonts = (
                self.doc.workspace.assets.of_kit(kit.id, AssetKind.FONT) if kit and kit.id else []
            )
            panel.set_fonts(fonts, kit is not None)
        elif isinstance(panel, GuidelinesPanel):
            campaigns = self.doc.workspace.kits.campaigns_using(kit.id) if kit and kit.id else []
            panel.set_kit(kit, campaigns)

    # kits --------------------------------------------------------------------------------------
    def add_kit(self) -> None:
        kit = BrandKit(self.tr("New brand kit"))
        command = SaveKit(self.doc, None, kit, self.tr("Add brand kit"))
        self.doc.undo_stack.push(command)
        assert command.after is not None  # an added kit
        self.kit.setCurrentIndex(self.kit.findData(command.after.id))
        self.tabs.setCurrentWidget(self.guidelines)
        self.guidelines.name.setFocus()
        self.guidelines.name.selectAll()
        self.message.emit(self.tr("Brand kit added"))

    def remove_kit(self) -> None:
        kit = self.current_kit()
        if kit is None or kit.id is None:
            return
        campaigns = self.doc.workspace.kits.campaigns_using(kit.id)
        text = self.tr("Delete the brand kit “%1”? Its files stay in the library, without a kit.")
        if campaigns:
            text += " " + self.fmt.counted(
                self.tr("%n campaigns use it and will have no kit.", "", len(campaigns)),
                len(campaigns),
            )
        text += " " + self.tr("You can undo this with Ctrl+Z.")
        if not self.dialogs.confirm(
            self, self.tr("Delete brand kit"), text.replace("%1", bidi.isolate(kit.name), 1)
        ):
            return
        self.doc.undo_stack.push(DeleteKit(self.doc, kit.id, self.tr("Delete brand kit")))
        self.message.emit(self.tr("Brand kit deleted"))

    def export_sheet(self) -> None:
        kit = self.current_kit()
        if kit is None or kit.id is None:
            return
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        suggested = folder / safe_file_name(kit.name, AssetFormat.PNG)
        path = self.dialogs.save_file(
            self, self.tr("Save the brand sheet"), self.tr("PNG pictures (*.png)"), str(suggested)
        )
        if path is None:
            return
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        try:
            export_brand_sheet_png(path, kit_sheet(self.doc.workspace, kit.id), self.fmt)
        except OSError as exc:
            self.dialogs.error(
                self,
                self.tr("Save the brand sheet"),
                self.tr("The picture could not be written: %1").replace("%1", str(exc)),
            )
            return
        self.message.emit(self.tr("Brand sheet saved to %1").replace("%1", str(path)))

    def _import_fonts(self, paths: list[Path]) -> None:
        report = import_files(self.doc, paths, self.current_kit_id(), self.fmt, self)
        self.message.emit(report.summary(self.fmt))
        if report.refused:
            self.dialogs.error(
                self, self.tr("Some files were not imported"), report.refusals(self.fmt)
            )
