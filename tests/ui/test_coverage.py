"""The Coverage screen as the officer uses it: charts drawn on demand, campaign and period
choice, exports, statistics import (undoable, refused whole when bad), follower counts and
reach rates."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from planner.domain.bidi import unmarked
from planner.domain.coverage.stats_layouts import Layout, LayoutKind, StatField
from planner.domain.model import Platform
from planner.formatting import Digits, Formatter
from planner.reports import charts
from planner.ui import plain
from planner.ui.document import Document

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def english(qapp):
    """These tests read English sentences, whatever language an earlier test left."""
    from planner.i18n import language

    language.install_language("en")


@pytest.fixture
def view(qtbot, workspace, dialogs):
    from planner.ui.coverage.view import CoverageView

    doc = Document(workspace)
    screen = CoverageView(doc, Formatter("en", Digits.LATIN), dialogs, "en", today=lambda: TODAY)
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_building_the_main_window_loads_no_matplotlib(tmp_path):
    """Start-up (import planner.app, build the window) never imports matplotlib."""
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import planner.app
from PySide6.QtCore import QSettings
from planner.storage.full_sample import create_sample
from planner.qtapp import make_qapplication
from planner.app import Application
from planner.ui.document import Document
from planner.settings import Settings
app = make_qapplication()
settings = Settings(QSettings(r"{tmp_path / "s.ini"}", QSettings.Format.IniFormat))
shell = Application(settings)
from pathlib import Path
shell.show_document(Document(create_sample(Path(r"{tmp_path / "w.planner"}"))))
app.processEvents()
assert any(s.key == "coverage" for s in shell.window.screens)
print("matplotlib" in sys.modules)
"""
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_the_running_campaign_is_charted_when_the_screen_opens(view):
    """Opening the screen draws the first chart of the campaign in flight, with its sentence."""
    assert (
        unmarked(view.campaign.currentText()) == "A Cleaner Muscat Is a Lovelier Muscat"
    )  # English
    pane = view.panes[0]
    assert pane.canvas is not None and pane.canvas.figure.axes
    assert pane.summary.text().startswith(
        "35 posts (53 counting each platform) are planned over 8 weeks"
    )
    assert view.panes[1].canvas is None  # the other charts wait until their tab is shown


def test_a_chart_is_drawn_once_per_change_at_the_size_it_is_shown(view, qtbot, monkeypatch):
    """The canvas draws when painted, at its laid-out size in device pixels, and once more
    after another campaign is chosen, not on every paint."""
    canvas = view.panes[0].canvas
    qtbot.waitUntil(lambda: not canvas.pending)
    assert not canvas.figure.stale
    ratio = canvas.devicePixelRatioF()
    assert (canvas.image.width(), canvas.image.height()) == (
        round(canvas.width() * ratio),
        round(canvas.height() * ratio),
    )
    draws = []
    monkeypatch.setattr(canvas.agg, "draw", lambda: draws.append(1))
    canvas.repaint()
    assert draws == []
    view.campaign.setCurrentIndex(view.campaign.findText(plain.shown("Building Permits Online")))
    assert canvas.figure.stale
    qtbot.waitUntil(lambda: not canvas.pending)
    canvas.repaint()
    assert draws == [1]


def test_after_a_campaign_switch_the_chart_fills_its_canvas(view, qtbot):
    """The chart of another campaign is drawn at the canvas's size, not at the print size
    the chart builder gives its figure."""
    canvas = view.panes[0].canvas
    for name in ("Building Permits Online", "A Cleaner Muscat Is a Lovelier Muscat"):
        view.campaign.setCurrentIndex(view.campaign.findText(plain.shown(name)))
        qtbot.waitUntil(lambda: not canvas.pending)
        ratio = canvas.devicePixelRatioF()
        assert (round(canvas.figure.bbox.width), round(canvas.figure.bbox.height)) == (
            round(canvas.width() * ratio),
            round(canvas.height() * ratio),
        )


def test_switching_tab_and_campaign_redraws(view, qtbot):
    """Each tab draws its chart when shown; choosing another campaign redraws."""
    view.tabs.setCurrentIndex(charts.NAMES.index("budget"))
    budget = view.panes[charts.NAMES.index("budget")]
    assert "OMR\xa01,470;" in budget.summary.text()  # TikTok grew from 300 after approval
    view.campaign.setCurrentIndex(view.campaign.findText(plain.shown("Building Permits Online")))
    assert "OMR\xa0760;" in budget.summary.text()


