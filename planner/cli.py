"""The command line: `python main.py [SUBCOMMAND]`; with no subcommand, the window opens.

Exit code 0 on success; 2 on bad arguments or bad input, with one line on stderr; nothing
is written on failure. Ctrl+C during a command stops it with "cancelled: nothing written"
(in the interface's language) and exit code 130; see planner.domain.progress.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from planner import __version__
from planner.errors import UsageError

if TYPE_CHECKING:
    from planner.formatting import Formatter
    from planner.storage.workspace import Workspace

__all__ = ["UsageError", "main"]  # the extensions raise cli.UsageError

EXIT_OK, EXIT_BAD = 0, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


Handler = Callable[[argparse.Namespace], int]
Configure = Callable[[argparse.ArgumentParser], None]
_EXTRA: list[Callable[[argparse._SubParsersAction], None]] = []  # type: ignore[type-arg]
# `export FORMAT ...` and `import FORMAT ...` are shared by several capabilities: each adds
# its formats through register_export / register_import, never its own "export" parser.
_EXPORTS: list[tuple[str, str, Configure, Handler]] = []
_IMPORTS: list[tuple[str, str, Configure, Handler]] = []


def register(add: Callable[[argparse._SubParsersAction], None]) -> None:  # type: ignore[type-arg]
    """Let a capability add its own top-level subcommands."""
    _EXTRA.append(add)


def register_export(name: str, help_text: str, configure: Configure, handler: Handler) -> None:
    """Add `export NAME ...`: `configure` adds the options, `handler` runs it."""
    _EXPORTS.append((name, help_text, configure, handler))


def register_import(name: str, help_text: str, configure: Configure, handler: Handler) -> None:
    """Add `import NAME ...`."""
    _IMPORTS.append((name, help_text, configure, handler))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="CampaignPlanner", description="مخطط الحملات — Campaign Planner")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--workspace", type=Path, help="open this workspace file")
    parser.add_argument("--lang", choices=("ar", "en"), help="language of the interface")
    parser.add_argument(
        "--self-test", action="store_true", help="exercise the whole program offscreen and exit"
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help="write the sample workspace")
    demo.add_argument("--out", type=Path, required=True)
    demo.set_defaults(handler=_demo)

    new = sub.add_parser("new", help="write an empty workspace")
    new.add_argument("--out", type=Path, required=True)
    new.add_argument("--institution", default="")
    new.set_defaults(handler=_new)

    check = sub.add_parser("check", help="check a workspace's integrity and schema")
    check.add_argument("--workspace", type=Path, required=True, dest="file")
    check.set_defaults(handler=_check)

    shot = sub.add_parser(
        "screenshot",
        help="save a picture of one screen, tab or dialog",
        description="Save a picture of one screen, tab or dialog, without a display.",
        formatter_class=_WholeNames,
    )
    shot.add_argument("--view", required=True, help=_views_help())
    shot.add_argument("--out", type=Path, required=True)
    shot.add_argument("--workspace", type=Path, dest="file")
    shot.add_argument("--lang", choices=("ar", "en"), default="ar", dest="shot_lang")
    shot.add_argument(
        "--digits",
        choices=("arabic", "latin"),
        help="default: arabic with --lang ar, latin with --lang en",
    )
    shot.add_argument(
        "--size", default="1280x800", help="the screen in device pixels, WIDTHxHEIGHT"
    )
    shot.add_argument(
        "--scale", default="1", help="the display's scaling: 1, 1.25, 1.5 or 125%%, 150%%..."
    )
    shot.add_argument("--scheme", choices=("light", "dark"), default="light")
    shot.add_argument("--campaign", help="with --view editor:TAB: this campaign (name or id)")
    shot.add_argument("--tab", help="with --view campaigns --campaign: the editor's tab")
    shot.set_defaults(handler=_screenshot)

    for verb, entries in (("export", _EXPORTS), ("import", _IMPORTS)):
        if not entries:
            continue
        group = sub.add_parser(verb, help=f"{verb} ({', '.join(e[0] for e in entries)})")
        formats = group.add_subparsers(dest="format", parser_class=_Parser, required=True)
        for name, help_text, configure, handler in entries:
            child = formats.add_parser(name, help=help_text)
            configure(child)
            child.set_defaults(handler=handler)
    for add in _EXTRA:
        add(sub)
    return parser


def main(argv: list[str]) -> int:
    if _names_a_command(argv):
        _load_extensions()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.self_test:
            from planner.selftest import run

            return run()
        if args.command is None:
            from planner.app import run_gui

            return run_gui(args.workspace, args.lang)
        handler: Handler = args.handler
        return _interruptible(handler, args)
    except UsageError as exc:
        print(f"CampaignPlanner: {exc}", file=sys.stderr)
        return EXIT_BAD


def _interruptible(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command so that Ctrl+C stops it cleanly: the writers and the transactions undo
    their work on the way out, then one translated line, exit code 130, no traceback."""
    import signal

    from planner.domain import progress

    try:
        with progress.interruptible():
            return handler(args)
    except (KeyboardInterrupt, progress.Cancelled):
        previous = None
        with contextlib.suppress(ValueError):  # a second Ctrl+C must not break the message
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            print(f"CampaignPlanner: {cancelled_text()}", file=sys.stderr)
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
        return progress.EXIT_CANCELLED


def cancelled_text() -> str:
    """ "cancelled: nothing written" in the interface's language (not an export's)."""
    core_app()
    from PySide6.QtCore import QCoreApplication

    from planner.i18n.language import install_language
    from planner.settings import Settings

    install_language(os.environ.get("PLANNER_LANG") or Settings().language, set_direction=False)
    return QCoreApplication.translate("Cli", "cancelled: nothing written")


