"""The asset library as the officer meets it: the grid, search, filters, import by drop and by
dialog, export, and undoable delete with a warning when posts use a file."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from planner.domain.identity import AssetKind
from planner.ui.identity.model import NO_KIT, IdRole
from tests.identity_files import jpeg_claiming, otf, raster, svg
from tests.ui.identity_helpers import open_identity


def names(view) -> list[str]:
    proxy = view.library.proxy
    return [proxy.index(r, 0).data(Qt.ItemDataRole.EditRole) for r in range(proxy.rowCount())]


def select_named(library, name: str) -> None:
    asset = next(a for a in library.doc.workspace.assets.all() if a.name == name)
    library.select(asset.id)


def drop(widget, paths: list[Path]) -> bool:
    """Drop files on a widget the way a file manager does; whether the drop was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(20, 20)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)  # the drop goes to the widget that took the enter
    event = QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, event)
    taken = enter.isAccepted() and event.isAccepted()
    del enter, event, mime
    return taken


def test_the_sample_library_shows_with_thumbnails_made_once(app_shell, workspace, qtbot):
    """Every file of the sample shows; the thumbnails missing from the sample are made once."""
    window, view = open_identity(app_shell, workspace)
    qtbot.waitExposed(window)
    ws = app_shell.doc.workspace
    assert view.library.model.rowCount() == 11
    assert ws.assets.missing_thumbnails() == []
    assert view.kit.currentText().strip("\u2068\u2069") == "الهوية البصرية لبلدية مسقط"
    assert "١١" in view.library.count.text()


def test_search_is_arabic_aware_and_covers_tags_and_alt_text(app_shell, workspace):
    """Hamza, diacritics and taa marbuta are ignored; tags and alt text are searched."""
    _, view = open_identity(app_shell, workspace)
    view.library.search.setText("الشّعار الرئيسى")
    assert names(view) == ["الشعار الرئيسي"]
    view.library.search.setText("خلفية داكنة")  # a tag
    assert names(view) == ["الشعار باللون الأبيض"]
    view.library.search.setText("امواج البحر")  # in the alt text, without hamza
    assert set(names(view)) == {"الشعار الرئيسي", "غلاف حساب إكس"}


def test_filters_by_kind_kit_and_format(app_shell, workspace):
    """The three filters narrow the grid, together with the search."""
    _, view = open_identity(app_shell, workspace)
    lib = view.library
    lib.kind.setCurrentIndex(lib.kind.findData(AssetKind.FONT.value))
    assert len(names(view)) == 3
    lib.kind.setCurrentIndex(0)
    lib.format.setCurrentIndex(lib.format.findData("svg"))
    assert len(names(view)) == 3  # two logos and the campaign's watermark
    campaign_kit = lib.doc.workspace.kits.ids_by_name("هوية حملة «مسقط أجمل بنظافتها»")[0]
    lib.kit.setCurrentIndex(lib.kit.findData(campaign_kit))
    assert names(view) == ["العلامة المائية للحملة"]
    lib.kit.setCurrentIndex(lib.kit.findData(NO_KIT))
    assert names(view) == []
    assert lib.stack.currentWidget() is lib.empty


def test_dropping_several_files_imports_the_good_ones_and_explains_the_rest(
    app_shell, workspace, dialogs, tmp_path, qtbot
):
    """A drop of four files: two stored, a renamed file and a scripted SVG refused, one undo."""
    window, view = open_identity(app_shell, workspace)
    qtbot.waitExposed(window)
    ws = app_shell.doc.workspace
    good = tmp_path / "صورة الميدان.png"
    good.write_bytes(raster("PNG", 300, 200))
    font = tmp_path / "خط.otf"
    font.write_bytes(otf())
    renamed = tmp_path / "photo.png"
    renamed.write_bytes(raster("JPEG"))
    scripted = tmp_path / "logo.svg"
    scripted.write_bytes(svg("<script>alert(1)</script>"))
    before = ws.assets.count()
    assert drop(view.library.grid.viewport(), [good, font, renamed, scripted])
    assert ws.assets.count() == before + 2
    added = [a for a in ws.assets.all() if a.name in ("صورة الميدان", "خط")]
    assert {a.kit_id for a in added} == {view.current_kit_id()}
    assert ws.assets.thumbnail(added[0].sha256) is not None
    _title, text = dialogs.errors[-1]
    assert "photo.png" in text and "logo.svg" in text and "صورة الميدان" not in text
    assert view.library.model.rowCount() == before + 2
    window.undo_action.trigger()
    assert ws.assets.count() == before
    window.redo_action.trigger()
    assert ws.assets.count() == before + 2


def test_dropping_on_the_empty_state_imports_too(app_shell, empty_workspace, dialogs, tmp_path):
    """With nothing in the library, the whole panel takes the drop."""
    _, view = open_identity(app_shell, empty_workspace, with_sample=False)
    lib = view.library
    assert lib.stack.currentWidget() is lib.empty
    picture = tmp_path / "a.gif"
    picture.write_bytes(raster("GIF"))
    drop(lib.empty, [picture])
    assert app_shell.doc.workspace.assets.count() == 1
    assert lib.stack.currentWidget() is lib.grid


def test_a_bomb_dropped_is_refused_and_nothing_stored(app_shell, workspace, dialogs, tmp_path):
    """A JPEG claiming 60000 x 50000 pixels is refused from its header, with a sentence."""
    _, view = open_identity(app_shell, workspace)
    bomb = tmp_path / "bomb.jpg"
    bomb.write_bytes(jpeg_claiming(60_000, 50_000))
    count = app_shell.doc.workspace.assets.count()
    drop(view.library.grid.viewport(), [bomb])
    assert app_shell.doc.workspace.assets.count() == count
    assert "ميغابكسل" in dialogs.errors[-1][1]


