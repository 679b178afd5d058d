"""The whole sample workspace a newcomer first sees: every area's sample in one new file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from planner.domain import progress
from planner.paths import resource
from planner.storage.workspace import Workspace, move_aside


def create_sample(path: Path, today: dt.date | None = None) -> Workspace:
    """Create a workspace at `path` filled with the sample campaigns.

    It is written under a temporary name beside `path` and renamed only when complete, so a
    killed run leaves no half-filled workspace (and the next run starts afresh)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    move_aside(partial)  # a killed earlier run's leftover
    workspace = Workspace.create(partial)
    # the sample loaders are needed once, on first launch: keep them off the start-up path
    from planner.storage.calendar_sample import load_calendar_sample
    from planner.storage.coverage_sample import load_coverage_sample
    from planner.storage.crisis_sample import load_crisis_sample
    from planner.storage.identity_sample import load_identity_sample
    from planner.storage.sample import load_sample

    try:
        with progress.provisional():  # its commits go into the partial file: Ctrl+C stops
            load_sample(workspace, resource("sample", "workspace.json"), today)
            load_crisis_sample(workspace, today=today)
            load_identity_sample(workspace, resource("sample", "identity.json"), today)
            load_calendar_sample(workspace, resource("sample", "calendar.json"), today)
            load_coverage_sample(
                workspace, resource("sample", "coverage.json"), today or dt.date.today()
            )
    except BaseException:  # an error, or Ctrl+C: no partial file is left
        workspace.close()
        move_aside(partial)
        raise
    workspace.close()  # checkpoints the WAL into the file: one file to rename
    try:
        if path.exists():
            raise FileExistsError(path)
        progress.finishing()
        os.replace(partial, path)
    finally:
        move_aside(partial)
    return Workspace.open(path, backup=False)
