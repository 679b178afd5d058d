"""Share one campaign with a colleague: export it to a campaign file, import one into a workspace.

The file format is documented in docs/exchange-format.md (schema:
resources/campaign.schema.json). Reading checks everything first; importing writes everything
in one transaction or nothing at all. Errors are ExchangeError(code, field), never text.
"""

from __future__ import annotations

import copy
import json
import os
import secrets
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from planner.domain import progress as progress_
from planner.domain.content import AssetRefusedError
from planner.domain.model import AudienceTarget, Platform, Segment
from planner.domain.progress import Progress
from planner.storage import exchange_versions
from planner.storage.assets import Thumbnailer
from planner.storage.errors import WorkspaceError, classify_sqlite_error
from planner.storage.exchange_format import (
    MAX_FILE_BYTES,
    AccountEntry,
    AccountKey,
    AssetEntry,
    AudienceLink,
    CampaignBundle,
    ExchangeCode,
    ExchangeError,
    PostEntry,
    bundle_to_dict,
)
from planner.storage.exchange_json import parse_json
from planner.storage.exchange_reader import bundle_from_dict
from planner.storage.exchange_rules import check_bundle
from planner.storage.workspace import Workspace

OnClash = Literal["rename", "replace", "fail"]
_ORDER = {p: i for i, p in enumerate(Platform)}

__all__ = [
    "CampaignBundle",
    "ExchangeCode",
    "ExchangeError",
    "OnClash",
    "export_bundle",
    "export_campaign",
    "import_campaign",
    "read_campaign_file",
    "unique_name",
    "write_campaign_file",
]


def export_bundle(
    workspace: Workspace, campaign_id: int, *, with_versions: bool = True, with_assets: bool = True
) -> CampaignBundle:
    """The campaign with its posts and the segments and accounts it uses, free of ids; with
    the media files its posts use (`with_assets`) and its plan's versions (`with_versions`;
    a version's snapshot has neither, see planner/storage/approval.py).

    Segments and accounts come sorted (by name; by platform and handle) so that the same
    campaign always gives the same file. Raises KeyError when there is no such campaign.
    """
    c = workspace.campaigns.get(campaign_id)
    posts = workspace.posts.for_campaign(campaign_id)
    accounts = {a: workspace.accounts.get(a) for a in c.channel_account_ids}
    segment_ids = (
        {a.segment_id for a in c.audience}
        | {p.segment_id for p in posts if p.segment_id is not None}
        | {s for a in accounts.values() for s in a.segment_ids}
    )
    segments = {s: workspace.segments.get(s) for s in segment_ids}
    name_of = {s: seg.name for s, seg in segments.items()}

    by_name: dict[str, Segment] = {}
    for segment in sorted(segments.values(), key=lambda s: (s.name, s.id or 0)):
        by_name.setdefault(segment.name, replace(segment, id=None))
    entries: dict[tuple[Platform, str], AccountEntry] = {}
    for account in sorted(
        accounts.values(), key=lambda a: (_ORDER[a.platform], a.handle, a.id or 0)
    ):
        key = AccountKey(account.platform, account.handle).match
        entries.setdefault(
            key,
            AccountEntry(
                replace(account, id=None, segment_ids=[]),
                sorted({name_of[s] for s in account.segment_ids}),
            ),
        )

    plan = copy.deepcopy(c)
    plan.id, plan.audience, plan.channel_account_ids, plan.brand_kit_id = None, [], [], None
    for objective in plan.objectives:
        objective.id = None
        for kpi in objective.kpis:
            kpi.id = None
    for message in plan.messages:
        message.id = None
    for phase in plan.phases:
        phase.id = None
    audience: dict[str, AudienceLink] = {}
    for a in c.audience:
        audience.setdefault(
            name_of[a.segment_id], AudienceLink(name_of[a.segment_id], a.insight, a.barriers)
        )
    message_at = {m.id: i for i, m in enumerate(c.messages)}
    phase_at = {p.id: i for i, p in enumerate(c.phases)}
    carried: dict[str, AssetEntry] = {}
    attached: dict[int, list[str]] = {}
    for p in posts if with_assets else []:
        assert p.id is not None
        for asset in workspace.assets.assets_of_post(p.id):
            assert asset.id is not None
            attached.setdefault(p.id, []).append(asset.sha256)
            if asset.sha256 not in carried:
                carried[asset.sha256] = AssetEntry(
                    asset.sha256,
                    asset.name,
                    asset.kind,
                    workspace.assets.data(asset.id),
                    asset.alt_text,
                )
    return CampaignBundle(
        plan,
        list(audience.values()),
        channels=[AccountKey(e.account.platform, e.account.handle) for e in entries.values()],
        segments=list(by_name.values()),
        accounts=list(entries.values()),
        posts=[
            PostEntry(
                replace(
                    p, id=None, campaign_id=None, segment_id=None, message_id=None, phase_id=None
                ),
                message_index=message_at.get(p.message_id),
                phase_index=phase_at.get(p.phase_id),
                segment=name_of[p.segment_id] if p.segment_id is not None else None,
                assets=attached.get(p.id or 0, []),
            )
            for p in posts
        ],
        assets=list(carried.values()),
        versions=(
            exchange_versions.stored_versions(workspace.db, campaign_id) if with_versions else []
        ),
    )


def export_campaign(workspace: Workspace, campaign_id: int) -> dict[str, Any]:
    """The campaign file's JSON data for one campaign. Raises KeyError when there is none."""
    return bundle_to_dict(export_bundle(workspace, campaign_id))


