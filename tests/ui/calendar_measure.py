"""Run as a script (its own QApplication, at a given scaling): how much of each post the
month view shows. Prints JSON: one entry per day with posts."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def main() -> None:
    width, height = (int(v) for v in sys.argv[1].split("x"))
    months = int(sys.argv[2])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from planner.app import Application
    from planner.formatting import Digits
    from planner.qtapp import make_qapplication
    from planner.settings import Settings
    from planner.storage.full_sample import create_sample
    from planner.storage.workspace import Workspace
    from planner.ui.calendar.view import CalendarView, add_months
    from planner.ui.document import Document

    app = make_qapplication()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
        settings.language = sys.argv[3]
        settings.digits = Digits("arabic" if sys.argv[3] == "ar" else "latin")
        application = Application(settings)
        path = scratch / "sample.planner"
        create_sample(path).close()
        application.show_document(Document(Workspace.open(path, backup=False)))
        window = application.window
        assert window is not None
        ratio = window.devicePixelRatioF() or 1.0
        window.resize(round(width / ratio), round(height / ratio))
        window.show()
        window.show_screen("calendar")
        view = window.screen("calendar")
        assert isinstance(view, CalendarView)
        view.set_mode("month")
        for _ in range(5):
            app.processEvents()
        grid = view.month
        rtl = grid.isRightToLeft()
        days = []
        start = view.anchor
        for step in range(months):
            view.anchor = add_months(start, step)
            view.show_period()
            for _ in range(3):
                app.processEvents()
            model = grid.month_model
            for row in range(model.rowCount()):
                for column in range(7):
                    slot = model.slot_at(row, column)
                    if slot is None or not slot.count or not slot.in_month:
                        continue
                    index = model.index(row, column)
                    layout = grid.delegate.chip_layout(grid.visualRect(index), slot)
                    texts = [
                        grid.delegate.chips.shown_text(rect, chip, rtl)
                        for rect, chip in layout.rects
                    ]
                    days.append(
                        {
                            "date": slot.date.isoformat(),
                            "count": slot.count,
                            "texts": texts,
                            "cell": [
                                grid.visualRect(index).width(),
                                grid.visualRect(index).height(),
                            ],
                        }
                    )
        window.close()
        application.doc.close()  # type: ignore[union-attr]
    print(json.dumps(days, ensure_ascii=False))


if __name__ == "__main__":
    main()