def test_a_period_charts_every_campaign_in_it(view):
    """The last entry charts all campaigns between two dates."""
    view.campaign.setCurrentIndex(view.campaign.count() - 1)
    assert view.start.isVisible() and view.end.isVisible()
    view.start.setDate(QDate(2026, 9, 1))
    view.end.setDate(QDate(2027, 2, 28))
    assert len(view.inp.campaigns) == 3
    view.start.setDate(QDate(2026, 11, 1))
    assert len(view.inp.campaigns) == 2


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_export_saves_the_chart_on_screen(view, dialogs, tmp_path, kind):
    """Export writes the current chart as a 200-dpi PNG or an SVG and says so."""
    target = tmp_path / f"segments.{kind}"
    dialogs.files.append(target)
    view.tabs.setCurrentIndex(charts.NAMES.index("segments"))
    messages = []
    view.message.connect(messages.append)
    view.export(kind)
    data = target.read_bytes()
    if kind == "png":
        assert int.from_bytes(data[16:20], "big") == 1600
    else:
        assert b"<svg" in data[:400]
    assert messages and str(target) in messages[0]


INSTAGRAM = (
    "Post ID,Account ID,Account username,Account name,Description,Duration (sec),"
    "Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,"
    "Comments,Saves\n"
    "9001,1784,muscatmun,Muscat,first,0,{when},https://instagram.com/p/1,IG image,,Lifetime,"
    '"12,000",8000,300,20,5,15,40\n'
    "9002,1784,muscatmun,Muscat,a story,0,01/02/2020 10:00,https://instagram.com/p/2,"
    "IG story,,Lifetime,500,400,3,0,0,0,0\n"
)


def test_import_matches_rows_is_undoable_and_lists_the_unmatched(view, dialogs, tmp_path):
    """A Meta export is read, matched to the plan and stored in one undoable step; the row
    that matches nothing is listed."""
    ws = view.doc.workspace
    post = next(
        p
        for p in ws.posts.for_campaign(1)
        if Platform.INSTAGRAM in p.platforms and p.scheduled_at and p.scheduled_at.date() > TODAY
    )
    when = (post.scheduled_at + dt.timedelta(minutes=20)).strftime("%m/%d/%Y %H:%M")
    source = tmp_path / "ig.csv"
    source.write_text(INSTAGRAM.format(when=when), encoding="utf-8")
    before = len(ws.coverage.stats())
    dialogs.files.append(source)
    messages = []
    view.message.connect(messages.append)
    view.import_statistics()
    rows = {r.external_id: r for r in ws.coverage.stats()}
    assert rows["9001"].post_id == post.id and rows["9001"].reach == 8000
    assert rows["9002"].post_id is None
    assert "2 rows imported" in messages[0] and "1 matched" in messages[0]
    assert view.tabs.currentIndex() == charts.NAMES.index("actual")
    texts = [
        view.unmatched_model.index(r, 2).data() for r in range(view.unmatched_model.rowCount())
    ]
    assert "a story" in texts
    view.doc.undo_stack.undo()
    assert len(ws.coverage.stats()) == before
    view.doc.undo_stack.redo()
    assert ws.coverage.stats_between(post.scheduled_at.date(), post.scheduled_at.date())


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "empty"),
        ("Post ID,Publish time,Page ID\n1,أمس,2\n".encode("cp1256"), "UTF-8"),
        (b"Post ID,Publish time,Page ID,Reach\n1,13/45/2026 10:00,2,5\n", "Line 2"),
    ],
)
def test_a_bad_file_is_refused_with_a_message_and_nothing_written(
    view, dialogs, tmp_path, content, words
):
    """Empty, non-UTF-8 or malformed files: a clear error, no row, nothing to undo."""
    source = tmp_path / "bad.csv"
    source.write_bytes(content)
    before = len(view.doc.workspace.coverage.stats())
    dialogs.files.append(source)
    view.import_statistics()
    assert dialogs.errors and words in dialogs.errors[0][1]
    assert len(view.doc.workspace.coverage.stats()) == before
    assert not view.doc.undo_stack.canUndo()


