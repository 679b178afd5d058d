"""User text is never markup: every screen, tab and the composer of a workspace whose every
text field holds HTML and an <img> naming a local file shows the characters, never opens it."""

import ctypes
import ctypes.util
import datetime as dt
import os
import sqlite3
import struct
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QTabWidget,
    QToolTip,
    QWidget,
)

from planner.storage.workspace import Workspace
from planner.ui import plain
from planner.ui.campaigns.editor.view import TABS
from planner.ui.document import Document

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses inotify")

# Free-text columns of the workspace: names, aims, messages, posts, handles, crisis texts...
# (codes, dates, colours and JSON columns are left valid, so that the rows still load).
FIELDS = {
    "segments": ["name", "description"],
    "accounts": ["handle", "url"],
    "campaigns": ["name", "name_en", "owner", "aim", "proposition", "approver"],
    "objectives": ["text"],
    "kpis": ["unit", "measurement"],
    "audience": ["insight", "barriers"],
    "messages": ["text", "text_en"],
    "partners": ["name", "handle"],
    "phases": ["name", "goal"],
    "reports": ["title"],
    "posts": ["base_text", "notes"],
    "post_platforms": ["text"],
    "crisis_playbooks": ["name", "description"],
    "crisis_playbook_steps": ["text", "owner"],
    "crisis_responses": ["title", "text"],
    "crisis_partners": ["name", "notes"],
    "crisis_incidents": ["title", "notes"],
    "crisis_incident_steps": ["text", "owner"],
    "crisis_requests": ["summary", "outcome"],
    "crisis_security": ["notes"],
    "brand_kits": ["name", "name_en"],
    "brand_colours": ["name"],
    "assets": ["name", "alt_text"],
    "local_occasions": ["name", "name_en", "notes"],
    "hashtag_sets": ["name"],
    "snippets": ["name", "text"],
}
IN_OPEN, IN_ACCESS = 0x20, 0x01


class Opened:
    """Whether any process opens or reads `path` (Linux inotify, so Qt's own C++ reads count)."""

    def __init__(self, path: Path) -> None:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self.fd = libc.inotify_init1(os.O_NONBLOCK)
        assert self.fd >= 0
        assert libc.inotify_add_watch(self.fd, str(path).encode(), IN_OPEN | IN_ACCESS) >= 0

    def events(self) -> int:
        try:
            data = os.read(self.fd, 4096)
        except BlockingIOError:
            return 0
        return len(data) // struct.calcsize("iIII")

    def close(self) -> None:
        os.close(self.fd)


def poison(path: Path, bait: Path) -> str:
    """Write markup and an <img> of `bait` into every free-text field of the workspace file."""
    markup = f'<b>B</b><img src="{bait}"><a href="x">A</a>'
    db = sqlite3.connect(path)
    with db:
        for table, columns in FIELDS.items():
            for column in columns:
                db.execute(
                    f'UPDATE "{table}" SET "{column}" = ? || \' \' || rowid'
                    f' WHERE "{column}" IS NOT NULL AND "{column}" != \'\'',
                    (markup,),
                )
    db.close()
    return markup


def widgets(root: QWidget) -> list[QWidget]:
    return [root, *root.findChildren(QWidget)]


def show_every_tab(window: QWidget) -> None:
    for tabs in window.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()


def select_first_rows(window: QWidget) -> None:
    """Select the first row of every view, so that detail panes show a record."""
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(view, QHeaderView) or model is None or not model.rowCount():
            continue
        view.setCurrentIndex(model.index(0, 0))
        QApplication.processEvents()


def check_labels(window: QWidget, seen: list[str]) -> None:
    """A label showing user text shows the characters of its markup: it is plain, or its own
    HTML escapes them."""
    for label in window.findChildren(QLabel):
        text = label.text()
        if "img src" not in text and "&lt;img" not in text:
            continue
        seen.append(text)
        if label.textFormat() == Qt.TextFormat.PlainText:
            continue
        assert label.property(plain.RICH), f"{label.objectName()!r} shows {text!r} as markup"
        doc = QTextDocument()
        doc.setHtml(text)
        assert "<img" in doc.toPlainText()


def tooltip_of(widget: QWidget, pos: QPoint) -> str:
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    return QToolTip.text()


