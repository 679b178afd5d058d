"""Brand kits: colours in order, campaigns that use a kit, delete and restore."""

import pytest

from planner.domain.identity import BrandColour, BrandKit, ColourRole
from planner.paths import resource
from planner.storage.identity_sample import load_identity_sample
from tests.conftest import TODAY
from tests.identity_files import raster


def test_save_and_read_a_kit(empty_workspace):
    """A kit keeps its names, guidelines and colours in order, hex normalised."""
    ws = empty_workspace
    kit = BrandKit(
        "هوية البلدية",
        "Identity",
        "## الشعار\n- مساحة خالية",
        [
            BrandColour("أخضر", "#0F6E63", ColourRole.PRIMARY),
            BrandColour("رملي", "d9c29c", ColourRole.SECONDARY),
        ],
    )
    kit_id = ws.kits.save(kit)
    again = ws.kits.get(kit_id)
    assert again.guidelines.startswith("## الشعار")
    assert [(c.name, c.hex, c.role) for c in again.colours] == [
        ("أخضر", "#0f6e63", ColourRole.PRIMARY),
        ("رملي", "#d9c29c", ColourRole.SECONDARY),
    ]
    again.colours.reverse()
    again.colours.pop()
    ws.kits.save(again)
    assert [c.name for c in ws.kits.get(kit_id).colours] == ["رملي"]
    assert [k.id for k in ws.kits.all()] == [kit_id]
    with pytest.raises(KeyError):
        ws.kits.get(kit_id + 1)


def test_an_invalid_colour_is_refused(empty_workspace):
    """A colour that is not hex never reaches the file."""
    with pytest.raises(ValueError):
        empty_workspace.kits.save(BrandKit("k", colours=[BrandColour("x", "teal")]))
    assert empty_workspace.kits.all() == []


def test_delete_and_restore_a_kit(workspace):
    """Deleting a kit keeps its assets (without a kit) and unlinks its campaigns; undo relinks."""
    ws = workspace
    kit_id = ws.kits.save(BrandKit("k", colours=[BrandColour("a", "#000000")]))
    asset = ws.assets.add(raster("PNG"), "a", kit_id=kit_id).asset
    campaign = ws.campaigns.summaries()[0]
    ws.kits.set_campaign_kit(campaign.id, kit_id)
    assert ws.kits.campaigns_using(kit_id) == [(campaign.id, campaign.name)]
    deleted = ws.kits.delete(kit_id)
    assert ws.assets.get(asset.id).kit_id is None
    assert ws.campaigns.get(campaign.id).brand_kit_id is None
    ws.kits.restore(deleted)
    assert ws.kits.get(kit_id).colours[0].hex == "#000000"
    assert ws.assets.get(asset.id).kit_id == kit_id
    assert ws.campaigns.get(campaign.id).brand_kit_id == kit_id


def test_the_sample_identity(workspace):
    """The sample has two kits, files in both (one shared content), campaigns and posts linked."""
    ws = workspace
    load_identity_sample(ws, resource("sample", "identity.json"), TODAY)
    kits = ws.kits.all()
    assert len(kits) == 2
    assert kits[0].colours[0].role is ColourRole.PRIMARY
    assets = ws.assets.all()
    assert len(assets) == 11
    assert len({a.sha256 for a in assets}) == 10  # the white logo is in both kits
    for summary in ws.campaigns.summaries():
        assert ws.campaigns.get(summary.id).brand_kit_id is not None
    template = next(a for a in assets if a.name == "قالب منشور الحملة")
    assert len(ws.assets.posts_using(template.id)) == 4
    assert all(u.campaign_name == "مسقط أجمل بنظافتها" for u in ws.assets.posts_using(template.id))
