"""`export json` and `import json`: a campaign file to share a campaign with a colleague."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner import cli


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("--campaign", required=True, help="name or id of the campaign")
    parser.add_argument("--out", type=Path, required=True, help="the campaign file to write")


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("file", type=Path, help="the campaign file to read")
    parser.add_argument(
        "--on-clash",
        choices=("rename", "replace", "fail"),
        default="fail",
        help="when a campaign of that name exists: add it under a new name, "
        "replace the existing one, or stop (the default)",
    )
    parser.add_argument(
        "--keep-repeats",
        action="store_true",
        help="import a post that appears more than once in the file as many times",
    )


def _open(path: Path) -> object:
    from planner.storage.errors import WorkspaceError
    from planner.storage.workspace import Workspace

    try:
        return Workspace.open(path)
    except WorkspaceError as exc:
        cli.fail_on_problem(exc)


def _export_json(args: argparse.Namespace) -> int:
    from planner.cli_reports import find_campaign
    from planner.storage.exchange import write_campaign_file

    if not args.out.parent.is_dir():
        raise cli.UsageError(f"{args.out.parent}: no such folder")
    workspace = _open(args.workspace)
    try:
        campaign_id = find_campaign(workspace, args.campaign)
        try:
            write_campaign_file(workspace, campaign_id, args.out)  # type: ignore[arg-type]
        except OSError as exc:
            raise cli.UsageError(f"{args.out}: {exc.strerror or exc}") from exc
    finally:
        workspace.close()  # type: ignore[attr-defined]
    print(args.out)
    return cli.EXIT_OK


def _import_json(args: argparse.Namespace) -> int:
    from planner.reports.identity.imaging import make_thumbnail
    from planner.storage.errors import WorkspaceError
    from planner.storage.exchange import ExchangeError, import_campaign, read_campaign_file
    from planner.storage.exchange_rules import repeated_posts

    try:
        bundle = read_campaign_file(args.file)
    except ExchangeError as exc:
        raise cli.UsageError(f"{args.file}: {_explain(exc)}") from exc
    repeats = repeated_posts(bundle)
    if repeats and not args.keep_repeats:
        from planner.i18n.campaigns import repeated_posts_text

        cli.core_app()
        raise cli.UsageError(f"{args.file}: {repeated_posts_text(repeats)} (--keep-repeats)")
    workspace = _open(args.workspace)
    try:
        try:
            new_id = import_campaign(
                workspace,  # type: ignore[arg-type]
                bundle,
                args.on_clash,
                thumbnailer=make_thumbnail,
            )
        except ExchangeError as exc:
            hint = " (--on-clash rename|replace)" if exc.code == "name_clash" else ""
            raise cli.UsageError(f"{args.file}: {_explain(exc)}{hint}") from exc
        except WorkspaceError as exc:  # a full disk or a locked file while writing
            cli.fail_on_problem(exc)
        name = workspace.campaigns.get(new_id).name  # type: ignore[attr-defined]
    finally:
        workspace.close()  # type: ignore[attr-defined]
    print(f"{new_id}\t{name}")
    return cli.EXIT_OK


def _explain(exc: Exception) -> str:
    """The import problem in the interface language, naming the field at fault."""
    cli.core_app()
    from planner.i18n.campaigns import exchange_error
    from planner.storage.exchange import ExchangeError

    return exchange_error(exc, cli.formatter()) if isinstance(exc, ExchangeError) else str(exc)


cli.register_export(
    "json", "one campaign, with its posts, to a campaign file", _configure_export, _export_json
)
cli.register_import("json", "a campaign file into a workspace", _configure_import, _import_json)
