"""`export xlsx|ics` and `import xlsx|csv`: the content calendar in and out, without a window."""

from __future__ import annotations

import argparse
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


def _open(path: Path) -> Workspace:
    from planner.storage.errors import WorkspaceError
    from planner.storage.workspace import Workspace

    try:
        return Workspace.open(path, backup=False)
    except WorkspaceError as exc:
        cli.fail_on_problem(exc)


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
    from planner.i18n.calendar import export_words
    from planner.reports.calendar_export import posts_to_export, write_ics, write_xlsx
    from planner.settings import Settings

    lang = _language(args.export_lang)
    digits = Settings().digits if lang == "ar" else Digits.LATIN
    workspace = _open(args.workspace)
    try:
        where = PostFilter()
        if args.campaign:
            where = PostFilter(campaign_id=find_campaign(workspace, args.campaign))
        posts = posts_to_export(workspace, where)
        words = export_words()
        try:
            if kind == "xlsx":
                count = write_xlsx(workspace, posts, args.out, words, Formatter(lang, digits))
            else:
                count = write_ics(workspace, posts, args.out, words, lang)
        except OSError as exc:
            raise cli.UsageError(f"{args.out}: {exc.strerror or exc}") from exc
    finally:
        workspace.close()
    print(f"{args.out} ({count} posts)")
    return cli.EXIT_OK


def _import(args: argparse.Namespace) -> int:
    kind = args.format
    if args.file.suffix.lower() not in SUFFIXES[kind]:
        raise cli.UsageError(f"{args.file}: expected a {SUFFIXES[kind][0]} file")
    if not args.file.is_file():
        raise cli.UsageError(f"{args.file}: no such file")
    from planner.i18n.calendar import field_name, import_problem, table_problem
    from planner.reports.calendar_import import (
        CampaignName,
        TableError,
        guess_mapping,
        parse,
        read_table,
    )

    _language(None)
    try:
        table = read_table(args.file)
    except TableError as exc:
        raise cli.UsageError(f"{args.file}: {table_problem(exc.problem)}") from exc
    workspace = _open(args.workspace)
    try:
        campaigns = [
            CampaignName(i, name, name_en)
            for i, name, name_en, _c in workspace.calendar.campaign_names()
        ]
        mapping = guess_mapping(table.headers)
        result = parse(table, mapping, campaigns)
        if not result.ok:
            shown = "; ".join(import_problem(p) for p in result.problems[:5])
            more = len(result.problems) - 5
            rows = len({p.row for p in result.problems})
            raise cli.UsageError(
                f"{args.file}: nothing imported, {rows} bad row(s): {shown}"
                + (f"; +{more}" if more > 0 else "")
            )
        workspace.posts.save_many(result.posts)
    finally:
        workspace.close()
    columns = ", ".join(
        f"{field_name(f)}={table.headers[c]}" for f, c in mapping.items() if c is not None
    )
    print(f"{len(result.posts)} posts imported from {args.file} ({columns})")
    return cli.EXIT_OK


cli.register_export(
    "xlsx", "the content calendar as an Excel workbook (right to left)", _configure_export, _export
)
cli.register_export(
    "ics", "the content calendar as iCalendar events (Asia/Muscat)", _configure_export, _export
)
cli.register_import("xlsx", "posts from an Excel content calendar", _configure_import, _import)
cli.register_import("csv", "posts from a CSV content calendar", _configure_import, _import)
