"""`export xlsx|csv|ics` and `import xlsx|csv`: the content calendar in and out, no window."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from planner import cli

if TYPE_CHECKING:
    from planner.storage.workspace import Workspace

SUFFIXES = {"xlsx": (".xlsx",), "ics": (".ics",), "csv": (".csv", ".txt")}


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("--campaign", help="name or id of a campaign (default: every post)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--lang",
        choices=("ar", "en"),
        default=None,
        dest="export_lang",
        help="language of the headers and names (default: the interface's)",
    )


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("file", type=Path)
    parser.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="how 03/04/2026 reads: day/month (dmy) or month/day (mdy); needed only when "
        "the file's own dates do not tell",
    )
    parser.add_argument(
        "--platform", help="the platform of every row, for a file without a platform column"
    )
    parser.add_argument(
        "--on-duplicate",
        choices=("skip", "update", "add"),
        default="skip",
        help="a row already in the workspace (same post key, or same time and text): "
        "skip it (default), update the stored post, or add a second copy",
    )
    parser.add_argument(
        "--create-campaigns",
        action="store_true",
        help="create the campaigns the file names that the workspace does not have",
    )
    parser.add_argument(
        "--default-time",
        type=_clock,
        default=dt.time(10, 0),
        help="the time given to a row whose date has no time, HH:MM (default 10:00; the "
        "summary counts those rows)",
    )


def _open(path: Path) -> Workspace:
    return cli.open_workspace(path, backup=False)


def _language(lang: str | None) -> str:
    import os

    from planner.i18n.language import install_language

    cli.core_app()
    chosen = lang or os.environ.get("PLANNER_LANG") or "ar"
    install_language(chosen)
    return chosen


def _export(args: argparse.Namespace) -> int:
    kind = args.format
    if args.out.suffix.lower() not in SUFFIXES[kind]:
        raise cli.UsageError(f"{args.out}: the file must end in {SUFFIXES[kind][0]}")
    if not args.out.parent.is_dir():
        raise cli.UsageError(f"{args.out.parent}: no such folder")
    from planner.cli_reports import find_campaign
    from planner.domain.calendar import PostFilter
    from planner.formatting import Digits, Formatter
    from planner.i18n.calendar import cell_too_long, export_words
    from planner.i18n.posts import exported
    from planner.reports.calendar_export import ideas_left_out, posts_to_export, write_csv
    from planner.reports.calendar_ics import write_ics
    from planner.reports.calendar_xlsx import CellTooLongError, write_xlsx
    from planner.settings import Settings

    lang = _language(args.export_lang)
    digits = Settings().digits if lang == "ar" else Digits.LATIN
    workspace = _open(args.workspace)
    try:
        where = PostFilter()
        if args.campaign:
            where = PostFilter(campaign_id=find_campaign(workspace, args.campaign))
        posts = posts_to_export(workspace, where)
        left_out = ideas_left_out(workspace, where)
        words = export_words()
        try:
            if kind == "xlsx":
                count = write_xlsx(workspace, posts, args.out, words, Formatter(lang, digits))
            elif kind == "csv":
                count = write_csv(workspace, posts, args.out, words, Formatter(lang, digits))
            else:
                count = write_ics(workspace, posts, args.out, words, lang)
        except CellTooLongError as exc:
            when = f"{exc.when:%Y-%m-%d %H:%M}"
            text = cell_too_long(exc, when, Formatter(lang, digits))
            raise cli.UsageError(f"{args.out}: {text}") from exc
        except OSError as exc:
            raise cli.UsageError(f"{args.out}: {exc.strerror or exc}") from exc
    finally:
        workspace.close()
    # what was written and what was left out, with Latin digits for scripts
    print(exported(count, left_out, str(args.out), Formatter(lang, Digits.LATIN)))
    return cli.EXIT_OK


def _configure_handoff(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tool", choices=("hootsuite", "meta"), required=True)
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("--campaign", help="name or id of a campaign (default: every campaign)")
    parser.add_argument("--from", dest="start", type=_day, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=_day, help="last day, YYYY-MM-DD")
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        help="F.csv: the files are written beside it as F-TOOL-PLATFORM.csv",
    )


def _clock(text: str) -> dt.time:
    try:
        value = dt.time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text}: not a time (HH:MM)") from None
    if value.second or value.microsecond or value.tzinfo:
        raise argparse.ArgumentTypeError(f"{text}: a time to the minute (HH:MM)")
    return value


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text}: not a date (YYYY-MM-DD)") from None


def _handoff(args: argparse.Namespace) -> int:
    """The approved and scheduled posts in the bulk-upload layout of a publishing tool."""
    if not args.out.parent.is_dir():
        raise cli.UsageError(f"{args.out.parent}: no such folder")
    from planner.cli_reports import find_campaign
    from planner.domain.calendar import PostFilter
    from planner.i18n.calendar import handoff_problem, handoff_summary
    from planner.reports.calendar_export import EARLIEST, LATEST, MUSCAT, posts_to_export
    from planner.reports.handoff import HandoffError, HandoffTool, write_handoff

    fmt = cli.formatter(_language(None))
    workspace = _open(args.workspace)
    try:
        where = PostFilter()
        if args.campaign:
            where = PostFilter(campaign_id=find_campaign(workspace, args.campaign))
        start = dt.datetime.combine(args.start, dt.time()) if args.start else EARLIEST
        end = (
            dt.datetime.combine(args.end, dt.time()) + dt.timedelta(days=1) if args.end else LATEST
        )
        posts = posts_to_export(workspace, where, start, end)
    finally:
        workspace.close()
    try:
        done = write_handoff(
            HandoffTool(args.tool), posts, args.out, dt.datetime.now(MUSCAT).replace(tzinfo=None)
        )
    except HandoffError as exc:
        raise cli.UsageError(handoff_problem(exc)) from exc
    except OSError as exc:
        raise cli.UsageError(f"{args.out}: {exc.strerror or exc}") from exc
    for line in handoff_summary(HandoffTool(args.tool), done, fmt):
        print(line)
    return cli.EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from planner.i18n import calendar as labels

    fmt = cli.formatter(_language(None))
    kind = args.format
    if args.file.suffix.lower() not in SUFFIXES[kind]:
        raise cli.UsageError(labels.wrong_suffix(str(args.file), SUFFIXES[kind][0]))
    if not args.file.is_file():
        raise cli.UsageError(labels.no_such_file(str(args.file)))
    from planner.reports.calendar_import import (
        DateOrder,
        OnDuplicate,
        Options,
        TableError,
        guess_mapping,
        parse,
        platform_named,
        read_table,
        unused_columns,
    )
    from planner.reports.calendar_import.apply import store, workspace_names

    options = Options(
        date_order=DateOrder(args.date_order) if args.date_order else None,
        create_campaigns=args.create_campaigns,
        default_time=args.default_time,
    )
    if args.platform:
        options.platform = platform_named(args.platform)
        if options.platform is None:
            raise cli.UsageError(labels.import_problem_text("unknown_platform", args.platform))
    try:
        table = read_table(args.file)
    except TableError as exc:
        raise cli.UsageError(
            f"{args.file}: {labels.table_problem(exc.problem, exc.detail, fmt)}"
        ) from exc
    workspace = _open(args.workspace)
    try:
        mapping = guess_mapping(table.headers)
        result = parse(table, mapping, workspace_names(workspace), options)
        if not result.ok:
            shown = "; ".join(labels.import_problem(p) for p in result.problems[:5])
            more = len(result.problems) - 5
            rows = len({p.row for p in result.problems if p.row > 0})
            raise cli.UsageError(
                f"{args.file}: "
                + (labels.nothing_imported(rows, shown, fmt) if rows else shown)
                + (f"; +{more}" if more > 0 else "")
            )
        outcome = store(workspace, result, OnDuplicate(args.on_duplicate))
    finally:
        workspace.close()
    lines = [labels.imported(len(outcome.added), str(args.file), fmt)]
    if outcome.replaced:
        lines.append(labels.updated(len(outcome.replaced), fmt))
    if outcome.skipped:
        lines.append(labels.skipped(outcome.skipped, fmt))
    if result.new_campaigns:
        lines.append(
            labels.created(len(result.new_campaigns), "، ".join(result.new_campaigns), fmt)
        )
    unused = unused_columns(table.headers, table.rows, mapping)
    if unused:
        lines.append(labels.not_imported("، ".join(unused)))
    if result.untimed:
        time = fmt.time(options.default_time)
        lines.append(labels.untimed(result.untimed, time, fmt))
    print("\n".join(lines))
    return cli.EXIT_OK


cli.register_export(
    "xlsx", "the content calendar as an Excel workbook (right to left)", _configure_export, _export
)
cli.register_export(
    "csv", "the content calendar as CSV (UTF-8, Excel-safe cells)", _configure_export, _export
)
cli.register_export(
    "ics", "the content calendar as iCalendar events (Asia/Muscat)", _configure_export, _export
)
cli.register_export(
    "handoff",
    "approved posts in a publishing tool's bulk-upload layout (Hootsuite)",
    _configure_handoff,
    _handoff,
)
cli.register_import("xlsx", "posts from an Excel content calendar", _configure_import, _import)
cli.register_import("csv", "posts from a CSV content calendar", _configure_import, _import)
