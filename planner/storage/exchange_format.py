"""The campaign file's contents as typed values, its error codes, and writing it as JSON data.

A campaign file carries one campaign with everything it needs in another workspace. Nothing
in it is a database id: segments are named, accounts are known by platform and handle, and a
post points at its campaign's key message and phase by position. See docs/exchange-format.md.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from planner.domain.approval import DecisionRecord
from planner.domain.identity import AssetKind
from planner.domain.lifecycle import PostCopy
from planner.domain.model import Account, Campaign, Platform, Segment
from planner.domain.validation import IssueCode

FORMAT = "campaign-planner/campaign"
VERSION = 3  # 3: the plan's versions, and the posts' keys that name them (docs/approval.md)
VERSION_WITH_ASSETS = 2  # 2 carries the posts' pictures
VERSION_WITHOUT_ASSETS = 1  # a file without pictures or versions is still written as 1
MAX_FILE_BYTES = 64 * 1024 * 1024


class ExchangeCode(StrEnum):
    """Why a campaign file cannot be read or imported; the UI says it in words, with the field."""

    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    NOT_JSON = "not_json"
    WRONG_FORMAT = "wrong_format"
    NEWER_VERSION = "newer_version"
    MISSING = "missing"
    WRONG_TYPE = "wrong_type"
    INVALID_VALUE = "invalid_value"
    UNKNOWN_KEY = "unknown_key"
    DUPLICATE_KEY = "duplicate_key"
    DUPLICATE = "duplicate"
    UNKNOWN_REFERENCE = "unknown_reference"
    INVALID_CAMPAIGN = "invalid_campaign"  # the plan breaks a rule of planner.domain.validation
    ASSETS_NOT_SUPPORTED = "assets_not_supported"  # a version 1 file with media files
    ASSET_REFUSED = "asset_refused"  # a media file the library would refuse (unsafe, too big)
    NAME_CLASH = "name_clash"
    NOT_UNICODE = "not_unicode"  # a lone surrogate ("\ud800"): no file or database can hold it
    TOO_LONG = "too_long"  # a text over planner.domain.ranges' limit for its field
    TOO_MANY = "too_many"  # a list over its limit (posts, objectives, hashtags...)
    OUT_OF_RANGE = "out_of_range"  # a number or date the charts and the PDF cannot draw


class ExchangeError(Exception):
    """A campaign file that cannot be imported, naming the field at fault.

    `field` is a path into the file ("campaign.phases[1].start", "posts[3].message"; "" for
    the file as a whole). For INVALID_CAMPAIGN, `issue` is the validation rule broken.
    """

    def __init__(self, code: ExchangeCode, field: str = "", issue: IssueCode | None = None):
        super().__init__(
            f"{code.value}: {field or '(file)'}" + (f" ({issue.value})" if issue else "")
        )
        self.code = code
        self.field = field
        self.issue = issue


@dataclass(frozen=True)
class AccountKey:
    """How a file names an account: its platform and handle (compared without "@" and case)."""

    platform: Platform
    handle: str

    @property
    def match(self) -> tuple[Platform, str]:
        return self.platform, self.handle.strip().removeprefix("@").casefold()


@dataclass
class AudienceLink:
    """A segment the campaign targets, by the segment's name."""

    segment: str
    insight: str = ""
    barriers: str = ""


@dataclass
class AccountEntry:
    """An account the campaign uses as a channel; `account.segment_ids` is empty, see `segments`."""

    account: Account
    segments: list[str] = field(default_factory=list)


@dataclass
class PostEntry(PostCopy):
    """A post of the campaign; its segment by name, its key message and phase by position,
    its attached media files by their SHA-256 (in `CampaignBundle.assets`)."""

    segment: str | None = None
    assets: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AssetEntry:
    """A media file a post of the campaign uses, carried in the file (base64 in JSON)."""

    sha256: str
    name: str
    kind: AssetKind
    data: bytes
    alt_text: str = ""


@dataclass
class VersionEntry:
    """A version of the plan frozen for approval: `snapshot` is the campaign file (without
    versions or pictures of its own) of that moment, already checked by the reader."""

    number: int
    frozen_at: dt.datetime
    snapshot: dict[str, Any]
    decision: DecisionRecord | None = None


@dataclass
class CampaignBundle:
    """One campaign file, read and checked.

    `campaign` has no ids; its `audience` and `channel_account_ids` are empty because they
    name workspace rows: the file's `audience` and `channels` carry them by name instead.
    """

    campaign: Campaign
    audience: list[AudienceLink] = field(default_factory=list)
    channels: list[AccountKey] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    accounts: list[AccountEntry] = field(default_factory=list)
    posts: list[PostEntry] = field(default_factory=list)
    assets: list[AssetEntry] = field(default_factory=list)
    versions: list[VersionEntry] = field(default_factory=list)


