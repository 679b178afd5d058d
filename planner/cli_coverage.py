"""`import stats` and `export chart`: the coverage charts' command line, without a window."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from planner import cli
from planner.reports.charts import NAMES


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("file", type=Path, metavar="FILE", help="a CSV statistics export")
    parser.add_argument("--platform", help="for another layout: the platform of every row")
    parser.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=NAME",
        help="for another layout: which column holds a field (published, "
        "post_id, text, platform, impressions, reach, engagements, "
        "likes, comments, shares, saves, clicks)",
    )
    parser.add_argument("--date-order", choices=("dmy", "mdy", "ymd"), default="dmy")
    parser.add_argument(
        "--accept-warnings",
        action="store_true",
        help="import even when post ids look mangled, rows repeat a post, or the dates' "
        "order is not told by the file (listed without this flag, nothing imported)",
    )


def _layout(args: argparse.Namespace) -> object:
    """The column mapping given on the command line, or None for X's and Meta's own."""
    from planner.domain.coverage.stats_layouts import DateOrder, Layout, LayoutKind, StatField
    from planner.domain.model import Platform

    if not args.column and not args.platform:
        return None
    columns: dict[StatField, list[str]] = {}
    for item in args.column:
        key, sep, name = item.partition("=")
        try:
            columns[StatField(key.strip())] = [name.strip()]
        except ValueError:
            raise cli.UsageError(f"--column {item}: expected FIELD=NAME") from None
        if not sep or not name.strip():
            raise cli.UsageError(f"--column {item}: expected FIELD=NAME")
    try:
        platform = Platform(args.platform) if args.platform else None
    except ValueError:
        raise cli.UsageError(
            f"--platform {args.platform}: one of {', '.join(p.value for p in Platform)}"
        ) from None
    return Layout(LayoutKind.CUSTOM, columns, platform, DateOrder(args.date_order))


def _import_stats(args: argparse.Namespace) -> int:
    from planner.domain.coverage.stats_csv import StatsImportError
    from planner.storage.errors import WorkspaceError
    from planner.storage.stats_import import NeedsAcceptance, import_stats
    from planner.storage.workspace import Workspace

    layout = _layout(args)
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise cli.UsageError(f"{args.file}: {exc.strerror or exc}") from None
    try:
        workspace = Workspace.open(args.workspace)
    except WorkspaceError as exc:
        cli.fail_on_problem(exc)
    try:
        result = import_stats(
            workspace,
            data,
            layout,  # type: ignore[arg-type]
            accept=args.accept_warnings,
        )
    except NeedsAcceptance as exc:
        cli.core_app()
        from planner.i18n import coverage as labels

        fmt = cli.formatter()
        listed = "; ".join(labels.stat_warning(w, fmt) for w in exc.warnings)
        raise cli.UsageError(
            f"{args.file}: {labels.not_accepted(len(exc.warnings), fmt)}: {listed}"
        ) from None
    except StatsImportError as exc:
        cli.core_app()
        from planner.i18n import coverage as labels

        raise cli.UsageError(f"{args.file}: {labels.problem(exc)}") from None
    finally:
        workspace.close()
    cli.core_app()
    from planner.i18n import coverage as words

    print(
        words.imported_stats(
            str(args.file),
            len(result.rows),
            words.layout(result.kind),
            len(result.matched),
            len(result.unmatched),
            cli.formatter(),
        )
    )
    for row in result.unmatched:
        when = (
            row.published_at.isoformat(" ", "minutes")
            if row.published_at
            else row.published_on.isoformat()
        )
        print(words.unmatched_row(f"{when} {row.platform.value} {row.text[:50]!r}"))
    return cli.EXIT_OK


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("--campaign", help="name or id of the campaign")
    parser.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        help="with --to, instead of --campaign: every campaign in the period",
    )
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    parser.add_argument("--chart", required=True, choices=NAMES)
    parser.add_argument("--out", type=Path, required=True, help="FILE.png or FILE.svg")
    parser.add_argument("--lang", choices=("ar", "en"), default="ar", dest="chart_lang")
    parser.add_argument("--digits", choices=("arabic", "latin"), default=None)
    parser.add_argument("--dpi", type=int, default=200, help="for PNG (at least 200)")


def _selection(args: argparse.Namespace, workspace: object) -> object:
    import datetime as dt

    from planner.cli_reports import find_campaign
    from planner.reports.charts.data import Selection

    if args.campaign and (args.start or args.end):
        raise cli.UsageError("give --campaign, or --from and --to, not both")
    if args.campaign:
        return Selection(campaign_id=find_campaign(workspace, args.campaign))
    if not (args.start and args.end):
        raise cli.UsageError("give --campaign, or --from and --to")
    try:
        start, end = dt.date.fromisoformat(args.start), dt.date.fromisoformat(args.end)
    except ValueError:
        raise cli.UsageError("--from/--to: expected YYYY-MM-DD") from None
    if end < start:
        raise cli.UsageError("--to comes before --from")
    return Selection(None, start, end)


def _export_chart(args: argparse.Namespace) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise cli.UsageError(f"{args.out}: the file must end in .png or .svg")
    if not args.out.parent.is_dir():
        raise cli.UsageError(f"{args.out.parent}: no such folder")
    if args.dpi < 200:
        raise cli.UsageError(f"--dpi {args.dpi}: at least 200, to stay sharp in print")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from planner.domain import progress
    from planner.formatting import Digits, Formatter
    from planner.i18n.language import install_language
    from planner.reports import charts
    from planner.reports.charts.data import collect
    from planner.storage.errors import WorkspaceError
    from planner.storage.workspace import Workspace

    cli.core_app()
    install_language(args.chart_lang)
    digits = (
        Digits(args.digits)
        if args.digits
        else (Digits.ARABIC_INDIC if args.chart_lang == "ar" else Digits.LATIN)
    )
    try:
        workspace = Workspace.open(args.workspace, backup=False)
    except WorkspaceError as exc:
        cli.fail_on_problem(exc)
    try:
        inp = collect(workspace, _selection(args, workspace))  # type: ignore[arg-type]
    finally:
        workspace.close()
    figure = charts.figure(args.chart, inp, Formatter(args.chart_lang, digits), args.chart_lang)
    partial = args.out.with_name(f".{args.out.name}.partial{suffix}")
    try:
        figure.savefig(partial, dpi=args.dpi, format=suffix[1:])
        progress.finishing()
        partial.replace(args.out)
    except OSError as exc:
        raise cli.UsageError(f"{args.out}: {exc.strerror or exc}") from None
    finally:  # also on Ctrl+C: no partial picture is left
        partial.unlink(missing_ok=True)
    print(args.out)
    return cli.EXIT_OK


cli.register_import(
    "stats",
    "platform statistics (X, Meta Business Suite CSV exports)",
    _configure_import,
    _import_stats,
)
cli.register_export("chart", "a coverage chart as PNG or SVG", _configure_export, _export_chart)
