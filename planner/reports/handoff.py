"""Hand-off files: the approved posts in the bulk-upload layout of the tool that publishes them.

Qt-free. Only layouts documented in public sources are written (docs/text-and-exports.md
cites them); for a tool whose layout is not published (Meta Business Suite's bulk upload),
HandoffError(NOT_DOCUMENTED) says so rather than guess.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from planner.domain import progress as progress_
from planner.domain.model import Platform, Post, PostStatus
from planner.domain.progress import Progress
from planner.domain.text import clean

# What is handed off: posts the officer has approved, or already marked as scheduled.
READY = (PostStatus.APPROVED, PostStatus.SCHEDULED)
# Hootsuite's composer publishes to these of our platforms (not to Snapchat or WhatsApp).
HOOTSUITE_PLATFORMS = (
    Platform.X,
    Platform.FACEBOOK,
    Platform.INSTAGRAM,
    Platform.LINKEDIN,
    Platform.YOUTUBE,
    Platform.TIKTOK,
)
HOOTSUITE_MAX_ROWS = 350  # messages a bulk upload takes (fewer when some are already queued)
HOOTSUITE_LEAD = dt.timedelta(minutes=10)  # how far ahead a bulk-scheduled message must be


class HandoffTool(StrEnum):
    HOOTSUITE = "hootsuite"
    META = "meta"  # Meta Business Suite: its bulk-upload layout is not published


class HandoffProblem(StrEnum):
    NOT_DOCUMENTED = "not_documented"
    NOTHING = "nothing"  # no approved or scheduled post in the choice


class HandoffError(Exception):
    def __init__(self, problem: HandoffProblem, tool: HandoffTool) -> None:
        super().__init__(f"{problem.value}: {tool.value}")
        self.problem = problem
        self.tool = tool


@dataclass
class HandoffFile:
    """One written file: the platform (social profile) it is for, and how many posts."""

    path: Path
    platform: Platform
    posts: int


@dataclass
class Handoff:
    """What a hand-off wrote, and what it left out and why (nothing is left out silently)."""

    files: list[HandoffFile] = field(default_factory=list)
    unsupported: dict[Platform, int] = field(default_factory=dict)  # the tool cannot publish
    too_soon: int = 0  # in the past, or sooner than the tool accepts


def ready_posts(posts: Iterable[Post]) -> list[Post]:
    """The dated posts that are approved or scheduled, in time order."""
    return sorted(
        (p for p in posts if p.scheduled_at is not None and p.status in READY),
        key=lambda p: (p.scheduled_at, p.id or 0),
    )


def write_handoff(
    tool: HandoffTool,
    posts: Iterable[Post],
    out: Path,
    now: dt.datetime,
    progress: Progress | None = None,
) -> Handoff:
    """Write the approved and scheduled posts among `posts` for `tool` beside `out`.

    `now` is Muscat local time. Raises HandoffError when the tool's layout is not published
    or when there is nothing to hand off. The files appear all together or none: each is
    written beside its place, and all are renamed once every one is whole; `progress`
    (posts done, posts) may stop it before then.
    """
    if tool is not HandoffTool.HOOTSUITE:
        raise HandoffError(HandoffProblem.NOT_DOCUMENTED, tool)
    chosen = ready_posts(posts)
    if not chosen:
        raise HandoffError(HandoffProblem.NOTHING, tool)
    return _hootsuite(chosen, Path(out), now, progress)


def _hootsuite(
    posts: list[Post], out: Path, now: dt.datetime, progress: Progress | None = None
) -> Handoff:
    """Hootsuite's bulk composer: one CSV per social profile (the profile is chosen when the
    file is uploaded), no header, three columns: the date and time in the account's time zone
    as dd/mm/yyyy hh:mm (24-hour; "dd/mm/yyyy" is then chosen as the file's date format), the
    message (the platform's own text), and an optional link, left empty (links stay in the
    text). UTF-8 without a BOM, which would stick to the first date. At most 350 rows a file:
    more make numbered parts."""
    result = Handoff()
    by_platform: dict[Platform, list[tuple[dt.datetime, str]]] = {}
    for done, post in enumerate(posts, start=1):
        progress_.step(progress, done, len(posts))
        assert post.scheduled_at is not None
        if post.scheduled_at < now + HOOTSUITE_LEAD:
            result.too_soon += 1
            continue
        for platform in post.platforms:
            if platform not in HOOTSUITE_PLATFORMS:
                result.unsupported[platform] = result.unsupported.get(platform, 0) + 1
                continue
            text = clean(post.text_for(platform))
            by_platform.setdefault(platform, []).append((post.scheduled_at, text))
    files: list[tuple[Path, list[list[str]]]] = []
    for platform in HOOTSUITE_PLATFORMS:
        rows = by_platform.get(platform, [])
        parts = [rows[i : i + HOOTSUITE_MAX_ROWS] for i in range(0, len(rows), HOOTSUITE_MAX_ROWS)]
        for number, part in enumerate(parts, start=1):
            suffix = f"-{number}" if len(parts) > 1 else ""
            path = out.with_name(f"{out.stem}-hootsuite-{platform.value}{suffix}.csv")
            files.append(
                (path, [[when.strftime("%d/%m/%Y %H:%M"), text, ""] for when, text in part])
            )
            result.files.append(HandoffFile(path, platform, len(part)))
    _write_all(files)
    return result


def _write_all(files: list[tuple[Path, list[list[str]]]]) -> None:
    """Write every file beside its place, then rename them all: none appears unless all do."""
    written: list[tuple[str, Path]] = []
    try:
        for path, rows in files:
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
            written.append((temporary, path))
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                csv.writer(stream, lineterminator="\r\n").writerows(rows)
        progress_.finishing()
        while written:
            os.replace(*written[0])
            written.pop(0)
    finally:
        for temporary, _path in written:
            Path(temporary).unlink(missing_ok=True)