def test_import_by_dialog_and_the_same_file_twice(app_shell, workspace, dialogs, tmp_path):
    """Files chosen in the dialog join the current kit; the same file again is not stored twice."""
    _, view = open_identity(app_shell, workspace)
    picture = tmp_path / "cover.webp"
    picture.write_bytes(raster("WEBP", 1500, 500))
    dialogs.files.append([picture])
    view.library.import_dialog()
    ws = app_shell.doc.workspace
    asset = next(a for a in ws.assets.all() if a.name == "cover")
    assert asset.kind is AssetKind.COVER and asset.width == 1500
    count = ws.assets.count()
    dialogs.files.append([picture])
    view.library.import_dialog()
    assert ws.assets.count() == count
    assert view.library.current_id() == asset.id


def test_delete_warns_about_the_posts_using_it_and_is_undone(app_shell, workspace, dialogs):
    """Deleting a used file names how many posts use it; Ctrl+Z restores it and its links."""
    window, view = open_identity(app_shell, workspace)
    ws = app_shell.doc.workspace
    select_named(view.library, "قالب منشور الحملة")
    asset_id = view.library.current_id()
    dialogs.confirmations.append(True)
    view.library.delete_selected()
    assert "٤" in dialogs.asked[-1]
    assert asset_id not in [a.id for a in ws.assets.all()]
    window.undo_action.trigger()
    assert len(ws.assets.posts_using(asset_id)) == 4
    assert view.library.model.row_of(asset_id) >= 0


def test_delete_asks_first_and_can_be_cancelled(app_shell, workspace, dialogs):
    """Answering no to the confirmation keeps the file."""
    _, view = open_identity(app_shell, workspace)
    select_named(view.library, "الشعار الرئيسي")
    dialogs.confirmations.append(False)
    view.library.delete_selected()
    assert any(a.name == "الشعار الرئيسي" for a in app_shell.doc.workspace.assets.all())


def test_export_writes_the_file_back_under_a_safe_name(app_shell, workspace, dialogs, tmp_path):
    """Export suggests a safe name and writes the stored bytes unchanged."""
    _, view = open_identity(app_shell, workspace)
    select_named(view.library, "الشعار الرئيسي")
    target = tmp_path / "logo-copy"
    dialogs.files.append(target)
    view.library.export_current()
    written = tmp_path / "logo-copy.svg"
    asset_id = view.library.current_id()
    assert written.read_bytes() == app_shell.doc.workspace.assets.data(asset_id)
    assert dialogs.asked[-1] == "Export file" or dialogs.asked[-1].startswith("تصدير")


def test_detail_pane_edits_are_undoable(app_shell, workspace):
    """Renaming and tagging from the detail pane are saved at once and undone with Ctrl+Z."""
    window, view = open_identity(app_shell, workspace)
    select_named(view.library, "صورة الحساب")
    detail = view.library.detail
    asset_id = view.library.current_id()
    detail.name.setText("صورة حساب إكس")
    detail.name.editingFinished.emit()
    detail.tags.setText("إكس، رسمي; #مربع")
    detail.tags.editingFinished.emit()
    asset = app_shell.doc.workspace.assets.get(asset_id)
    assert asset.name == "صورة حساب إكس" and asset.tags == ["إكس", "رسمي", "مربع"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert app_shell.doc.workspace.assets.get(asset_id).name == "صورة الحساب"


def test_detail_shows_fitting_sizes_and_the_posts_using_it(app_shell, workspace):
    """The 400 x 400 profile picture fits profile slots; "used by" lists its post."""
    _, view = open_identity(app_shell, workspace)
    select_named(view.library, "صورة الحساب")
    detail = view.library.detail
    fits = [detail.fits.index(r, 0).data() for r in range(detail.fits.rowCount())]
    assert any("إكس" in f and "صورة الحساب" in f for f in fits)
    uses = [detail.uses.index(r, 0).data() for r in range(detail.uses.rowCount())]
    assert len(uses) == 1 and "تصاريح البناء" in uses[0]


def test_the_model_is_a_sound_qt_model(app_shell, workspace, qtmodeltester):
    """The grid's model and proxy pass Qt's own model checks."""
    _, view = open_identity(app_shell, workspace)
    qtmodeltester.check(view.library.model)
    qtmodeltester.check(view.library.proxy)
    assert view.library.proxy.index(0, 0).data(IdRole) is not None


def test_scrolling_the_grid_never_reads_a_file(app_shell, empty_workspace, monkeypatch, qtbot):
    """With many pictures, opening and scrolling the grid uses only the cached thumbnails:
    no file content is read, and each thumbnail is decoded at most once."""
    from planner.reports.identity.imaging import make_thumbnail
    from planner.storage.assets import AssetStore

    ws = empty_workspace
    for i in range(60):
        ws.assets.add(
            raster("PNG", 300, 200, colour=(i, 2 * i, 3 * i)),
            f"صورة {i}",
            thumbnailer=make_thumbnail,
        )

    def forbidden(self, *args):
        raise AssertionError("a file was read while showing the grid")

    monkeypatch.setattr(AssetStore, "data", forbidden)
    monkeypatch.setattr(AssetStore, "blob", forbidden)
    window, view = open_identity(app_shell, ws, with_sample=False)
    qtbot.waitExposed(window)
    grid = view.library.grid
    bar = grid.verticalScrollBar()
    assert bar.maximum() > 0
    first = view.library.model.decoded
    assert 0 < first < 60
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep() // 2):
        bar.setValue(value)
        grid.viewport().grab()
    bar.setValue(0)
    grid.viewport().grab()
    assert first < view.library.model.decoded <= 60
