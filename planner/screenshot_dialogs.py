"""The dialogs `screenshot --view dialog:NAME` opens, each as the officer meets it, filled
from the sample workspace (the screens and tabs are in screenshot_views)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported only when a picture is taken: --help stays quick
    from PySide6.QtWidgets import QWidget

    from planner.ui.main_window import MainWindow
    from planner.ui.screens import ScreenContext


def _said(context: str, text: str, n: int = -1) -> str:
    """`text` as the class `context` says it (its translation is in that class's area; the
    arguments are variables so that lupdate does not count them twice)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, "", n)


def context_of(window: MainWindow) -> ScreenContext:
    """The window's collaborators (a window with a document has them)."""
    assert window.ctx is not None
    return window.ctx


def _new_campaign(window: MainWindow) -> QWidget:
    import datetime as dt

    from planner.ui.campaigns.dialogs import NewCampaignDialog

    return NewCampaignDialog(context_of(window).formatter, dt.date.today(), window)


def _composer(existing: bool) -> Callable[[MainWindow], QWidget]:
    def make(window: MainWindow) -> QWidget:
        from planner.domain.model import Post, PostStatus
        from planner.ui.calendar.view import CalendarView

        window.show_screen("calendar")
        view = window.screen("calendar")
        assert isinstance(view, CalendarView)
        assert window.ctx is not None
        store = context_of(window).doc.workspace.posts
        ids = context_of(window).doc.workspace.calendar.scheduled_ids() if existing else []
        post = store.get(ids[0]) if ids else Post("", [], PostStatus.IDEA)
        return view.open_composer(post)

    return make


def _library(window: MainWindow) -> QWidget:
    import datetime as dt

    from planner.ui.calendar.library import LibraryDialog

    ctx = context_of(window)
    return LibraryDialog(ctx.doc, ctx.dialogs, ctx.formatter, dt.date.today(), window)


def _hijri(window: MainWindow) -> QWidget:
    from planner.ui.calendar.hijri_dialog import HijriDialog

    return HijriDialog(
        context_of(window).doc, context_of(window).dialogs, context_of(window).formatter, window
    )


def _backups(window: MainWindow) -> QWidget:
    from planner.ui.backups_dialog import BackupsDialog

    return BackupsDialog(
        context_of(window).doc.workspace.path, context_of(window).formatter, window
    )


def _export_pdf(window: MainWindow) -> QWidget:
    from planner.ui.export_dialog import ExportPdfDialog

    ctx = context_of(window)
    return ExportPdfDialog(ctx.doc, ctx.settings, ctx.dialogs, None, window)


def _followers(window: MainWindow) -> QWidget:
    import datetime as dt

    from planner.ui.coverage.dialogs import FollowersDialog

    return FollowersDialog(
        context_of(window).doc, context_of(window).formatter, dt.date.today(), window
    )


def _rates(window: MainWindow) -> QWidget:
    from planner.ui.coverage.dialogs import RatesDialog

    return RatesDialog(context_of(window).doc, context_of(window).formatter, window)


def _duplicate(window: MainWindow) -> QWidget:
    import datetime as dt

    from planner.ui.campaigns.dialogs import DuplicateDialog

    first = context_of(window).doc.workspace.campaigns.summaries()[0]
    return DuplicateDialog(context_of(window).formatter, first.name, dt.date.today(), window)


def _decision(window: MainWindow) -> QWidget:
    """The decision on the latest version of the first campaign that has one."""
    import datetime as dt

    from planner.screenshot import open_campaign
    from planner.ui.campaigns.editor.decision_dialog import DecisionDialog

    ctx = context_of(window)
    window.show_screen("campaigns")
    screen = window.screen("campaigns")
    for summary in ctx.doc.workspace.campaigns.summaries():
        open_campaign(screen, ctx.doc, str(summary.id), "approval")
        panel = screen.editor.approval  # type: ignore[attr-defined]
        if panel.history.latest is not None:
            return DecisionDialog(
                panel.history, ctx.formatter, ctx.dialogs, dt.date.today(), "", window
            )
    raise LookupError("no campaign of the workspace has a version to decide on")


def _import_calendar(window: MainWindow) -> QWidget:
    """The workspace's own posts, exported as CSV and read back as a file to import."""
    import tempfile
    from pathlib import Path

    from planner.i18n import calendar as calendar_labels
    from planner.reports.calendar_export import posts_to_export, write_csv
    from planner.reports.calendar_import import read_table
    from planner.reports.calendar_import.apply import workspace_names
    from planner.ui.calendar.import_dialog import ImportDialog

    ctx = context_of(window)
    ws = ctx.doc.workspace
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "calendar.csv"
        posts = posts_to_export(ws)[:12]
        write_csv(ws, posts, path, calendar_labels.export_words(), ctx.formatter)
        table = read_table(path)
    return ImportDialog(table, workspace_names(ws), path.name, window, fmt=ctx.formatter)


def _stats_mapping(window: MainWindow) -> QWidget:
    from planner.ui.coverage.dialogs import MappingDialog

    header = ["Date", "Post link", "Impressions", "Reach", "Engagements", "Followers"]
    return MappingDialog(header, window)


def _message(
    icon: str, context: str, title: str, text: str, value: Callable[[MainWindow], str]
) -> Callable[[MainWindow], QWidget]:
    """A question or a notice as the Dialogs seam shows it (QMessageBox's own buttons); %1
    in `text` is `value`."""

    def make(window: MainWindow) -> QWidget:
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton
        kind = QMessageBox.Icon[icon]
        box = QMessageBox(
            kind,
            _said(context, title),
            _said(context, text).replace("%1", value(window)),
            buttons.Yes | buttons.No if kind is QMessageBox.Icon.Question else buttons.Ok,
            window,
        )
        return box

    return make