def fail_on_problem(exc: Exception) -> NoReturn:
    """Turn a WorkspaceError into a translated one-line UsageError."""
    from planner.storage.errors import WorkspaceError

    if isinstance(exc, WorkspaceError):
        raise UsageError(f"{exc.path}: {translated_problem(exc)}") from exc
    raise UsageError(str(exc)) from exc


def open_workspace(path: Path, backup: bool = True) -> Workspace:
    """The workspace at `path`; a problem with it ends the command with a translated line."""
    from planner.storage.errors import WorkspaceError
    from planner.storage.workspace import Workspace

    try:
        return Workspace.open(path, backup=backup)
    except WorkspaceError as exc:
        fail_on_problem(exc)


def one_id(option: str, ids: list[int], missing: str, several: str) -> int:
    """The only id in `ids`, found for `option`; none or several is a usage error that says
    `missing` or `several` (then lists the ids to choose from)."""
    if not ids:
        raise UsageError(f"{option}: {missing}")
    if len(ids) > 1:
        raise UsageError(f"{option}: {several}; give the id ({', '.join(map(str, ids))})")
    return int(ids[0])


def translated_problem(exc: Exception) -> str:
    from planner.storage.errors import WorkspaceError

    if not isinstance(exc, WorkspaceError):
        return str(exc)
    core_app()
    from planner import labels

    fmt = formatter()
    return labels.describe(exc, fmt.integer, year=lambda y: fmt.digits_of(str(y)))


def core_app() -> None:
    """A QCoreApplication with the user's language, for translated messages (no window)."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        from planner.qtapp import APPLICATION, ORGANISATION

        app = QCoreApplication([sys.argv[0]])
        app.setOrganizationName(ORGANISATION)
        app.setApplicationName(APPLICATION)
        from planner.i18n.language import install_language
        from planner.settings import Settings

        install_language(os.environ.get("PLANNER_LANG") or Settings().language)


def formatter(lang: str | None = None) -> Formatter:
    """How numbers are written in a command's messages: in `lang` (default: the language
    core_app() installs), with the officer's digits (View › Digits) in Arabic and Latin
    ones in English."""
    from planner.formatting import Digits, Formatter
    from planner.settings import Settings

    settings = Settings()
    lang = lang or os.environ.get("PLANNER_LANG") or settings.language
    return Formatter(lang, settings.digits if lang == "ar" else Digits.LATIN)


def refuse_existing(path: Path) -> None:
    if path.exists():
        raise UsageError(f"{path}: exists already; choose another name")
    if not path.parent.is_dir():
        raise UsageError(f"{path.parent}: no such folder")


def _demo(args: argparse.Namespace) -> int:
    from planner.storage.full_sample import create_sample

    refuse_existing(args.out)
    create_sample(args.out).close()
    print(args.out)
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from planner.storage.workspace import Workspace

    refuse_existing(args.out)
    Workspace.create(args.out, args.institution).close()
    print(args.out)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from planner.storage.errors import WorkspaceError
    from planner.storage.workspace import inspect, summary

    try:
        inspect(args.file)
    except WorkspaceError as exc:
        fail_on_problem(exc)
    print(f"ok: {summary(args.file)}")
    return EXIT_OK


class _WholeNames(argparse.HelpFormatter):
    """Help whose lines break between view names, never inside one at its hyphen."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


def _views_help() -> str:
    from planner.screenshot_views import help_text

    return f"one of: {help_text()}"


def _scale(text: str) -> float:
    try:
        value = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        value = 0.0
    if not 0.5 <= value <= 4:
        raise UsageError(f"--scale {text}: expected a factor from 0.5 to 4 (or 50% to 400%)")
    return value


def _screenshot(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise UsageError(f"--size {args.size}: expected WIDTHxHEIGHT") from None
    if args.out.suffix.lower() != ".png":
        raise UsageError(f"{args.out}: the picture must be a .png file")
    scale = _scale(args.scale)
    view = args.view
    if view == "campaigns" and (args.campaign or args.tab):
        view = f"editor:{args.tab or 'identity'}"
    from planner import screenshot_views

    if view not in screenshot_views.names():
        raise UsageError(f"--view {args.view}: no such screen (see --help)")
    if scale != 1:
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    from planner.screenshot import Shot, take, virtual_screen

    digits = args.digits or ("latin" if args.shot_lang == "en" else "arabic")
    shot = Shot(view, args.shot_lang, digits, (width, height), scale, args.scheme, args.campaign)
    with tempfile.TemporaryDirectory() as tmp:
        virtual_screen(shot.size, Path(tmp))
        try:
            take(shot, args.out, args.file, Path(tmp))
        except UsageError:
            raise
        except Exception as exc:  # a WorkspaceError, or an unwritable output
            fail_on_problem(exc)
    print(args.out)
    return EXIT_OK


# Modules that call register(), register_export() or register_import() at import time.
EXTENSIONS: tuple[str, ...] = (
    "planner.cli_reports",
    "planner.cli_coverage",
    "planner.cli_identity",
    "planner.cli_campaigns",
    "planner.cli_calendar",
    "planner.cli_hijri",
    "planner.cli_approval",
)


def _names_a_command(argv: list[str]) -> bool:
    """Whether `argv` names a subcommand or asks for help: only then are the extensions'
    subcommands (and the reports they import) needed; opening the window needs none."""
    globals_only = argparse.ArgumentParser(add_help=False)
    globals_only.add_argument("--workspace")
    globals_only.add_argument("--lang")
    _, rest = globals_only.parse_known_args(argv)
    return any(not token.startswith("-") or token in ("-h", "--help") for token in rest)


def _load_extensions() -> None:
    for module in EXTENSIONS:
        __import__(module)
