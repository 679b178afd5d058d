"""Shared fixtures: offscreen Qt, temporary workspaces and settings, dialogs that never block."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PLANNER_LANG", "en")

import datetime as dt
import shutil
from pathlib import Path

import pytest

from planner.paths import resource, translations_dir
from planner.storage.sample import load_sample
from planner.storage.workspace import Workspace

TODAY = dt.date(2026, 11, 26)


def _build_missing_translations() -> None:
    """A fresh clone has only the .ts sources (the .qm files are build output): build each
    .qm that is missing or older than its source, so that the tests find them."""
    import subprocess
    import sys

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted(translations_dir().glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool = str(lrelease) if lrelease.exists() else "pyside6-lrelease"
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


_build_missing_translations()


@pytest.fixture(scope="session")
def _sample_file(tmp_path_factory) -> Path:
    """The sample workspace, written once per test run; each test gets its own copy."""
    path = tmp_path_factory.mktemp("template") / "sample.planner"
    ws = Workspace.create(path)
    load_sample(ws, resource("sample", "workspace.json"), TODAY)
    ws.close()
    return path


@pytest.fixture
def workspace(tmp_path: Path, _sample_file: Path):
    """A real workspace file in a temporary folder, filled with the sample."""
    target = tmp_path / "sample.planner"
    shutil.copyfile(_sample_file, target)
    ws = Workspace.open(target, backup=False)
    yield ws
    ws.close()


@pytest.fixture
def empty_workspace(tmp_path: Path):
    ws = Workspace.create(tmp_path / "empty.planner", "بلدية مسقط")
    yield ws
    ws.close()


class FakeDialogs:
    """Answers every dialog from queued answers and records what was asked."""

    def __init__(self) -> None:
        self.files: list[Path | None] = []
        self.confirmations: list[bool] = []
        self.choices: list[int] = []
        self.texts: list[str | None] = []
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.asked: list[str] = []
        self.crashes: list[tuple[str, str, str]] = []

    def open_file(self, parent, title, filters, folder=""):
        self.asked.append(title)
        return self.files.pop(0) if self.files else None

    def open_files(self, parent, title, filters, folder=""):
        self.asked.append(title)
        return self.files.pop(0) if self.files else []

    def save_file(self, parent, title, filters, suggested=""):
        self.asked.append(title)
        return self.files.pop(0) if self.files else None

    def confirm(self, parent, title, text):
        self.asked.append(text)
        return self.confirmations.pop(0) if self.confirmations else False

    def error(self, parent, title, text):
        self.errors.append((title, text))

    def info(self, parent, title, text):
        self.infos.append((title, text))

    def choose(self, parent, title, text, choices):
        self.asked.append(text)
        return self.choices.pop(0) if self.choices else -1

    def crash(self, parent, title, text, details):
        self.crashes.append((title, text, details))

    def ask_text(self, parent, title, label):
        self.asked.append(label)
        return self.texts.pop(0) if self.texts else None


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def settings(tmp_path: Path, qapp):
    """Settings kept in a temporary ini file, in Arabic by default."""
    from PySide6.QtCore import QSettings

    from planner.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="session")
def qapp_args():
    return ["planner-tests"]


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path: Path, monkeypatch):
    """Never touch the user's real data folder or settings."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def app_shell(qapp, settings, dialogs):
    """The Application (window builder) with fake dialogs; closes what it opened."""
    from planner.app import Application
    from planner.qtapp import make_qapplication

    make_qapplication()
    application = Application(settings, dialogs)
    yield application
    if application.window is not None:
        application.window.close()
        application.window.deleteLater()
    if application.doc is not None:
        application.doc.close()
    # Windows rebuilt during the test were only scheduled for deletion: delete them now, or
    # every later style-sheet change re-polishes all of them (seconds per test).
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    from planner.i18n import language

    language.install_language("ar")


@pytest.fixture(scope="session", autouse=True)
def _chart_workers():
    """The chart worker (planner.reports.charts.pool) is started once for the whole run, by
    the first test that needs it, and stopped at its end."""
    yield
    import sys

    if "planner.reports.charts.pool" in sys.modules:
        sys.modules["planner.reports.charts.pool"].shutdown()


def _language_for_one_test(lang: str):
    """Install `lang`'s strings (and the bundled fonts) for one test, whatever language an
    earlier test left installed; give the language's formatter, in its default digits."""
    from planner.formatting import Digits, Formatter
    from planner.i18n import language

    language.load_fonts()
    before = "ar" if language._installed else "en"
    language.install_language(lang, set_direction=False)
    try:
        yield Formatter(lang, Digits.ARABIC_INDIC if lang == "ar" else Digits.LATIN)
    finally:
        language.install_language(before, set_direction=False)


@pytest.fixture
def english(qapp):
    """English for one test: yields the English formatter (Latin digits)."""
    yield from _language_for_one_test("en")


@pytest.fixture
def arabic(qapp):
    """Arabic for one test: yields the Arabic formatter (Arabic-Indic digits)."""
    yield from _language_for_one_test("ar")