def bundle_to_dict(bundle: CampaignBundle) -> dict[str, Any]:
    """The JSON data of a campaign file (every key written, in a fixed order). A plan with
    versions is written as version 3, its posts with their keys; else as before (2 with
    pictures, 1 without), so that a version's snapshot never holds versions."""
    c = bundle.campaign
    version = (
        VERSION
        if bundle.versions
        else VERSION_WITH_ASSETS
        if bundle.assets
        else VERSION_WITHOUT_ASSETS
    )
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": version,
        "campaign": {
            "name": c.name,
            "name_en": c.name_en,
            "type": c.type.value,
            "status": c.status.value,
            "status_before_archive": (
                c.status_before_archive.value if c.status_before_archive else None
            ),
            "start": c.start.isoformat(),
            "end": c.end.isoformat(),
            "owner": c.owner,
            "colour": c.colour,
            "aim": c.aim,
            "proposition": c.proposition,
            "hashtags": list(c.hashtags),
            "approver": c.approver,
            "version": c.version,
            "objectives": [
                {
                    "text": o.text,
                    "kpis": [
                        {
                            "metric": k.metric.value,
                            "baseline": _number(k.baseline),
                            "target": _number(k.target),
                            "unit": k.unit,
                            "deadline": k.deadline.isoformat() if k.deadline else None,
                            "measurement": k.measurement,
                            "actual": None if k.actual is None else _number(k.actual),
                        }
                        for k in o.kpis
                    ],
                }
                for o in c.objectives
            ],
            "audience": [
                {"segment": a.segment, "insight": a.insight, "barriers": a.barriers}
                for a in bundle.audience
            ],
            "messages": [{"text": m.text, "text_en": m.text_en} for m in c.messages],
            "channels": [
                {"platform": k.platform.value, "handle": k.handle} for k in bundle.channels
            ],
            "partners": [{"name": p.name, "handle": p.handle, "kind": p.kind} for p in c.partners],
            "phases": [
                {
                    "name": p.name,
                    "start": p.start.isoformat(),
                    "end": p.end.isoformat(),
                    "goal": p.goal,
                }
                for p in c.phases
            ],
            "budget": [
                {"platform": b.platform.value, "amount_baisa": b.amount_baisa} for b in c.budget
            ],
            "reports": [{"title": r.title, "due": r.due.isoformat()} for r in c.reports],
        },
        "segments": [
            {
                "name": s.name,
                "description": s.description,
                "platforms": [p.value for p in s.platforms],
            }
            for s in bundle.segments
        ],
        "accounts": [
            {
                "platform": e.account.platform.value,
                "handle": e.account.handle,
                "url": e.account.url,
                "followers": e.account.followers,
                "segments": e.segments,
                "best_times": [
                    {"weekday": t.weekday, "hour": t.hour} for t in e.account.best_times
                ],
            }
            for e in bundle.accounts
        ],
        "posts": [_post(entry, bool(bundle.versions)) for entry in bundle.posts],
    }
    if bundle.assets:
        data["assets"] = [
            {
                "sha256": a.sha256,
                "name": a.name,
                "kind": a.kind.value,
                "alt_text": a.alt_text,
                "data": base64.b64encode(a.data).decode("ascii"),
            }
            for a in bundle.assets
        ]
    if bundle.versions:
        data["versions"] = [_version(v) for v in bundle.versions]
    return data


def _version(v: VersionEntry) -> dict[str, Any]:
    d = v.decision
    return {
        "number": v.number,
        "frozen_at": v.frozen_at.strftime("%Y-%m-%dT%H:%M"),
        "snapshot": v.snapshot,
        "decision": None
        if d is None
        else {
            "decision": d.decision.value,
            "decided_on": d.decided_on.isoformat(),
            "approver": d.approver,
            "title": d.title,
            "comments": d.comments,
        },
    }


def _post(entry: PostEntry, with_key: bool = False) -> dict[str, Any]:
    p = entry.post
    extra = {"assets": list(entry.assets)} if entry.assets else {}
    key = {"key": p.key} if with_key else {}  # how the file's versions name the post
    return (
        key
        | {
            "base_text": p.base_text,
            "platforms": [x.value for x in p.platforms],
            "variants": {x.value: p.variants[x] for x in p.platforms if p.variants.get(x)},
            "status": p.status.value,
            "status_before_pause": p.status_before_pause.value if p.status_before_pause else None,
            "content_type": p.content_type.value,
            "scheduled_at": p.scheduled_at.strftime("%Y-%m-%dT%H:%M") if p.scheduled_at else None,
            "segment": entry.segment,
            "message": entry.message_index,
            "phase": entry.phase_index,
            "notes": p.notes,
        }
        | extra
    )


def _number(value: float) -> float | int:
    """Whole numbers as JSON integers (600000, not 600000.0); -0.0, which SQLite does not
    keep, as 0 so that export-import-export gives the same file."""
    value = float(value)
    return int(value) if value.is_integer() and abs(value) < 2**53 else value
