"""The asset library: files stored once by SHA-256, their metadata, thumbnails and post links.

Nothing is written unless the whole file passed the checks of `planner.domain.intake`; the
optional `thumbnailer` (Qt code, given by the caller) may refuse a file it cannot decode.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from planner.domain.content import DEFAULT_LIMITS, AssetRefusedError, Limits, Refusal
from planner.domain.filenames import name_from_path
from planner.domain.identity import Asset, AssetFormat, AssetKind, AssetUse, Thumbnail, guess_kind
from planner.domain.intake import inspect_bytes
from planner.storage.records import by_name, from_row, to_row
from planner.storage.rows import datetime_out, one, put

Thumbnailer = Callable[[bytes, AssetFormat], Thumbnail | None]

# The columns of an asset's row (each holds the field of that name), and with id, added_at.
_FIELDS = (
    "kit_id",
    "sha256",
    "name",
    "kind",
    "format",
    "size",
    "width",
    "height",
    "family",
    "tags",
    "alt_text",
)
_COLUMNS = ", ".join(("id", *_FIELDS, "added_at"))


@dataclass
class ImportOutcome:
    """The asset a file became, and whether the library already held it (nothing written)."""

    asset: Asset
    duplicate: bool = False


@dataclass
class DeletedAsset:
    """All a deleted asset took with it, so that undo puts it back exactly."""

    asset: Asset
    links: list[tuple[int, int]] = field(default_factory=list)  # (post id, position)
    blob: bytes | None = None  # the content, when no other asset shared it
    thumbnail: Thumbnail | None = None


def read_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """A file's bytes, refusing one over the size limit before reading it."""
    try:
        if not path.is_file():
            raise AssetRefusedError(Refusal.UNREADABLE, "not a file")
        if path.stat().st_size > limits.max_bytes:
            raise AssetRefusedError(Refusal.TOO_LARGE, f"{path.stat().st_size} bytes")
        with path.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)  # the file may grow after the check
    except OSError as exc:
        raise AssetRefusedError(Refusal.UNREADABLE, exc.strerror or str(exc)) from exc
    if len(data) > limits.max_bytes:
        raise AssetRefusedError(Refusal.TOO_LARGE)
    return data


