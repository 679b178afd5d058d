"""Nothing left behind: a killed backup's partial copy is removed on the next open, a killed
`demo` leaves no half-filled workspace and the next run completes it."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from planner.storage import backups
from planner.storage.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


def test_a_stale_partial_backup_is_removed_on_open(workspace, tmp_path):
    """A `.partial-*.planner` older than a running backup could be is deleted by the next open;
    one being written right now (fresh) is left alone."""
    path = workspace.path
    workspace.close()
    folder = backups.backup_dir(path)
    folder.mkdir()
    stale = folder / ".partial-abc123.planner"
    stale.write_bytes(b"\0" * 65536)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = folder / ".partial-def456.planner"
    fresh.write_bytes(b"\0")
    Workspace.open(path).close()
    assert not stale.exists()
    assert fresh.exists()
    assert [b.path.parent for b in backups.list_backups(path)] == [folder]


def _demo(out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "demo", "--out", str(out)],
        cwd=ROOT,
        env={**os.environ, "PLANNER_LANG": "en"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_a_killed_demo_leaves_no_workspace_and_the_next_run_completes(tmp_path):
    """Killed while it fills the sample: no file under the asked name; run again: exit 0,
    the complete sample, and no temporary file left."""
    out = tmp_path / "demo.planner"
    partial = tmp_path / ".demo.planner.partial"
    process = _demo(out)
    deadline = time.monotonic() + 60
    while not partial.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    assert not out.exists()
    again = _demo(out)
    _out, stderr = again.communicate(timeout=120)
    assert again.returncode == 0, stderr
    workspace = Workspace.open(out, backup=False)
    assert len(workspace.campaigns.summaries()) == 3
    workspace.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.planner"]
