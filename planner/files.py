"""Writing a file whole: through a hidden partial file beside it, renamed over it once complete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def write_whole(path: Path, write: Callable[[Path], object], tail: str = "") -> None:
    """Let `write` fill a hidden partial file beside `path` (named with `tail` at its end,
    for writers that go by the suffix), then put it in place of `path`. A failure leaves
    `path` as it was and no partial file behind; the error (OSError) goes on."""
    partial = path.with_name(f".{path.name}.partial{tail}")
    try:
        write(partial)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