class AssetStore:
    """The files of the visual identity: logos, templates, pictures, fonts."""

    def __init__(self, db: Database, limits: Limits = DEFAULT_LIMITS) -> None:
        self.db = db
        self.limits = limits

    # reading ---------------------------------------------------------------------------------
    def all(self) -> list[Asset]:
        """Every asset, newest first."""
        return self._query(f"SELECT {_COLUMNS} FROM assets ORDER BY added_at DESC, id DESC", [])

    def get(self, asset_id: int) -> Asset:
        """One asset; KeyError when there is none."""
        found = self._query(f"SELECT {_COLUMNS} FROM assets WHERE id = ?", [asset_id])
        if not found:
            raise KeyError(asset_id)
        return found[0]

    def find(self, id_or_name: str) -> list[Asset]:
        """Assets with this id (digits) or exactly this name."""
        if id_or_name.strip().isdigit():
            found = self._query(f"SELECT {_COLUMNS} FROM assets WHERE id = ?", [int(id_or_name)])
            if found:
                return found
        return self._query(
            f"SELECT {_COLUMNS} FROM assets WHERE name = ? ORDER BY id", [id_or_name.strip()]
        )

    def of_kit(self, kit_id: int, kind: AssetKind | None = None) -> list[Asset]:
        sql = f"SELECT {_COLUMNS} FROM assets WHERE kit_id = ?"
        args: list[Any] = [kit_id]
        if kind is not None:
            sql += " AND kind = ?"
            args.append(kind.value)
        return self._query(sql + " ORDER BY id", args)

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM assets").fetchone()[0])

    def data(self, asset_id: int) -> bytes:
        """An asset's whole content (export, fonts, the brand sheet); never for the grid."""
        sql = "SELECT b.data FROM assets a JOIN blobs b ON b.sha256 = a.sha256 WHERE a.id = ?"
        return bytes(one(self.db, sql, [asset_id], asset_id)[0])

    def thumbnails(self, only: Iterable[str] | None = None) -> dict[str, Thumbnail]:
        """Cached thumbnails by content hash (all of them, or those of `only`)."""
        sql = "SELECT sha256, width, height, format, data FROM thumbnails"
        if only is None:
            rows = list(self.db.execute(sql))
        else:
            wanted, rows = list(dict.fromkeys(only)), []
            for start in range(0, len(wanted), 500):
                part = wanted[start : start + 500]
                rows += self.db.execute(
                    f"{sql} WHERE sha256 IN ({','.join('?' * len(part))})", part
                ).fetchall()
        return {r[0]: Thumbnail(bytes(r[4]), r[1], r[2], r[3]) for r in rows}

    def thumbnail(self, sha256: str) -> Thumbnail | None:
        r = self.db.execute(
            "SELECT sha256, width, height, format, data FROM thumbnails WHERE sha256 = ?", [sha256]
        ).fetchone()
        return Thumbnail(bytes(r[4]), r[1], r[2], r[3]) if r else None

    def missing_thumbnails(self) -> list[tuple[str, AssetFormat]]:
        """Contents that should have a thumbnail and have none yet (e.g. the sample's)."""
        return [
            (r[0], AssetFormat(r[1]))
            for r in self.db.execute(
                "SELECT DISTINCT a.sha256, a.format FROM assets a LEFT JOIN thumbnails t "
                "ON t.sha256 = a.sha256 WHERE t.sha256 IS NULL AND a.format != 'pdf'"
            )
        ]

    def blob(self, sha256: str) -> bytes:
        return bytes(one(self.db, "SELECT data FROM blobs WHERE sha256 = ?", [sha256], sha256)[0])

    def set_thumbnail(self, sha256: str, thumbnail: Thumbnail) -> None:
        with self.db.atomic():
            self._put_thumbnail(sha256, thumbnail)

    # importing ---------------------------------------------------------------------------------
    def add_file(
        self,
        path: Path,
        *,
        kit_id: int | None = None,
        kind: AssetKind | None = None,
        thumbnailer: Thumbnailer | None = None,
        now: dt.datetime | None = None,
    ) -> ImportOutcome:
        """Import a file, named after it; AssetRefusedError (nothing written) when it is refused."""
        data = read_file(path, self.limits)
        clean = Path(name_from_path(path.name))
        return self.add(
            data,
            clean.stem,
            suffix=clean.suffix,
            kit_id=kit_id,
            kind=kind,
            thumbnailer=thumbnailer,
            now=now,
        )

    def add(
        self,
        data: bytes,
        name: str,
        *,
        suffix: str = "",
        kit_id: int | None = None,
        kind: AssetKind | None = None,
        tags: Iterable[str] = (),
        alt_text: str = "",
        thumbnailer: Thumbnailer | None = None,
        now: dt.datetime | None = None,
    ) -> ImportOutcome:
        """Check and store `data`; the same content in the same kit is not stored again."""
        found = inspect_bytes(data, suffix, self.limits)
        existing = self.db.execute(
            "SELECT id FROM assets WHERE sha256 = ? AND kit_id IS ? ORDER BY id LIMIT 1",
            [found.sha256, kit_id],
        ).fetchone()
        if existing is not None:
            return ImportOutcome(self.get(existing[0]), duplicate=True)
        thumb = None
        if thumbnailer is not None and self.thumbnail(found.sha256) is None:
            thumb = thumbnailer(data, found.format)
        name = name.strip() or found.sha256[:12]
        asset = Asset(
            name=name,
            kind=kind or guess_kind(name, found.format),
            format=found.format,
            sha256=found.sha256,
            size=found.size,
            width=found.width,
            height=found.height,
            kit_id=kit_id,
            tags=_clean_tags(tags),
            alt_text=alt_text,
            family=found.family,
            added_at=(now or dt.datetime.now()).replace(microsecond=0),
        )
        with self.db.atomic():
            self.db.execute(
                "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
                [found.sha256, found.size, data],
            )
            if thumb is not None:
                self._put_thumbnail(found.sha256, thumb)
            self._put(asset)
        return ImportOutcome(asset)

    # editing ---------------------------------------------------------------------------------
    def update(self, asset: Asset) -> None:
        """Save an asset's metadata (name, kind, kit, tags, alt text); the content never changes."""
        assert asset.id is not None
        with self.db.atomic():
            self.db.execute(
                "UPDATE assets SET name = ?, kind = ?, kit_id = ?, tags = ?, alt_text = ? "
                "WHERE id = ?",
                [
                    asset.name,
                    asset.kind.value,
                    asset.kit_id,
                    json.dumps(_clean_tags(asset.tags), ensure_ascii=False),
                    asset.alt_text,
                    asset.id,
                ],
            )

    def delete(self, asset_id: int) -> DeletedAsset:
        """Delete an asset (and its content when no other asset shares it)."""
        asset = self.get(asset_id)
        deleted = DeletedAsset(
            asset,
            links=[
                (r[0], r[1])
                for r in self.db.execute(
                    "SELECT post_id, position FROM post_assets WHERE asset_id = ?", [asset_id]
                )
            ],
        )
        with self.db.atomic():
            self.db.execute("DELETE FROM assets WHERE id = ?", [asset_id])
            shared = self.db.execute(
                "SELECT 1 FROM assets WHERE sha256 = ? LIMIT 1", [asset.sha256]
            ).fetchone()
            if shared is None:
                deleted.blob = self.blob(asset.sha256)
                deleted.thumbnail = self.thumbnail(asset.sha256)
                self.db.execute("DELETE FROM thumbnails WHERE sha256 = ?", [asset.sha256])
                self.db.execute("DELETE FROM blobs WHERE sha256 = ?", [asset.sha256])
        return deleted

    def restore(self, deleted: DeletedAsset) -> None:
        """Undo a delete: the asset with its id, content, thumbnail and post links."""
        asset = deleted.asset
        with self.db.atomic():
            if deleted.blob is not None:
                self.db.execute(
                    "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
                    [asset.sha256, len(deleted.blob), deleted.blob],
                )
            if deleted.thumbnail is not None:
                self._put_thumbnail(asset.sha256, deleted.thumbnail)
            self._put(asset)
            self.db.execute("DELETE FROM post_assets WHERE asset_id = ?", [asset.id])
            for post_id, position in deleted.links:
                self.db.execute(
                    "INSERT OR IGNORE INTO post_assets (post_id, asset_id, position) "
                    "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM posts WHERE id = ?)",
                    [post_id, asset.id, position, post_id],
                )

    # posts -------------------------------------------------------------------------------------
    def attach_asset(self, post_id: int, asset_id: int) -> None:
        """Attach an asset to a post (after those it already has); attaching twice is a no-op."""
        with self.db.atomic():
            position = self.db.execute(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM post_assets WHERE post_id = ?",
                [post_id],
            ).fetchone()[0]
            self.db.execute(
                "INSERT OR IGNORE INTO post_assets (post_id, asset_id, position) VALUES (?, ?, ?)",
                [post_id, asset_id, position],
            )

    def detach_asset(self, post_id: int, asset_id: int) -> None:
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM post_assets WHERE post_id = ? AND asset_id = ?", [post_id, asset_id]
            )

    def assets_of_post(self, post_id: int) -> list[Asset]:
        """A post's assets in the order they were attached."""
        columns = ", ".join(f"a.{c.strip()}" for c in _COLUMNS.split(","))
        return self._query(
            f"SELECT {columns} FROM post_assets pa JOIN assets a "
            "ON a.id = pa.asset_id WHERE pa.post_id = ? ORDER BY pa.position",
            [post_id],
        )

    def posts_using(self, asset_id: int) -> list[AssetUse]:
        """The posts that use an asset ("used by"), scheduled ones first in time order."""
        return [
            AssetUse(
                post_id=r[0],
                campaign_id=r[1],
                campaign_name=r[2] or "",
                text=r[3],
                scheduled_at=datetime_out(r[4]),
            )
            for r in self.db.execute(
                "SELECT p.id, p.campaign_id, c.name, p.base_text, p.scheduled_at "
                "FROM post_assets pa JOIN posts p ON p.id = pa.post_id "
                "LEFT JOIN campaigns c ON c.id = p.campaign_id WHERE pa.asset_id = ? "
                "ORDER BY p.scheduled_at IS NULL, p.scheduled_at, p.id",
                [asset_id],
            )
        ]

    def use_counts(self) -> dict[int, int]:
        """How many posts use each asset that is used at all."""
        return dict(
            self.db.execute(
                "SELECT asset_id, COUNT(*) FROM post_assets GROUP BY asset_id"
            ).fetchall()
        )

    # internals ---------------------------------------------------------------------------------
    def _put(self, asset: Asset) -> None:
        asset.id = put(
            self.db,
            "assets",
            to_row(
                asset,
                _FIELDS,
                # to the second (not the minute): the library sorts by when a file came in
                added_at=(asset.added_at or dt.datetime.now()).isoformat(timespec="seconds"),
            ),
            asset.id,
        )

    def _put_thumbnail(self, sha256: str, thumb: Thumbnail) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO thumbnails (sha256, width, height, format, data) "
            "VALUES (?, ?, ?, ?, ?)",
            [sha256, thumb.width, thumb.height, thumb.format, thumb.data],
        )

    def _query(self, sql: str, args: list[Any]) -> list[Asset]:
        return [from_row(Asset, r) for r in by_name(self.db.execute(sql, args))]


def _clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags trimmed, without a leading "#", empty and repeated ones dropped, order kept."""
    cleaned = (t.strip().lstrip("#").strip() for t in tags)
    return list(dict.fromkeys(t for t in cleaned if t))
