"""Reading a campaign file's JSON data into a CampaignBundle, checking every field on the way.

A hand-written typed validator (no JSON-Schema dependency): each read knows its path in the
file, so the first problem found raises ExchangeError naming exactly that field. It agrees
with resources/campaign.schema.json, and adds what a schema cannot say (references between
parts of the file, and the campaign rules of planner.domain.validation).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from pathlib import Path
from typing import Any

from planner.domain.content import AssetRefusedError
from planner.domain.identity import AssetKind, guess_kind
from planner.domain.intake import inspect_bytes
from planner.domain.model import (
    Account,
    BestTime,
    BudgetLine,
    Campaign,
    CampaignStatus,
    CampaignType,
    ContentType,
    KeyMessage,
    Kpi,
    Metric,
    Objective,
    Partner,
    Phase,
    Platform,
    Post,
    PostStatus,
    ReportDue,
    Segment,
)
from planner.domain.money import MAX_BAISA
from planner.domain.ranges import MAX_ACCOUNTS, MAX_POSTS, MAX_SEGMENTS, NUMBER_MAX
from planner.storage.exchange_format import (
    FORMAT,
    MAX_FILE_BYTES,
    VERSION,
    AccountEntry,
    AccountKey,
    AssetEntry,
    AudienceLink,
    CampaignBundle,
    ExchangeCode,
    PostEntry,
)
from planner.storage.exchange_json import _At
from planner.storage.exchange_rules import check_bundle

_KEY = re.compile(r"[0-9A-Za-z_-]{1,64}")


def _key(at: _At) -> str:
    """A post's key: "" (none yet) or up to 64 letters, digits, "_" and "-"."""
    key = at.text()
    if key and not _KEY.fullmatch(key):
        at.fail(ExchangeCode.INVALID_VALUE)
    return key


def _strings(at: _At) -> list[str]:
    return [item.text() for item in at.items()]


def bundle_from_dict(data: Any) -> CampaignBundle:
    """Check a campaign file's parsed JSON and build the bundle; raises ExchangeError."""
    root = _At(data, "")
    if not isinstance(data, dict):
        root.fail(ExchangeCode.WRONG_TYPE)
    if data.get("format") != FORMAT:
        root.child("format", None).fail(ExchangeCode.WRONG_FORMAT)
    version = root.child("version", data.get("version"))
    if "version" not in data:
        version.fail(ExchangeCode.MISSING)
    if version.integer(1) > VERSION:
        version.fail(ExchangeCode.NEWER_VERSION)
    top = root.fields(
        ("format", "version", "campaign"),
        ("segments", "accounts", "posts", "assets", "versions"),
    )
    if version.value == 1 and "assets" in top and top["assets"].items():
        top["assets"].fail(ExchangeCode.ASSETS_NOT_SUPPORTED)
    bundle = _campaign(top["campaign"])
    bundle.assets = top.read("assets", lambda a: [_asset(x) for x in a.items()], [])
    bundle.segments = top.read(
        "segments", lambda a: [_segment(s) for s in a.items(MAX_SEGMENTS)], []
    )
    bundle.accounts = top.read(
        "accounts", lambda a: [_account(x) for x in a.items(MAX_ACCOUNTS)], []
    )
    bundle.posts = top.read("posts", lambda a: [_post(p) for p in a.items(MAX_POSTS)], [])
    check_bundle(bundle)
    if "versions" in top:
        from planner.storage.exchange_versions import read_versions

        bundle.versions = read_versions(top["versions"], bundle_from_dict)
    return bundle


def _campaign(at: _At) -> CampaignBundle:
    f = at.fields(
        ("name", "type", "status", "start", "end"),
        (
            "name_en",
            "status_before_archive",
            "owner",
            "colour",
            "aim",
            "proposition",
            "hashtags",
            "approver",
            "version",
            "objectives",
            "audience",
            "messages",
            "channels",
            "partners",
            "phases",
            "budget",
            "reports",
        ),
    )
    campaign = Campaign(
        name=f["name"].text(),
        name_en=f.read("name_en", _At.text, ""),
        type=f["type"].enum(CampaignType),
        status=f["status"].enum(CampaignStatus),
        status_before_archive=f.nullable("status_before_archive", lambda a: a.enum(CampaignStatus)),
        start=f["start"].date(),
        end=f["end"].date(),
        owner=f.read("owner", _At.text, ""),
        colour=f.read("colour", _At.text, "#1f6f8b"),
        aim=f.read("aim", _At.text, ""),
        proposition=f.read("proposition", _At.text, ""),
        hashtags=f.read("hashtags", _strings, []),
        approver=f.read("approver", _At.text, ""),
        version=f.read("version", _At.text, "1") or "1",
        objectives=f.read("objectives", lambda a: [_objective(o) for o in a.items()], []),
        messages=f.read("messages", lambda a: [_message(m) for m in a.items()], []),
        partners=f.read("partners", lambda a: [_partner(p) for p in a.items()], []),
        phases=f.read("phases", lambda a: [_phase(p) for p in a.items()], []),
        budget=f.read("budget", lambda a: [_budget(b) for b in a.items()], []),
        reports=f.read("reports", lambda a: [_report(r) for r in a.items()], []),
    )
    return CampaignBundle(
        campaign,
        audience=f.read("audience", lambda a: [_audience(x) for x in a.items()], []),
        channels=f.read("channels", lambda a: [_channel(x) for x in a.items()], []),
    )


