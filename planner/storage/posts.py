"""Reading and writing posts, always by range or campaign, never the whole table at once."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from planner.domain.model import ContentType, Platform, Post, PostStatus
from planner.domain.text import normalise_fields
from planner.storage.rows import Store, datetime_in, datetime_out, delete_row, put

_COLUMNS = (
    "id, campaign_id, segment_id, message_id, phase_id, content_type, status, "
    "status_before_pause, scheduled_at, base_text, notes, key"
)


@dataclass
class RemovedPosts:
    """Deleted posts with what their deletion took along, so that undo puts all of it back:
    the assets attached to them and the imported statistics matched to them."""

    posts: list[Post]
    asset_links: list[tuple[int, int, int]] = field(default_factory=list)  # post, asset, position
    matched_stats: list[tuple[int, int]] = field(default_factory=list)  # statistic, post


class PostStore(Store):
    """Posts with their per-platform variants."""

    def get(self, post_id: int) -> Post:
        posts = self._query(f"SELECT {_COLUMNS} FROM posts WHERE id = ?", [post_id])
        if not posts:
            raise KeyError(post_id)
        return posts[0]

    def between(
        self, start: dt.datetime, end: dt.datetime, campaign_id: int | None = None
    ) -> list[Post]:
        """Posts scheduled in [start, end), in time order."""
        sql = f"SELECT {_COLUMNS} FROM posts WHERE scheduled_at >= ? AND scheduled_at < ?"
        args: list[Any] = [datetime_in(start), datetime_in(end)]
        if campaign_id is not None:
            sql += " AND campaign_id = ?"
            args.append(campaign_id)
        return self._query(sql + " ORDER BY scheduled_at, id", args)

    def for_campaign(self, campaign_id: int) -> list[Post]:
        """A campaign's posts: scheduled ones in time order, then the unscheduled."""
        return self._query(
            f"SELECT {_COLUMNS} FROM posts WHERE campaign_id = ? "
            "ORDER BY scheduled_at IS NULL, scheduled_at, id",
            [campaign_id],
        )

    def unscheduled(self) -> list[Post]:
        return self._query(
            f"SELECT {_COLUMNS} FROM posts WHERE scheduled_at IS NULL ORDER BY id", []
        )

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM posts").fetchone()[0])

    def by_key(self, keys: Iterable[str]) -> dict[str, Post]:
        """The posts that carry these keys, by key."""
        wanted = [k for k in dict.fromkeys(keys) if k]
        found: dict[str, Post] = {}
        for chunk in range(0, len(wanted), 900):
            part = wanted[chunk : chunk + 900]
            marks = ",".join("?" * len(part))
            for post in self._query(f"SELECT {_COLUMNS} FROM posts WHERE key IN ({marks})", part):
                found[post.key] = post
        return found

    def _free_key(self, post: Post) -> str:
        """The post's key, or a new one when it has none or another post holds it (a copy)."""
        if post.key:
            holder = self.db.execute("SELECT id FROM posts WHERE key = ?", [post.key]).fetchone()
            if holder is None or holder[0] == post.id:
                return post.key
        return uuid.uuid4().hex

    def save(self, post: Post) -> int:
        """Insert or replace a post with its platforms and variants; its texts are normalised
        first (planner.domain.text), a lone surrogate raises TextError naming the field; a
        post without a key (or with a key another post holds) is given a new one."""
        normalise_fields(post, "post")
        post.key = self._free_key(post)
        row = {
            "campaign_id": post.campaign_id,
            "segment_id": post.segment_id,
            "message_id": post.message_id,
            "phase_id": post.phase_id,
            "content_type": post.content_type.value,
            "status": post.status.value,
            "status_before_pause": (
                post.status_before_pause.value if post.status_before_pause else None
            ),
            "scheduled_at": datetime_in(post.scheduled_at),
            "base_text": post.base_text,
            "notes": post.notes,
            "key": post.key,
            "updated_at": dt.datetime.now().isoformat(timespec="seconds"),
        }
        with self.db.atomic():
            post.id = put(self.db, "posts", row, post.id)
            self.db.execute("DELETE FROM post_platforms WHERE post_id = ?", [post.id])
            self.db.table("post_platforms").insert_all(
                {"post_id": post.id, "platform": p.value, "text": post.variants.get(p)}
                for p in post.platforms
            )
        return post.id

    def save_many(self, posts: Iterable[Post]) -> None:
        with self.db.atomic():
            for post in posts:
                self.save(post)

    def delete(self, post_id: int) -> None:
        delete_row(self.db, "posts", post_id)

    def removal(self, posts: list[Post]) -> RemovedPosts:
        """What deleting `posts` (one by one, or with their campaign) takes away: read it
        before the deletion, give it to `restore()` to undo it."""
        removed = RemovedPosts(posts)
        ids = [p.id for p in posts if p.id is not None]
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            marks = ",".join("?" * len(part))
            removed.asset_links += [
                (r[0], r[1], r[2])
                for r in self.db.execute(
                    "SELECT post_id, asset_id, position FROM post_assets "
                    f"WHERE post_id IN ({marks})",
                    part,
                )
            ]
            removed.matched_stats += [
                (r[0], r[1])
                for r in self.db.execute(
                    f"SELECT id, post_id FROM post_stats WHERE post_id IN ({marks})", part
                )
            ]
        return removed

    def restore(self, removed: RemovedPosts) -> None:
        """Put deleted posts back with their ids, their assets (those still in the library)
        and the statistics matched to them (those still imported and not matched since)."""
        with self.db.atomic():
            self.save_many(removed.posts)
            for post_id, asset_id, position in removed.asset_links:
                self.db.execute(
                    "INSERT OR IGNORE INTO post_assets (post_id, asset_id, position) "
                    "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM assets WHERE id = ?)",
                    [post_id, asset_id, position, asset_id],
                )
            for stat_id, post_id in removed.matched_stats:
                self.db.execute(
                    "UPDATE post_stats SET post_id = ? WHERE id = ? AND post_id IS NULL",
                    [post_id, stat_id],
                )

    def _query(self, sql: str, args: list[Any]) -> list[Post]:
        rows = self.db.execute(sql, args).fetchall()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        platforms: dict[int, list[tuple[Platform, str | None]]] = {}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            marks = ",".join("?" * len(part))
            for post_id, platform, text in self.db.execute(
                f"SELECT post_id, platform, text FROM post_platforms WHERE post_id IN ({marks})",
                part,
            ):
                platforms.setdefault(post_id, []).append((Platform(platform), text))
        order = {p: i for i, p in enumerate(Platform)}
        posts = []
        for r in rows:
            chosen = sorted(platforms.get(r[0], []), key=lambda pt: order[pt[0]])
            posts.append(
                Post(
                    id=r[0],
                    campaign_id=r[1],
                    segment_id=r[2],
                    message_id=r[3],
                    phase_id=r[4],
                    content_type=ContentType(r[5]),
                    status=PostStatus(r[6]),
                    status_before_pause=PostStatus(r[7]) if r[7] else None,
                    scheduled_at=datetime_out(r[8]),
                    base_text=r[9],
                    notes=r[10],
                    platforms=[p for p, _ in chosen],
                    variants={p: t for p, t in chosen if t},
                    key=r[11],
                )
            )
        return posts
