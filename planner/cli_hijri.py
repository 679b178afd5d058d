"""`hijri DATE [--workspace FILE]`: the Hijri date the program uses for a day, for scripts."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from planner import cli


def _add(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "hijri",
        help="print the Hijri date the program uses for a Gregorian day (YYYY-MM-DD)",
    )
    parser.add_argument("date", help="a Gregorian day, YYYY-MM-DD")
    parser.add_argument(
        "--workspace",
        type=Path,
        dest="file",
        help="with this workspace's corrections (default: Oman's announced months only)",
    )
    parser.set_defaults(handler=_hijri)


def _hijri(args: argparse.Namespace) -> int:
    from planner.domain import hijri

    try:
        day = dt.date.fromisoformat(args.date)
    except ValueError:
        raise cli.UsageError(f"{args.date}: not a date; expected YYYY-MM-DD") from None
    if args.date != day.isoformat():  # fromisoformat also takes 20260219 and week dates
        raise cli.UsageError(f"{args.date}: not a date; expected YYYY-MM-DD")
    calendar = hijri.shipped()
    if args.file is not None:
        from planner.storage.errors import WorkspaceError
        from planner.storage.workspace import Workspace

        try:
            workspace = Workspace.open(args.file, backup=False)
        except WorkspaceError as exc:
            cli.fail_on_problem(exc)
        try:
            calendar = workspace.hijri.calendar()
        finally:
            workspace.close()
    found = calendar.to_hijri(day)
    if found is None:
        raise cli.UsageError(
            f"{args.date}: outside the Hijri calendar's range "
            f"({hijri.SUPPORTED_START.isoformat()} to {hijri.SUPPORTED_END.isoformat()})"
        )
    print(found.iso())
    return cli.EXIT_OK


cli.register(_add)
