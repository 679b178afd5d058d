"""A file written whole is either the new one or the old one, with no partial file left."""

from pathlib import Path

import pytest

from planner.files import write_whole


def test_the_file_is_replaced_once_written(tmp_path: Path):
    """The new content replaces the old; nothing else is left in the folder."""
    target = tmp_path / "chart.png"
    target.write_bytes(b"old")
    write_whole(target, lambda p: p.write_bytes(b"new"), ".png")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_partial(tmp_path: Path):
    """A writer that fails half-way changes nothing, and its error reaches the caller."""
    target = tmp_path / "logo.svg"
    target.write_bytes(b"old")

    def fail(partial: Path) -> None:
        partial.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_whole(target, fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["logo.svg"]
