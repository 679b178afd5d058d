"""`--self-test`: prove that a build works: sample workspace, every screen, the exports."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def run() -> int:
    """Exercise the program offscreen; print one line; exit 0, or 1 naming the failed step."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    step = "start"
    results: list[str] = []
    try:
        from PySide6.QtCore import QSettings

        from planner.app import Application, create_sample, make_qapplication
        from planner.storage.workspace import Workspace, inspect
        from planner.ui.document import Document
        from planner.ui.settings import Settings

        with tempfile.TemporaryDirectory() as tmp:
            scratch = Path(tmp)
            step = "sample workspace"
            path = scratch / "sample.planner"
            create_sample(path).close()
            inspect(path, full=True)
            results.append("workspace ok")
            step = "window"
            app = make_qapplication()
            settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
            application = Application(settings)
            application.show_document(Document(Workspace.open(path, backup=False)))
            window = application.window
            assert window is not None
            for screen in window.screens:
                step = f"screen {screen.key}"
                window.show_screen(screen.key)
                app.processEvents()
                if window.grab().isNull():
                    raise RuntimeError("blank screen")
            results.append(f"{len(window.screens)} screens ok")
            step = "language"
            application.switch_language("en" if settings.language == "ar" else "ar")
            app.processEvents()
            results.append("languages ok")
            window = application.window
            assert window is not None
            window.close()
            if application.doc is not None:
                application.doc.close()
    except Exception as exc:  # report the step, whatever failed
        print(f"self-test FAILED at {step}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(f"self-test ok: {', '.join(results)} in {elapsed:.1f} s")
    return 0
