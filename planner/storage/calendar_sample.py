"""Fill a workspace's calendar material (hashtag sets, snippets, local occasions) from JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from planner.domain.calendar import HashtagSet, LocalOccasion, Snippet
from planner.storage.workspace import Workspace


def load_calendar_sample(workspace: Workspace, source: Path, today: dt.date | None = None) -> None:
    """Add the sample's hashtag sets, snippets and local occasions, in one transaction.

    Occasion days are relative to `today`, like the rest of the sample.
    """
    data = json.loads(source.read_text("utf-8"))
    today = today or dt.date.today()
    store = workspace.calendar
    with workspace.transaction():
        for h in data.get("hashtag_sets", []):
            store.hashtags.save(HashtagSet(h["name"], list(h["tags"])))
        for s in data.get("snippets", []):
            store.snippets.save(Snippet(s["name"], s["text"]))
        for o in data.get("local_occasions", []):
            store.occasions.save(
                LocalOccasion(
                    o["name"],
                    today + dt.timedelta(days=o["start"]),
                    today + dt.timedelta(days=o["end"]),
                    o.get("name_en", ""),
                    bool(o.get("quiet", False)),
                    o.get("notes", ""),
                )
            )
