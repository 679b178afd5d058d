"""The brand kit editor: colours with the contrast checker, fonts previewed in their own face,
guidelines as rich text, new and deleted kits, and the brand sheet; every edit undoable."""

from PySide6.QtGui import QColor, QFontDatabase, QImage

from planner.domain.identity import ColourRole
from planner.ui.identity.colours import ColourTableModel
from tests.ui.identity_helpers import open_identity


def test_contrast_checker_gives_the_wcag_verdicts(app_shell, workspace):
    """#777777 on white shows 4.48:1, fails AA for normal text and passes for large text."""
    _, view = open_identity(app_shell, workspace)
    checker = view.colours.checker
    checker.choose("#777777", "#ffffff")
    assert checker.ratio.text().strip("\u2066\u2069") == "٤٫٤٨:١"
    assert "✗" in checker.results["aa_normal"].text()
    assert "✓" in checker.results["aa_large"].text()
    checker.swap()
    assert checker.hex_of(checker.text_colour) == "#ffffff"
    checker.choose("#1d2b36", "#fbf8f2")  # the kit's text on its background
    assert all("✓" in label.text() for label in checker.results.values())
    checker.choose("not a colour", "#ffffff")
    assert checker.current is None


def test_the_checker_starts_on_the_kits_text_and_background(app_shell, workspace):
    """The kit's text colour on its background colour is checked without any choice."""
    _, view = open_identity(app_shell, workspace)
    checker = view.colours.checker
    assert checker.hex_of(checker.text_colour) == "#1d2b36"
    assert checker.hex_of(checker.background) == "#fbf8f2"


def test_colours_are_added_edited_and_removed_with_undo(app_shell, workspace):
    """Add, recolour, re-role and remove a colour; each is one undo step."""
    window, view = open_identity(app_shell, workspace)
    view.tabs.setCurrentWidget(view.colours)
    ws = app_shell.doc.workspace
    kit_id = view.current_kit_id()
    count = len(ws.kits.get(kit_id).colours)
    view.colours.add_colour()
    assert len(ws.kits.get(kit_id).colours) == count + 1
    model = view.colours.model
    row = count
    assert model.setData(model.index(row, ColourTableModel.HEX), "#C13584")
    assert not model.setData(model.index(row, ColourTableModel.HEX), "pink")
    assert model.setData(model.index(row, ColourTableModel.ROLE), ColourRole.ACCENT.value)
    colour = ws.kits.get(kit_id).colours[row]
    assert (colour.hex, colour.role) == ("#c13584", ColourRole.ACCENT)
    view.colours.pick_colour = lambda initial, parent, title: QColor("#123456")
    view.colours.select_row(row)
    view.colours.pick()
    assert ws.kits.get(kit_id).colours[row].hex == "#123456"
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert ws.kits.get(kit_id).colours[row].hex == "#808080"
    view.colours.select_row(row)
    view.colours.remove_colour()
    assert len(ws.kits.get(kit_id).colours) == count


def test_fonts_are_previewed_in_their_own_face(app_shell, workspace):
    """The kit's font is loaded from the workspace for the program only and used in the preview."""
    _, view = open_identity(app_shell, workspace)
    view.tabs.setCurrentWidget(view.fonts)
    fonts = view.fonts
    assert fonts.model.rowCount() == 3
    assert fonts.lines[0].font().family() == "Noto Sans Arabic"
    assert "Noto Sans Arabic" in QFontDatabase.families()
    fonts.sample.setText("مرحبًا")
    assert fonts.lines[0].text() == "مرحبًا"
    fonts.size_slider.setValue(40)
    assert fonts.lines[1].font().pointSize() == 40


def test_guidelines_are_saved_as_markdown_and_undone(app_shell, workspace, qtbot):
    """Typed guidelines are saved once typing pauses; Ctrl+Z brings the old text back."""
    window, view = open_identity(app_shell, workspace)
    view.tabs.setCurrentWidget(view.guidelines)
    panel = view.guidelines
    ws = app_shell.doc.workspace
    kit_id = view.current_kit_id()
    old = ws.kits.get(kit_id).guidelines
    assert panel.editor.toPlainText().startswith("الشعار")
    panel.editor.setFocus()
    panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.End)
    panel.editor.insertPlainText("\nلا تضع الشعار على صور مزدحمة.")
    panel.flush()
    assert "لا تضع الشعار على صور مزدحمة" in ws.kits.get(kit_id).guidelines
    window.undo_action.trigger()
    assert ws.kits.get(kit_id).guidelines == old


def test_the_guidelines_editor_never_loads_outside_files(app_shell, workspace, tmp_path):
    """A pasted image pointing at a local file is not read into the editor."""
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\n")
    _, view = open_identity(app_shell, workspace)
    editor = view.guidelines.editor
    assert editor.loadResource(2, secret.as_uri()) is None


def test_a_new_kit_is_named_then_deleted_and_restored(app_shell, workspace, dialogs):
    """New kit opens its name for typing; deleting it asks, unlinks, and Ctrl+Z restores it."""
    window, view = open_identity(app_shell, workspace)
    ws = app_shell.doc.workspace
    view.add_kit()
    kit_id = view.current_kit_id()
    assert view.tabs.currentWidget() is view.guidelines
    view.guidelines.name.setText("هوية اليوم الوطني")
    view.guidelines.name.editingFinished.emit()
    assert ws.kits.get(kit_id).name == "هوية اليوم الوطني"
    assert view.kit.currentText().strip("\u2068\u2069") == "هوية اليوم الوطني"
    dialogs.confirmations.append(True)
    view.remove_kit()
    assert kit_id not in [k.id for k in ws.kits.all()]
    window.undo_action.trigger()
    assert ws.kits.get(kit_id).name == "هوية اليوم الوطني"


def test_deleting_a_kit_used_by_campaigns_says_so(app_shell, workspace, dialogs):
    """The confirmation names how many campaigns lose the kit; undo gives it back to them."""
    window, view = open_identity(app_shell, workspace)
    ws = app_shell.doc.workspace
    kit_id = view.current_kit_id()
    using = ws.kits.campaigns_using(kit_id)
    assert using
    dialogs.confirmations.append(True)
    view.remove_kit()
    assert "تستخدمها حملتان" in dialogs.asked[-1]  # the dual: no number
    assert all(ws.campaigns.get(c).brand_kit_id is None for c, _ in using)
    window.undo_action.trigger()
    assert all(ws.campaigns.get(c).brand_kit_id == kit_id for c, _ in using)


def test_the_brand_sheet_is_saved_as_a_png(app_shell, workspace, dialogs, tmp_path):
    """The sheet of the chosen kit is written as an A4-shaped PNG."""
    _, view = open_identity(app_shell, workspace)
    target = tmp_path / "sheet"
    dialogs.files.append(target)
    view.export_sheet()
    image = QImage(str(tmp_path / "sheet.png"))
    assert not image.isNull() and image.width() == 1240 and image.height() == 1754
