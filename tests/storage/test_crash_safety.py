"""A process killed with SIGKILL in the middle of edits loses no committed edit."""

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.storage.workspace import Workspace, inspect

WRITER = r"""
import sys, datetime as dt
from pathlib import Path
from planner.domain.model import Platform, Post
from planner.storage.workspace import Workspace

ws = Workspace.open(Path(sys.argv[1]), backup=False)
start = int(sys.argv[2])
for i in range(start, start + 100000):
    with ws.transaction():
        ws.posts.save(Post(base_text=f"edit {i}", platforms=[Platform.X, Platform.TIKTOK],
                           scheduled_at=dt.datetime(2026, 1, 1, 9, 0)))
        ws.meta.set("last", str(i))
    print(i, flush=True)
"""

ROUNDS = 25


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_loses_no_committed_edit(tmp_path: Path):
    """Kill a writer at random moments, many times; every acknowledged edit survives."""
    path = tmp_path / "crash.planner"
    Workspace.create(path).close()
    root = Path(__file__).resolve().parents[2]
    rng = random.Random(20261126)
    acknowledged = -1
    for _ in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(acknowledged + 1)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=root,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the writer is running and has committed one edit
        assert first.strip(), "the writer did not start"
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        lines = [first, *out.splitlines()]
        done = [int(x) for x in lines if x.strip().isdigit()]
        acknowledged = max(acknowledged, *done)
        inspect(path, full=True)
        ws = Workspace.open(path, backup=False)
        try:
            assert ws.integrity_ok()
            texts = {r[0] for r in ws.db.execute("SELECT base_text FROM posts")}
            missing = [i for i in range(acknowledged + 1) if f"edit {i}" not in texts]
            assert not missing, f"committed edits lost: {missing[:5]}"
            assert int(ws.meta.get("last")) >= acknowledged
            # every post has both of its platforms: no half-written action
            halves = ws.db.execute(
                "SELECT COUNT(*) FROM posts p WHERE (SELECT COUNT(*) FROM post_platforms pp "
                "WHERE pp.post_id = p.id) != 2"
            ).fetchone()[0]
            assert halves == 0
        finally:
            ws.close()
    assert acknowledged > ROUNDS
