"""Printed-month figures for bench.py: a month of 150 and of 600 posts as a PDF, in-process
(CPU seconds, and how many layouts of the whole month it took to fit one page)."""

from __future__ import annotations

import datetime as dt
import os
import time
from typing import Any

SIZES = (150, 600)


def measure_month(b: Any) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from planner.domain.model import Platform, Post, PostStatus
    from planner.formatting import Formatter
    from planner.i18n.language import install_language, load_fonts
    from planner.qtapp import make_qapplication
    from planner.reports.pdf import month
    from planner.storage.full_sample import create_sample

    make_qapplication()
    load_fonts()
    install_language("ar")
    layouts = [0]
    original = month.lay_out

    def counted(*args: Any, **kwargs: Any) -> Any:
        layouts[0] += 1
        return original(*args, **kwargs)

    month.lay_out = counted  # type: ignore[assignment]
    try:
        for size in SIZES:
            ws = create_sample(b.tmp / f"month-{size}.planner")
            try:
                ws.posts.save_many(
                    Post(
                        f"منشور رقم {n} عن حملة النظافة في مسقط وأيام التنظيف المجتمعي",
                        [Platform.X, Platform.INSTAGRAM][: 1 + n % 2],
                        PostStatus.DRAFT,
                        scheduled_at=dt.datetime(2026, 12, 1 + n % 31, 8 + n % 12, n % 60),
                    )
                    for n in range(size)
                )
                layouts[0] = 0
                started = time.process_time()
                month.export_month(ws, dt.date(2026, 12, 1), b.tmp / "month.pdf", Formatter("ar"))
                b.emit(f"pdf_month_{size}_posts_cpu_s", time.process_time() - started, "s")
                b.emit(f"pdf_month_{size}_posts_layouts", float(layouts[0]), "layouts")
            finally:
                ws.close()
    finally:
        month.lay_out = original  # type: ignore[assignment]
