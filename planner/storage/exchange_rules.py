"""What a campaign bundle must satisfy beyond its types: references, uniqueness, plan rules.

Checked on every bundle before anything is written, whether it was read from a file or built
in code, so that an import either writes everything or nothing. Paths name the file's fields.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from planner.domain.model import Platform, Post
from planner.domain.validation import errors, validate
from planner.storage.exchange_format import (
    AccountKey,
    CampaignBundle,
    ExchangeCode,
    ExchangeError,
)


def _unique(values: Iterable[Hashable], path: str) -> None:
    """Raise DUPLICATE at `path[i]` for the first value seen before."""
    seen: set[Hashable] = set()
    for i, value in enumerate(values):
        if value in seen:
            raise ExchangeError(ExchangeCode.DUPLICATE, path.format(i=i))
        seen.add(value)


def _blank(text: str) -> bool:
    return not text.strip()


def check_bundle(bundle: CampaignBundle) -> None:
    """Raise ExchangeError at the first field that would not import cleanly."""
    names = {s.name for s in bundle.segments}
    for i, segment in enumerate(bundle.segments):
        if _blank(segment.name):
            raise ExchangeError(ExchangeCode.INVALID_VALUE, f"segments[{i}].name")
        _unique(segment.platforms, f"segments[{i}].platforms[{{i}}]")
    _unique((s.name for s in bundle.segments), "segments[{i}].name")

    for i, entry in enumerate(bundle.accounts):
        if _blank(entry.account.handle):
            raise ExchangeError(ExchangeCode.INVALID_VALUE, f"accounts[{i}].handle")
        for j, name in enumerate(entry.segments):
            if name not in names:
                raise ExchangeError(ExchangeCode.UNKNOWN_REFERENCE, f"accounts[{i}].segments[{j}]")
        _unique(entry.segments, f"accounts[{i}].segments[{{i}}]")
    keys = [AccountKey(e.account.platform, e.account.handle).match for e in bundle.accounts]
    _unique(keys, "accounts[{i}].handle")

    _check_campaign(bundle, names, set(keys))

    c = bundle.campaign
    _unique((a.sha256 for a in bundle.assets), "assets[{i}].sha256")
    carried = {a.sha256 for a in bundle.assets}
    for i, copy in enumerate(bundle.posts):
        post, where = copy.post, f"posts[{i}]"
        _unique(post.platforms, where + ".platforms[{i}]")
        for platform, text in post.variants.items():
            if platform not in post.platforms:
                raise ExchangeError(
                    ExchangeCode.UNKNOWN_REFERENCE, f"{where}.variants.{platform.value}"
                )
            if not text:
                raise ExchangeError(
                    ExchangeCode.INVALID_VALUE, f"{where}.variants.{platform.value}"
                )
        for j, sha256 in enumerate(copy.assets):
            if sha256 not in carried:
                raise ExchangeError(ExchangeCode.UNKNOWN_REFERENCE, f"{where}.assets[{j}]")
        _unique(copy.assets, where + ".assets[{i}]")
        if copy.segment is not None and copy.segment not in names:
            raise ExchangeError(ExchangeCode.UNKNOWN_REFERENCE, f"{where}.segment")
        if copy.message_index is not None and not 0 <= copy.message_index < len(c.messages):
            raise ExchangeError(ExchangeCode.UNKNOWN_REFERENCE, f"{where}.message")
        if copy.phase_index is not None and not 0 <= copy.phase_index < len(c.phases):
            raise ExchangeError(ExchangeCode.UNKNOWN_REFERENCE, f"{where}.phase")


def repeated_posts(bundle: CampaignBundle) -> list[tuple[int, int]]:
    """(repeat, first) positions of each post that repeats an earlier one of the file.

    A workspace may hold the same post twice (a copy not yet edited), so this is not an error
    of the file: the import reports it and lets the officer decide."""
    first: dict[Hashable, int] = {}
    found = []
    for i, copy in enumerate(bundle.posts):
        key = (_post_key(copy.post), tuple(copy.assets))
        if key in first:
            found.append((i, first[key]))
        else:
            first[key] = i
    return found


def _post_key(post: Post) -> Hashable:
    """What makes two posts of one file the same post: the same words, on the same
    platforms, at the same moment, in the same form."""
    variants = tuple(sorted((p.value, t) for p, t in post.variants.items()))
    platforms = tuple(sorted(p.value for p in post.platforms))
    return (post.base_text, platforms, post.scheduled_at, post.content_type, variants)


def _check_campaign(
    bundle: CampaignBundle, segment_names: set[str], account_keys: set[tuple[Platform, str]]
) -> None:
    c = bundle.campaign
    for i, link in enumerate(bundle.audience):
        if link.segment not in segment_names:
            raise ExchangeError(ExchangeCode.UNKNOWN_REFERENCE, f"campaign.audience[{i}].segment")
    _unique((a.segment for a in bundle.audience), "campaign.audience[{i}].segment")
    for i, channel in enumerate(bundle.channels):
        if channel.match not in account_keys:
            raise ExchangeError(ExchangeCode.UNKNOWN_REFERENCE, f"campaign.channels[{i}]")
    _unique((k.match for k in bundle.channels), "campaign.channels[{i}]")
    _unique((b.platform for b in c.budget), "campaign.budget[{i}].platform")
    for i, line in enumerate(c.budget):
        if line.amount_baisa < 0:
            raise ExchangeError(ExchangeCode.INVALID_VALUE, f"campaign.budget[{i}].amount_baisa")
    for issue in errors(validate(c)):
        raise ExchangeError(ExchangeCode.INVALID_CAMPAIGN, f"campaign.{issue.field}", issue.code)