def check_tooltips(window: QWidget, seen: list[str]) -> None:
    """Every tooltip holding user markup is shown as its characters."""
    targets: list[tuple[QWidget, QPoint]] = []
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(view, QHeaderView) or model is None or not view.isVisible():
            continue
        for row in range(min(model.rowCount(), 5)):
            for column in range(30):
                index = model.index(row, column)
                if not index.isValid():
                    break
                rect = view.visualRect(index)
                if rect.isValid() and view.viewport().rect().contains(rect.center()):
                    targets.append((view.viewport(), rect.center()))
    for widget in window.findChildren(QWidget):
        if "img src" in widget.toolTip() and widget.isVisible():
            targets.append((widget, widget.rect().center()))
    for widget, pos in targets:
        shown = tooltip_of(widget, pos)
        if "img src" not in shown:
            continue
        seen.append(shown)
        if GuiQt.mightBeRichText(shown):
            doc = QTextDocument()
            doc.setHtml(shown)
            assert "<img" in doc.toPlainText(), shown


@pytest.fixture
def hostile(app_shell, workspace, tmp_path):
    """The sample workspace with markup in every text field, open in the window."""
    bait = tmp_path / "bait.png"
    bait.write_bytes(b"\x89PNG\r\n\x1a\n")  # a picture Qt would try to read if told to
    path = Path(workspace.path)
    workspace.close()
    markup = poison(path, bait)
    watch = Opened(bait)
    app_shell.show_document(Document(Workspace.open(path, backup=False)))
    window = app_shell.window
    window.resize(1280, 800)
    window.show()
    yield window, watch, markup
    watch.close()


def app_shell_doc(window):
    return window.ctx.doc


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tooltips
def test_no_screen_renders_user_markup_or_opens_the_file_it_names(hostile, qtbot):
    """Every screen and tab, every view's first record, the campaign editor's tabs and the
    composer: labels and tooltips show '<img src=...>' as text and the file is never read."""
    window, watch, markup = hostile
    qtbot.waitExposed(window)
    labels: list[str] = []
    tips: list[str] = []
    for screen in window.screens:
        window.show_screen(screen.key)
        QApplication.processEvents()
        select_first_rows(window)
        show_every_tab(window)
        check_labels(window, labels)
        check_tooltips(window, tips)
    campaigns = window.screen("campaigns")
    window.show_screen("campaigns")
    workspace = app_shell_doc(window).workspace
    ids = [c.id for c in workspace.campaigns.summaries()]
    for campaign_id in ids[:2]:
        for tab in TABS:
            campaigns.open_campaign(campaign_id, tab)
            QApplication.processEvents()
            select_first_rows(campaigns)
            check_labels(window, labels)
            check_tooltips(window, tips)
    assert any(markup.split(" ")[0] in t for t in labels), "no label showed user text"
    assert tips, "no tooltip showed user text"
    window.show_screen("calendar")
    calendar = window.screen("calendar")
    post = workspace.posts.between(dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1))[0]
    composer = calendar.open_composer(post)
    QApplication.processEvents()
    check_labels(composer, labels)
    check_tooltips(composer, tips)
    composer.close()
    assert watch.events() == 0, "a label or tooltip opened the file its user text names"


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen platform
@pytest.mark.parametrize("kind", ["confirm", "error", "info", "choose"])
def test_message_boxes_show_user_markup_as_text(app_shell, tmp_path, qtbot, kind):
    """The real dialogs (QMessageBox, automatic format by default) show a name holding markup
    as its characters and never read the file its <img> names."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from planner.ui.dialogs import Dialogs

    bait = tmp_path / "bait.png"
    bait.write_bytes(b"\x89PNG\r\n\x1a\n")
    watch = Opened(bait)
    text = f'Delete “<b>B</b><img src="{bait}">”?'
    seen: list[tuple[Qt.TextFormat, str]] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        label = next(lb for lb in box.findChildren(QLabel) if "img" in lb.text())
        seen.append((label.textFormat(), label.text()))
        box.reject()

    QTimer.singleShot(0, look)
    dialogs = Dialogs()
    if kind == "choose":
        dialogs.choose(None, "t", text, ["a", "b"])
    else:
        getattr(dialogs, kind)(None, "t", text)
    assert seen and seen[0][0] == Qt.TextFormat.PlainText and "<img" in seen[0][1]
    assert watch.events() == 0
    watch.close()