def _objective(at: _At) -> Objective:
    f = at.fields(("text",), ("kpis",))
    return Objective(f["text"].text(), f.read("kpis", lambda a: [_kpi(k) for k in a.items()], []))


def _kpi(at: _At) -> Kpi:
    f = at.fields(("metric", "baseline", "target"), ("unit", "deadline", "measurement", "actual"))
    return Kpi(
        metric=f["metric"].enum(Metric),
        baseline=f["baseline"].number(),
        target=f["target"].number(),
        unit=f.read("unit", _At.text, ""),
        deadline=f.nullable("deadline", _At.date),
        measurement=f.read("measurement", _At.text, ""),
        actual=f.nullable("actual", _At.number),
    )


def _audience(at: _At) -> AudienceLink:
    f = at.fields(("segment",), ("insight", "barriers"))
    return AudienceLink(
        f["segment"].name(), f.read("insight", _At.text, ""), f.read("barriers", _At.text, "")
    )


def _message(at: _At) -> KeyMessage:
    f = at.fields(("text",), ("text_en",))
    return KeyMessage(f["text"].text(), f.read("text_en", _At.text, ""))


def _channel(at: _At) -> AccountKey:
    f = at.fields(("platform", "handle"))
    return AccountKey(f["platform"].enum(Platform), f["handle"].name())


def _partner(at: _At) -> Partner:
    f = at.fields(("name",), ("handle", "kind"))
    return Partner(
        f["name"].text(), f.read("handle", _At.text, ""), f.read("kind", _At.text, "partner")
    )


def _phase(at: _At) -> Phase:
    f = at.fields(("name", "start", "end"), ("goal",))
    return Phase(f["name"].text(), f["start"].date(), f["end"].date(), f.read("goal", _At.text, ""))


def _budget(at: _At) -> BudgetLine:
    f = at.fields(("platform", "amount_baisa"))
    return BudgetLine(f["platform"].enum(Platform), f["amount_baisa"].integer(0, MAX_BAISA))


def _report(at: _At) -> ReportDue:
    f = at.fields(("title", "due"))
    return ReportDue(f["title"].text(), f["due"].date())


def _segment(at: _At) -> Segment:
    f = at.fields(("name",), ("description", "platforms"))
    return Segment(
        f["name"].name(),
        f.read("description", _At.text, ""),
        f.read("platforms", lambda a: [p.enum(Platform) for p in a.items()], []),
    )


def _account(at: _At) -> AccountEntry:
    f = at.fields(("platform", "handle"), ("url", "followers", "segments", "best_times"))
    account = Account(
        f["platform"].enum(Platform),
        f["handle"].name(),
        f.read("url", _At.text, ""),
        f.read("followers", lambda a: a.integer(0, int(NUMBER_MAX)), 0),
        best_times=f.read("best_times", lambda a: [_best_time(t) for t in a.items()], []),
    )
    return AccountEntry(account, f.read("segments", lambda a: [s.name() for s in a.items()], []))


def _best_time(at: _At) -> BestTime:
    f = at.fields(("weekday", "hour"))
    return BestTime(f["weekday"].integer(0, 6), f["hour"].integer(0, 23))


def _post(at: _At) -> PostEntry:
    f = at.fields(
        ("platforms",),
        (
            "key",
            "base_text",
            "variants",
            "status",
            "status_before_pause",
            "content_type",
            "scheduled_at",
            "segment",
            "message",
            "phase",
            "notes",
            "assets",
        ),
    )
    variants = {}
    if "variants" in f:
        for key, text in f["variants"].fields((), tuple(p.value for p in Platform)).items():
            variants[Platform(key)] = text.text()
    post = Post(
        base_text=f.read("base_text", _At.text, ""),
        platforms=[p.enum(Platform) for p in f["platforms"].items()],
        status=f.read("status", lambda a: a.enum(PostStatus), PostStatus.DRAFT),
        status_before_pause=f.nullable("status_before_pause", lambda a: a.enum(PostStatus)),
        content_type=f.read("content_type", lambda a: a.enum(ContentType), ContentType.TEXT),
        scheduled_at=f.nullable("scheduled_at", _At.moment),
        variants=variants,
        notes=f.read("notes", _At.text, ""),
        key=f.read("key", _key, ""),
    )
    return PostEntry(
        post,
        message_index=f.nullable("message", lambda a: a.integer()),
        phase_index=f.nullable("phase", lambda a: a.integer()),
        segment=f.nullable("segment", _At.name),
        assets=f.read("assets", lambda a: [x.name() for x in a.items()], []),
    )


def _asset(at: _At) -> AssetEntry:
    """A media file carried in the file: decoded, its SHA-256 verified, and checked by the same
    rules as a file imported into the library, before anything is stored."""
    f = at.fields(("sha256", "name", "data"), ("kind", "alt_text"))
    try:
        data = base64.b64decode(f["data"].text(MAX_FILE_BYTES), validate=True)
    except (binascii.Error, ValueError):
        f["data"].fail(ExchangeCode.INVALID_VALUE)
    sha256 = f["sha256"].name()
    if hashlib.sha256(data).hexdigest() != sha256:
        f["sha256"].fail(ExchangeCode.INVALID_VALUE)
    name = f["name"].name()
    try:
        found = inspect_bytes(data, Path(name).suffix)
    except AssetRefusedError:
        at.fail(ExchangeCode.ASSET_REFUSED)
    kind = f.read("kind", lambda a: a.enum(AssetKind), guess_kind(name, found.format))
    return AssetEntry(sha256, name, kind, data, f.read("alt_text", _At.text, ""))