def _first_name(window: MainWindow) -> str:
    return context_of(window).doc.workspace.campaigns.summaries()[0].name


def _version(_window: MainWindow) -> str:
    from planner import __version__

    return __version__


_confirm = _message(
    "Question",
    "CampaignListView",
    "Delete campaign",
    "Delete the campaign “%1” with all its posts? You can undo this with Ctrl+Z.",
    _first_name,
)
_about = _message(
    "Information",
    "MainWindow",
    "About the Campaign Planner",
    "Campaign Planner %1\n\nPlan a government body's media campaigns, content calendar "
    "and visual identity, offline.\nFonts: Noto Sans Arabic and Noto Sans (SIL Open "
    "Font License). Icons: Font Awesome Free (CC BY 4.0).",
    _version,
)


def _choice(window: MainWindow) -> QWidget:
    """Dialogs.choose: importing a campaign whose name the workspace already has."""
    from planner.ui.dialogs import choice_box

    context = "CampaignExchange"
    text = _said(context, "The workspace already has a campaign named “%1”.")
    choices = ("Import under a new name", "Replace the existing campaign", "Cancel")
    box, _buttons = choice_box(
        window,
        _said(context, "Import campaign"),
        text.replace("%1", _first_name(window)),
        [_said(context, c) for c in choices],
    )
    return box


def _crash(window: MainWindow) -> QWidget:
    """Dialogs.crash, as Application.show_crash fills it."""
    from planner.ui.dialogs import crash_box

    text = _said(
        "Application",
        "The program met an error it did not expect. What was saved before is safe "
        "in the workspace file; check your last change.",
    )
    title = _said("Application", "Something went wrong")
    return crash_box(window, title, text, "Traceback (most recent call last):")


def _ask_text(window: MainWindow) -> QWidget:
    """Dialogs.ask_text: the reason for pausing every scheduled post."""
    from PySide6.QtWidgets import QInputDialog

    fmt = context_of(window).formatter
    count = len(context_of(window).doc.workspace.calendar.scheduled_ids())
    dialog = QInputDialog(window)
    dialog.setWindowTitle(_said("CalendarActions", "Pause all scheduled posts"))
    label = _said(
        "CalendarActions",
        "%n scheduled posts will be paused and will not go out until you resume "
        "them. Why? (for example: an incident, a day of mourning)",
        count,
    )
    dialog.setLabelText(fmt.counted(label, count))
    return dialog


def _progress(window: MainWindow) -> QWidget:
    """ProgressWindow, half way through writing a PDF."""
    from planner.ui.progress import ProgressWindow

    progress = ProgressWindow(
        window,
        _said("ExportPdfDialog", "Export as PDF"),
        _said("ExportPdfDialog", "Writing the PDF…"),
    )
    progress(5, 10)
    return progress.dialog


def _open_file(window: MainWindow) -> QWidget:
    """Qt's own file dialog (used where the system has none of its own)."""
    from PySide6.QtWidgets import QFileDialog

    from planner.ui.dialogs import workspace_filter

    title = _said("MainWindow", "&Open…").replace("&", "")
    dialog = QFileDialog(window, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setNameFilter(workspace_filter())
    dialog.setDirectory(str(context_of(window).doc.workspace.path.parent))
    return dialog


def _colour(window: MainWindow) -> QWidget:
    """Qt's colour dialog, as the identity's colours open it."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    dialog = QColorDialog(QColor("#0f6b6b"), window)
    dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    return dialog


# name, what it shows (for --help), how to open it on the window
DIALOGS: tuple[tuple[str, str, Callable[[MainWindow], QWidget]], ...] = (
    ("dialog:new-campaign", "File/Campaigns: New campaign", _new_campaign),
    ("dialog:new-post", "the composer on a new idea", _composer(False)),
    ("dialog:post", "the composer on the first post", _composer(True)),
    ("dialog:library", "occasions, hashtag sets and snippets", _library),
    ("dialog:hijri", "the Hijri calendar's corrections", _hijri),
    ("dialog:backups", "File: Backups", _backups),
    ("dialog:export-pdf", "File: Export as PDF", _export_pdf),
    ("dialog:followers", "Coverage: follower counts", _followers),
    ("dialog:rates", "Coverage: reach rates", _rates),
    (
        "dialog:stats-mapping",
        "Coverage: the columns of an unknown statistics file",
        _stats_mapping,
    ),
    ("dialog:duplicate-campaign", "Campaigns: Duplicate", _duplicate),
    ("dialog:decision", "a campaign's Approval: record the decision", _decision),
    ("dialog:import-calendar", "Calendar: Import (which column is which)", _import_calendar),
    ("dialog:confirm", "a question (delete a campaign)", _confirm),
    ("dialog:about", "Help: About", _about),
    ("dialog:choice", "a choice (import a campaign whose name exists)", _choice),
    ("dialog:ask-text", "a line to type (why pause all posts)", _ask_text),
    ("dialog:crash", "an unexpected error, with details to copy", _crash),
    ("dialog:progress", "a long task's progress", _progress),
    ("dialog:open-file", "Qt's file dialog", _open_file),
    ("dialog:colour", "Qt's colour dialog (Identity: colours)", _colour),
)