def test_an_unknown_layout_is_imported_through_a_mapping(qtbot, workspace, dialogs, tmp_path):
    """Columns that are not X's or Meta's are mapped by the officer; cancelling writes
    nothing."""
    from planner.ui.coverage.view import CoverageView

    answers = [
        None,
        Layout(
            LayoutKind.CUSTOM,
            {StatField.PUBLISHED: ["Posted"], StatField.IMPRESSIONS: ["Views"]},
            Platform.TIKTOK,
        ),
    ]
    asked = []

    def ask(parent, header):
        asked.append(header)
        return answers.pop(0)

    screen = CoverageView(
        Document(workspace), Formatter("en"), dialogs, "en", today=lambda: TODAY, ask_mapping=ask
    )
    qtbot.addWidget(screen)
    source = tmp_path / "tiktok.csv"
    source.write_text("Posted,Views\n2020-01-05 21:00,1200\n", encoding="utf-8")
    before = len(workspace.coverage.stats())
    dialogs.files += [source, source]
    screen.import_statistics()
    assert len(workspace.coverage.stats()) == before
    screen.import_statistics()
    assert asked == [["Posted", "Views"]] * 2
    assert len(workspace.coverage.stats()) == before + 1


def test_follower_counts_are_entered_and_undone(view):
    """A count entered in the dialog is stored at once and undone with Ctrl+Z."""
    from planner.ui.coverage.dialogs import FollowersDialog

    dialog = FollowersDialog(view.doc, view.fmt, TODAY, view)
    dialog.count.setValue(413_500)
    dialog.record()
    store = view.doc.workspace.coverage
    account = dialog.current_account()
    assert store.followers_on(account.id, TODAY) == 413_500
    assert dialog.history.item(0).text().endswith("413,500")
    view.doc.undo_stack.undo()
    assert store.followers_on(account.id, TODAY) is None
    dialog.close()


def test_reach_rates_are_changed_and_reset(view):
    """An own rate replaces the default; the estimate follows; undo brings the default back."""
    from planner.ui.coverage.dialogs import RatesDialog

    dialog = RatesDialog(view.doc, view.fmt, view)
    dialog.spins[Platform.X].setValue(8.0)
    dialog.accept()
    store = view.doc.workspace.coverage
    assert store.rates()[Platform.X].rate == 0.08 and not store.rates()[Platform.X].default
    view.tabs.setCurrentIndex(charts.NAMES.index("reach"))
    assert view.inp.rates[Platform.X].rate == 0.08
    view.doc.undo_stack.undo()
    assert store.rates()[Platform.X].default


def test_an_empty_workspace_says_what_to_do(qtbot, empty_workspace, dialogs):
    """With no campaign the screen explains how to get charts instead of drawing nothing."""
    from planner.ui.coverage.view import CoverageView

    screen = CoverageView(Document(empty_workspace), Formatter("en"), dialogs, "en")
    qtbot.addWidget(screen)
    screen.show()
    assert screen.empty.isVisible() and not screen.tabs.isVisible()


def test_the_screen_sits_after_campaigns_in_the_navigation(app_shell, workspace):
    """The main window lists Coverage, in Arabic, and opens it."""
    from planner.storage.workspace import Workspace

    path = workspace.path
    workspace.close()
    app_shell.show_document(Document(Workspace.open(path, backup=False)))
    window = app_shell.window
    keys = [s.key for s in window.screens]
    assert keys.index("coverage") > keys.index("campaigns")
    window.show_screen("coverage")
    assert window.nav.currentItem().text() == "التغطية"


def test_import_asks_before_storing_a_file_with_warnings(view, dialogs, tmp_path):
    """Mangled ids and repeated posts are listed with their lines; refused, nothing is stored;
    accepted, the rows are stored."""
    from tests.storage.test_stats_checks import RESAVED

    ws = view.doc.workspace
    source = tmp_path / "ig.csv"
    source.write_text(RESAVED, encoding="utf-8")
    before = len(ws.coverage.stats())
    dialogs.files.append(source)
    dialogs.confirmations.append(False)
    view.import_statistics()
    assert len(ws.coverage.stats()) == before
    assert "2, 3" in dialogs.asked[-1] and "1.8014E+17" in dialogs.asked[-1]
    dialogs.files.append(source)
    dialogs.confirmations.append(True)
    view.import_statistics()
    assert len(ws.coverage.stats()) == before + 1
