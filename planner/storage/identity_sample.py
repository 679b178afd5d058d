"""Fill a workspace's visual identity from `resources/sample/identity.json`: kits, files, links.

Runs after the sample campaigns are loaded (it finds campaigns by name and posts by day,
relative to the day the sample is loaded, like the rest of the sample).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from planner.domain.identity import AssetKind, BrandColour, BrandKit, ColourRole
from planner.storage.assets import Thumbnailer, read_file
from planner.storage.workspace import Workspace


def load_identity_sample(
    workspace: Workspace,
    source: Path,
    today: dt.date | None = None,
    thumbnailer: Thumbnailer | None = None,
) -> None:
    """Add the sample kits with their files, and attach files to posts, in one transaction.

    Without a thumbnailer (no Qt, e.g. `main.py demo`) the library makes the thumbnails the
    first time it is shown.
    """
    data = json.loads(source.read_text("utf-8"))
    today = today or dt.date.today()
    files: dict[str, int] = {}
    with workspace.transaction():
        for k in data["kits"]:
            kit_id = workspace.kits.save(
                BrandKit(
                    name=k["name"],
                    name_en=k.get("name_en", ""),
                    guidelines=k.get("guidelines", ""),
                    colours=[
                        BrandColour(c["name"], c["hex"], ColourRole(c["role"]))
                        for c in k.get("colours", [])
                    ],
                )
            )
            for name in k.get("campaigns", []):
                for campaign_id in workspace.campaigns.ids_by_name(name):
                    workspace.kits.set_campaign_kit(campaign_id, kit_id)
            for a in k.get("assets", []):
                path = source.parent / a["file"]
                outcome = workspace.assets.add(
                    read_file(path),
                    a["name"],
                    suffix=path.suffix,
                    kit_id=kit_id,
                    kind=AssetKind(a["kind"]),
                    tags=a.get("tags", []),
                    alt_text=a.get("alt_text", ""),
                    thumbnailer=thumbnailer,
                )
                assert outcome.asset.id is not None
                files.setdefault(a["file"], outcome.asset.id)
        for link in data.get("attachments", []):
            days = {today + dt.timedelta(days=d) for d in link["days"]}
            for campaign_id in workspace.campaigns.ids_by_name(link["campaign"]):
                for post in workspace.posts.for_campaign(campaign_id):
                    if (
                        post.id is not None
                        and post.scheduled_at is not None
                        and post.scheduled_at.date() in days
                    ):
                        workspace.assets.attach_asset(post.id, files[link["asset"]])
