"""File > Export as PDF: the dialog writes the plan or a month, in the chosen language."""

import shutil
import subprocess

import pytest

from planner.ui.document import Document
from planner.ui.export_dialog import ExportPdfDialog


@pytest.fixture
def dialog(qtbot, workspace, settings, dialogs):
    settings.language = "ar"
    doc = Document(workspace)
    widget = ExportPdfDialog(doc, settings, dialogs, workspace.campaigns.summaries()[0].id)
    qtbot.addWidget(widget)
    return widget


def test_exports_the_selected_campaign_plan(dialog, dialogs, tmp_path):
    """The selected campaign's plan is written where the officer chose, then offered to open."""
    dialogs.files.append(tmp_path / "plan")
    dialogs.choices.append(1)  # "Close" rather than opening a viewer
    dialog.export()
    assert dialog.written == tmp_path / "plan.pdf"
    assert (tmp_path / "plan.pdf").read_bytes()[:5] == b"%PDF-"
    assert not dialogs.errors


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
def test_english_document_from_the_arabic_interface(dialog, dialogs, tmp_path, qapp):
    """Choosing English writes an English PDF and leaves the interface in Arabic."""
    from PySide6.QtCore import QCoreApplication, Qt

    from planner.i18n.language import install_language

    install_language("ar")  # the interface is Arabic, whatever an earlier test left
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialogs.files.append(tmp_path / "plan-en.pdf")
    dialogs.choices.append(1)
    dialog.export()
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "plan-en.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Contents" in text
    assert QCoreApplication.translate("Screens", "Campaigns") == "الحملات"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_month_of_the_calendar(dialog, dialogs, tmp_path):
    """The month choice writes the printable calendar."""
    dialog.month.setChecked(True)
    dialogs.files.append(tmp_path / "month.pdf")
    dialogs.choices.append(1)
    dialog.export()
    assert (tmp_path / "month.pdf").exists()


def test_cancelled_save_writes_nothing(dialog, dialogs, tmp_path):
    """Cancelling the file dialog writes nothing."""
    dialog.export()
    assert dialog.written is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_opening_the_dialog_starts_the_chart_worker(dialog):
    """The plan's charts are drawn by a worker process, started as soon as the dialog opens
    so that it is ready by the time the officer has chosen a file."""
    from planner.reports.charts import pool

    assert pool.pool().worker_pids()


def test_the_chosen_plans_charts_are_drawn_while_a_file_is_chosen(
    qtbot, workspace, settings, dialogs, tmp_path, monkeypatch
):
    """Once the dialog is open the worker is asked for the chosen plan's charts; the export
    then asks for none again, and choosing another language asks for that language's."""
    from planner.reports.charts import pool
    from planner.reports.pdf import coverage_section

    coverage_section.forget_pictures()
    asked = []
    submit = pool.submit
    monkeypatch.setattr(
        pool, "submit", lambda *args, **kw: asked.append(kw["lang"]) or submit(*args, **kw)
    )
    settings.language = "ar"
    dialog = ExportPdfDialog(
        Document(workspace), settings, dialogs, workspace.campaigns.summaries()[0].id
    )
    qtbot.addWidget(dialog)
    assert not asked  # not while the dialog is being made
    qtbot.waitUntil(lambda: bool(asked))  # but as soon as it is on screen
    charts = len(asked)
    assert charts >= 5 and set(asked) == {"ar"}
    dialogs.files.append(tmp_path / "plan.pdf")
    dialogs.choices.append(1)
    dialog.export()
    assert len(asked) == charts and (tmp_path / "plan.pdf").exists()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert asked[charts:] == ["en"] * charts


class _BrokenChart:
    """A chart job whose drawing cannot be made."""

    def result(self):
        raise RuntimeError("the chart's data is broken")


def test_a_chart_that_cannot_be_drawn_is_reported_and_nothing_written(
    dialog, dialogs, tmp_path, monkeypatch
):
    """The officer is told, in Arabic, that the PDF could not be written and why; no file is
    left, and the dialog stays open to try again."""
    from planner.reports.pdf import coverage_section

    monkeypatch.setattr(coverage_section, "chart_job", lambda *args: _BrokenChart())
    dialogs.files.append(tmp_path / "plan.pdf")
    dialog.export()
    assert dialog.written is None and list(tmp_path.glob("*.pdf")) == []
    [(_, text)] = dialogs.errors
    assert "تعذّر رسم أحد المخططات" in text and "broken" in text


def test_any_failure_of_the_writer_is_told_not_a_traceback(dialog, dialogs, tmp_path, monkeypatch):
    """Not only OSError: an unexpected error of the PDF writer is a message in the officer's
    language, and no file is left."""
    from planner.reports.pdf import plan

    def broken(*args, **kwargs):
        raise ValueError("a writer's bug")

    monkeypatch.setattr(plan, "export_plan", broken)
    dialogs.files.append(tmp_path / "plan.pdf")
    dialog.export()
    assert dialog.written is None and list(tmp_path.glob("*.pdf")) == []
    [(_, text)] = dialogs.errors
    assert "ValueError" in text and "توقف التصدير" in text
