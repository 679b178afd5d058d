"""`import asset` and `export asset`: the identity library from the command line, no window.

    python main.py import asset --workspace W [--kit NAME] FILE...
    python main.py export asset --workspace W --asset ID_OR_NAME --out FILE

Each refused file gets one line on stderr saying why (exit 2); the others are imported.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from planner import cli

if TYPE_CHECKING:
    from planner.formatting import Formatter


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", type=Path, required=True, dest="file")
    parser.add_argument("--kit", help="name or id of the brand kit the files join")
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE")


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", type=Path, required=True, dest="file")
    parser.add_argument("--asset", required=True, help="number or exact name of the file")
    parser.add_argument(
        "--out", type=Path, required=True, help="the file to write, or a folder to write it into"
    )


def _start_qt() -> Formatter:
    """A Qt application (offscreen when there is no display) speaking the user's language:
    thumbnails and font samples need Qt, messages need the translations. Returns the
    formatter of the messages (the user's digits in Arabic, Latin ones in English)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from planner.formatting import Digits, Formatter
    from planner.i18n.language import install_language
    from planner.qtapp import make_qapplication
    from planner.settings import Settings

    make_qapplication()
    settings = Settings()
    lang = os.environ.get("PLANNER_LANG") or settings.language
    install_language(lang)
    return Formatter(lang, settings.digits if lang == "ar" else Digits.LATIN)


_open = cli.open_workspace


def _kit_id(workspace, name_or_id: str | None) -> int | None:  # type: ignore[no-untyped-def]
    if name_or_id is None:
        return None
    if name_or_id.isdigit() and any(k.id == int(name_or_id) for k in workspace.kits.all()):
        return int(name_or_id)
    return cli.one_id(
        f"--kit {name_or_id}",
        workspace.kits.ids_by_name(name_or_id),
        "no such brand kit",
        "several kits have this name",
    )


def _import_asset(args: argparse.Namespace) -> int:
    formatter = _start_qt()
    import sys

    from planner.domain.content import AssetRefusedError
    from planner.reports.identity import labels
    from planner.reports.identity.imaging import make_thumbnail

    workspace = _open(args.file)
    try:
        kit_id = _kit_id(workspace, args.kit)
        refusals: list[str] = []
        lines: list[str] = []
        # One transaction for all the files: Ctrl+C part-way stores none of them (and the
        # lines are printed once they are stored, so none tells of a file that is not).
        with workspace.transaction():
            for path in args.files:
                try:
                    outcome = workspace.assets.add_file(
                        path, kit_id=kit_id, thumbnailer=make_thumbnail
                    )
                except AssetRefusedError as exc:
                    refusals.append(
                        f"CampaignPlanner: {path}: {labels.refusal(exc.reason, formatter)}"
                    )
                    continue
                asset = outcome.asset
                state = "already in the library as" if outcome.duplicate else "imported as"
                lines.append(f"{path}: {state} #{asset.id} {asset.name}")
    finally:
        workspace.close()
    for line in refusals:
        print(line, file=sys.stderr)
    for line in lines:
        print(line)
    return cli.EXIT_BAD if refusals else cli.EXIT_OK


def _export_asset(args: argparse.Namespace) -> int:
    from planner.domain.filenames import safe_file_name

    workspace = _open(args.file)
    try:
        found = workspace.assets.find(args.asset)
        if not found:
            raise cli.UsageError(f"--asset {args.asset}: no such file in the library")
        if len(found) > 1:
            raise cli.UsageError(
                f"--asset {args.asset}: {len(found)} files have this name; "
                f"give the number ({', '.join(f'#{a.id}' for a in found)})"
            )
        asset = found[0]
        out: Path = args.out
        if out.is_dir():
            out = out / safe_file_name(asset.name, asset.format)
        cli.refuse_existing(out)
        data = workspace.assets.data(asset.id or 0)
    finally:
        workspace.close()
    from planner.domain import progress

    partial = out.with_name(f".{out.name}.partial")
    try:
        partial.write_bytes(data)
        progress.finishing()
        partial.replace(out)
    except OSError as exc:
        raise cli.UsageError(f"{out}: {exc.strerror or exc}") from exc
    finally:  # also on Ctrl+C: no partial file is left
        partial.unlink(missing_ok=True)
    print(out)
    return cli.EXIT_OK


cli.register_import(
    "asset", "add files to the visual identity library", _configure_import, _import_asset
)
cli.register_export(
    "asset", "write a file of the visual identity library", _configure_export, _export_asset
)
