"""`export pdf`: the campaign plan (or a month of the calendar) as a PDF, without a window."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from planner import cli


def find_campaign(workspace: object, name_or_id: str) -> int:
    """The id of the campaign named `name_or_id` (or with that id); UsageError otherwise."""
    campaigns = workspace.campaigns  # type: ignore[attr-defined]
    if name_or_id.isdigit():
        ids = [c.id for c in campaigns.summaries() if c.id == int(name_or_id)]
    else:
        ids = campaigns.ids_by_name(name_or_id)
    return cli.one_id(
        f"--campaign {name_or_id}", ids, "no such campaign", "several campaigns have this name"
    )


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", type=Path, required=True)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--campaign", help="name or id of the campaign")
    what.add_argument("--calendar", metavar="YYYY-MM", help="a printable month of the calendar")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", choices=("ar", "en"), default="ar", dest="pdf_lang")
    parser.add_argument("--digits", choices=("arabic", "latin"), default=None)
    parser.add_argument(
        "--version",
        type=int,
        metavar="N",
        dest="plan_version",
        help="the plan as frozen in its version N (as submitted for approval), not as it is now",
    )


def _export_pdf(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".pdf":
        raise cli.UsageError(f"{args.out}: the file must end in .pdf")
    if not args.out.parent.is_dir():
        raise cli.UsageError(f"{args.out.parent}: no such folder")
    month = None
    if args.calendar:
        try:
            month = dt.datetime.strptime(args.calendar, "%Y-%m").date()
        except ValueError:
            raise cli.UsageError(f"--calendar {args.calendar}: expected YYYY-MM") from None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if month is not None and args.plan_version is not None:
        raise cli.UsageError("--version: only with --campaign")
    if month is None:  # the plan's charts: their worker readies itself while the rest loads
        from planner.reports.charts.pool import warm

        warm(args.pdf_lang)
    from planner.formatting import Digits, Formatter
    from planner.i18n.language import install_language
    from planner.qtapp import make_qapplication
    from planner.storage.errors import WorkspaceError
    from planner.storage.workspace import Workspace

    make_qapplication()
    install_language(args.pdf_lang)
    digits = (
        Digits(args.digits)
        if args.digits
        else (Digits.ARABIC_INDIC if args.pdf_lang == "ar" else Digits.LATIN)
    )
    formatter = Formatter(args.pdf_lang, digits)
    try:
        workspace = Workspace.open(args.workspace, backup=False)
    except WorkspaceError as exc:
        cli.fail_on_problem(exc)
    from planner.domain import progress

    try:
        # Qt lays the document out and paints it, calling back into Python (pictures, charts):
        # Ctrl+C is only marked meanwhile and stops the export at its next step, so no
        # exception crosses Qt's C++ (planner.domain.progress).
        with progress.polled():
            if month is not None:
                from planner.reports.pdf.month import export_month

                pages = export_month(workspace, month, args.out, formatter)
            else:
                from planner.reports.pdf.plan import export_plan

                campaign_id = find_campaign(workspace, args.campaign)
                _refuse_a_huge_plan(workspace, campaign_id)
                if args.plan_version is not None:
                    _check_version(workspace, campaign_id, args.plan_version)
                pages = export_plan(
                    workspace, campaign_id, args.out, formatter, version=args.plan_version
                )
    except OSError as exc:  # a full disk, a chart that cannot be drawn: nothing was written
        raise cli.UsageError(f"{args.out}: {exc}") from exc
    finally:
        workspace.close()  # the worker leaves at exit (planner.reports.charts.pool)
    print(f"{args.out} ({pages} pages)")
    return cli.EXIT_OK


def _check_version(workspace: object, campaign_id: int, number: int) -> None:
    from planner.storage import approval

    known = [v.number for v in approval.history(workspace, campaign_id).versions]  # type: ignore[arg-type]
    if number not in known:
        raise cli.UsageError(
            f"--version {number}: the campaign has no such version "
            f"(it has: {', '.join(map(str, known)) or 'none'}; see the versions command)"
        )


def _refuse_a_huge_plan(workspace: object, campaign_id: int) -> None:
    from planner import labels
    from planner.domain.ranges import PDF_MAX_PAGES
    from planner.storage.plan_size import estimated_plan_pages

    pages = estimated_plan_pages(workspace, campaign_id)  # type: ignore[arg-type]
    if pages > PDF_MAX_PAGES:
        raise cli.UsageError(labels.too_many_pages(pages))


cli.register_export(
    "pdf", "the campaign plan, or a month of the calendar, as a PDF", _configure, _export_pdf
)
