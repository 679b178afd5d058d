"""Brand kits with their colours and guidelines, and which campaigns use which kit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from planner.domain.contrast import normalise_hex
from planner.domain.identity import BrandColour, BrandKit, ColourRole
from planner.storage.rows import Store, ids_named, one, put


@dataclass
class DeletedKit:
    """All a deleted kit took with it, so that undo puts everything back as it was."""

    kit: BrandKit
    asset_ids: list[int] = field(default_factory=list)
    campaign_ids: list[int] = field(default_factory=list)


class BrandKitStore(Store):
    """The workspace's brand kits."""

    def all(self) -> list[BrandKit]:
        """Every kit with its colours, in the order they were made."""
        colours: dict[int, list[BrandColour]] = {}
        for r in self.db.execute(
            "SELECT id, kit_id, name, hex, role FROM brand_colours ORDER BY kit_id, position"
        ):
            colours.setdefault(r[1], []).append(_colour(r))
        return [
            BrandKit(
                name=r[1], name_en=r[2], guidelines=r[3], colours=colours.get(r[0], []), id=r[0]
            )
            for r in self.db.execute(
                "SELECT id, name, name_en, guidelines FROM brand_kits ORDER BY id"
            )
        ]

    def get(self, kit_id: int) -> BrandKit:
        """One kit; KeyError when there is none."""
        sql = "SELECT id, name, name_en, guidelines FROM brand_kits WHERE id = ?"
        row = one(self.db, sql, [kit_id], kit_id)
        colours = [
            _colour(r)
            for r in self.db.execute(
                "SELECT id, kit_id, name, hex, role FROM brand_colours WHERE kit_id = ? "
                "ORDER BY position",
                [kit_id],
            )
        ]
        return BrandKit(name=row[1], name_en=row[2], guidelines=row[3], colours=colours, id=row[0])

    def ids_by_name(self, name: str) -> list[int]:
        return ids_named(self.db, "brand_kits", name)

    def save(self, kit: BrandKit) -> int:
        """Insert or replace a kit with its colours (colours keep their ids)."""
        row: dict[str, Any] = {
            "name": kit.name,
            "name_en": kit.name_en,
            "guidelines": kit.guidelines,
            "updated_at": dt.datetime.now().isoformat(timespec="seconds"),
        }
        with self.db.atomic():
            kit.id = kit_id = put(self.db, "brand_kits", row, kit.id)
            kept: list[int] = []
            for i, c in enumerate(kit.colours):
                c.hex = normalise_hex(c.hex)
                c.id = put(
                    self.db,
                    "brand_colours",
                    {
                        "kit_id": kit_id,
                        "position": i,
                        "name": c.name,
                        "hex": c.hex,
                        "role": c.role.value,
                    },
                    c.id,
                )
                kept.append(c.id)
            marks = ",".join("?" * len(kept))
            self.db.execute(
                f"DELETE FROM brand_colours WHERE kit_id = ? AND id NOT IN ({marks})",
                [kit_id, *kept],
            )
        return kit_id

    def delete(self, kit_id: int) -> DeletedKit:
        """Delete a kit; its assets stay in the library without a kit, its campaigns lose it."""
        deleted = DeletedKit(
            kit=self.get(kit_id),
            asset_ids=[
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM assets WHERE kit_id = ? ORDER BY id", [kit_id]
                )
            ],
            campaign_ids=[
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM campaigns WHERE brand_kit_id = ? ORDER BY id", [kit_id]
                )
            ],
        )
        with self.db.atomic():
            self.db.execute(
                "UPDATE campaigns SET brand_kit_id = NULL WHERE brand_kit_id = ?", [kit_id]
            )
            self.db.execute("DELETE FROM brand_kits WHERE id = ?", [kit_id])
        return deleted

    def restore(self, deleted: DeletedKit) -> None:
        """Undo a delete: the kit with its ids, its assets and campaigns linked again."""
        with self.db.atomic():
            kit_id = self.save(deleted.kit)
            for asset_id in deleted.asset_ids:
                self.db.execute("UPDATE assets SET kit_id = ? WHERE id = ?", [kit_id, asset_id])
            for campaign_id in deleted.campaign_ids:
                self.set_campaign_kit(campaign_id, kit_id)

    def campaigns_using(self, kit_id: int) -> list[tuple[int, str]]:
        """(id, name) of the campaigns that use a kit."""
        return [
            (r[0], r[1])
            for r in self.db.execute(
                "SELECT id, name FROM campaigns WHERE brand_kit_id = ? ORDER BY start DESC, id",
                [kit_id],
            )
        ]

    def set_campaign_kit(self, campaign_id: int, kit_id: int | None) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE campaigns SET brand_kit_id = ? WHERE id = ?", [kit_id, campaign_id]
            )


def _colour(r: Any) -> BrandColour:
    return BrandColour(name=r[2], hex=r[3], role=ColourRole(r[4]), id=r[0])