def write_campaign_file(
    workspace: Workspace, campaign_id: int, path: Path, progress: Progress | None = None
) -> None:
    """Write the campaign file atomically: a temporary file beside it, then a rename.

    An existing file at `path` is replaced only once the new one is complete. `progress`
    hears of its four stages (read, encode, write, done) and may stop it before the rename.
    """
    path = Path(path)
    progress_.step(progress, 0, 4)
    data = export_campaign(workspace, campaign_id)
    progress_.step(progress, 1, 4)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    progress_.step(progress, 2, 4)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        with tmp.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        progress_.step(progress, 3, 4)
        progress_.finishing()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def read_campaign_file(path: Path) -> CampaignBundle:
    """Read and check a campaign file completely; raises ExchangeError naming the field."""
    try:
        with Path(path).open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ExchangeError(ExchangeCode.UNREADABLE) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise ExchangeError(ExchangeCode.TOO_LARGE)
    try:
        data = parse_json(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ExchangeError(ExchangeCode.NOT_JSON) from exc
    return bundle_from_dict(data)


def unique_name(name: str, taken: set[str]) -> str:
    """`name`, or `name (2)`, `name (3)` ... whichever is not taken yet."""
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


def import_campaign(
    workspace: Workspace,
    bundle: CampaignBundle,
    on_clash: OnClash = "fail",
    new_name: str | None = None,
    thumbnailer: Thumbnailer | None = None,
    progress: Progress | None = None,
) -> int:
    """Add the bundle's campaign, with its posts, to the workspace; return its id.

    Segments are matched by name and accounts by platform and handle (see AccountKey);
    missing ones are created, existing ones are left as they are. The campaign is named
    `new_name` when given. When a campaign of that name exists, `on_clash` decides: "fail"
    raises ExchangeError(NAME_CLASH), "rename" picks a free name (`unique_name`), "replace"
    deletes the existing campaign(s) of that name with their posts. Everything happens in one
    transaction; on any error nothing is written. The posts' media files go into the
    library (a file already there is not stored twice), made thumbnails by `thumbnailer`.
    `progress(posts stored, posts)` may stop it: then nothing is stored either.
    """
    check_bundle(bundle)
    name = bundle.campaign.name if new_name is None else new_name
    if not name.strip():
        raise ExchangeError(ExchangeCode.INVALID_VALUE, "campaign.name")
    existing: dict[str, list[int]] = {}
    for summary in workspace.campaigns.summaries():
        existing.setdefault(summary.name, []).append(summary.id)
    if name in existing and on_clash == "fail":
        raise ExchangeError(ExchangeCode.NAME_CLASH, "campaign.name")
    if on_clash == "rename":
        name = unique_name(name, set(existing))

    try:
        with workspace.transaction():
            if on_clash == "replace":
                for old_id in existing.get(name, []):
                    workspace.campaigns.delete(old_id)
            segment_ids = _segments(workspace, bundle)
            account_ids = _accounts(workspace, bundle, segment_ids)
            campaign = copy.deepcopy(bundle.campaign)
            campaign.name = name
            campaign.audience = [_target(a, segment_ids) for a in bundle.audience]
            campaign.channel_account_ids = [account_ids[k.match] for k in bundle.channels]
            campaign_id = workspace.campaigns.save(campaign)
            asset_ids = {a.sha256: _asset_id(workspace, a, thumbnailer) for a in bundle.assets}
            keys: dict[str, str] = {}
            for done, entry in enumerate(bundle.posts):
                progress_.step(progress, done, len(bundle.posts))
                post = entry.bind(campaign)
                post.segment_id = segment_ids[entry.segment] if entry.segment is not None else None
                post_id = workspace.posts.save(post)
                for sha256 in entry.assets:
                    workspace.assets.attach_asset(post_id, asset_ids[sha256])
                if entry.post.key:
                    # a key another post holds is given anew; the versions follow the first
                    keys.setdefault(entry.post.key, post.key)
            exchange_versions.store_versions(workspace.db, campaign_id, bundle.versions, keys)
    except sqlite3.Error as exc:  # a full disk, a locked file: nothing was written
        raise WorkspaceError(classify_sqlite_error(exc), workspace.path, str(exc)) from exc
    return campaign_id


def _asset_id(workspace: Workspace, entry: AssetEntry, thumbnailer: Thumbnailer | None) -> int:
    try:
        outcome = workspace.assets.add(
            entry.data,
            entry.name,
            kind=entry.kind,
            alt_text=entry.alt_text,
            thumbnailer=thumbnailer,
        )
    except AssetRefusedError as exc:  # checked when read; a bundle built in code may not be
        raise ExchangeError(ExchangeCode.ASSET_REFUSED, entry.name) from exc
    assert outcome.asset.id is not None
    return outcome.asset.id


def _segments(workspace: Workspace, bundle: CampaignBundle) -> dict[str, int]:
    known: dict[str, int] = {}
    for segment in workspace.segments.list():
        if segment.id is not None:
            known.setdefault(segment.name, segment.id)
    for segment in bundle.segments:
        if segment.name not in known:
            known[segment.name] = workspace.segments.save(replace(segment, id=None))
    return known


def _accounts(
    workspace: Workspace, bundle: CampaignBundle, segment_ids: dict[str, int]
) -> dict[tuple[Platform, str], int]:
    known: dict[tuple[Platform, str], int] = {}
    for account in workspace.accounts.list():
        if account.id is not None:
            known.setdefault(AccountKey(account.platform, account.handle).match, account.id)
    for entry in bundle.accounts:
        key = AccountKey(entry.account.platform, entry.account.handle).match
        if key not in known:
            known[key] = workspace.accounts.save(
                replace(
                    entry.account, id=None, segment_ids=[segment_ids[s] for s in entry.segments]
                )
            )
    return known


def _target(link: AudienceLink, segment_ids: dict[str, int]) -> AudienceTarget:
    return AudienceTarget(segment_ids[link.segment], link.insight, link.barriers)
