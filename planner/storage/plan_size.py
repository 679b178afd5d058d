"""How large a campaign's plan PDF will be, estimated from the stored text before any layout."""

from __future__ import annotations

from planner.domain.ranges import estimated_pages
from planner.storage.workspace import Workspace


def estimated_plan_pages(workspace: Workspace, campaign_id: int) -> int:
    """The estimated page count of the campaign's plan (see ranges.estimated_pages)."""
    row = workspace.db.execute(
        "SELECT COUNT(*), TOTAL(length(base_text) + length(notes)) FROM posts "
        "WHERE campaign_id = ?",
        [campaign_id],
    ).fetchone()
    variants = workspace.db.execute(
        "SELECT TOTAL(length(pp.text)) FROM post_platforms pp JOIN posts p ON p.id = pp.post_id "
        "WHERE p.campaign_id = ?",
        [campaign_id],
    ).fetchone()[0]
    plan = workspace.db.execute(
        "SELECT length(aim) + length(proposition) FROM campaigns WHERE id = ?", [campaign_id]
    ).fetchone()
    characters = int(row[1] + variants + (plan[0] if plan else 0))
    return estimated_pages(characters, int(row[0]))
