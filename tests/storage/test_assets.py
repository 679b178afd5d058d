"""The asset library in the workspace file: dedup, refusals that write nothing, delete/restore."""

import datetime as dt
import hashlib

import pytest

from planner.domain.content import AssetRefusedError, Limits, Refusal
from planner.domain.identity import AssetFormat, AssetKind, BrandKit, Thumbnail
from planner.storage.assets import AssetStore, read_file
from tests.identity_files import FONT, LOGO, pdf, png_bomb, raster, svg


def table_counts(ws) -> tuple[int, int, int]:
    return tuple(
        ws.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("assets", "blobs", "thumbnails")
    )


def fake_thumbnailer(calls: list):
    def make(data: bytes, fmt: AssetFormat) -> Thumbnail:
        calls.append(fmt)
        return Thumbnail(b"thumb-" + hashlib.sha256(data).hexdigest()[:8].encode(), 16, 12)

    return make


def test_import_stores_content_and_metadata(empty_workspace):
    """An imported picture keeps its bytes, format, pixel size, tags and alt text."""
    ws = empty_workspace
    data = raster("PNG", 120, 80)
    outcome = ws.assets.add(
        data,
        "  صورة من الميدان ",
        suffix=".png",
        tags=["#ميدان", " ميدان", "", "شاطئ"],
        alt_text="عمال النظافة على شاطئ القرم",
    )
    asset = ws.assets.get(outcome.asset.id)
    assert not outcome.duplicate
    assert (asset.name, asset.format, asset.width, asset.height) == (
        "صورة من الميدان",
        AssetFormat.PNG,
        120,
        80,
    )
    assert asset.tags == ["ميدان", "شاطئ"]
    assert asset.alt_text == "عمال النظافة على شاطئ القرم"
    assert asset.sha256 == hashlib.sha256(data).hexdigest()
    assert ws.assets.data(asset.id) == data


def test_the_same_content_is_stored_once(empty_workspace):
    """Importing the same file twice gives back the first asset; one blob, one thumbnail."""
    ws = empty_workspace
    calls: list = []
    first = ws.assets.add(raster("PNG"), "a", thumbnailer=fake_thumbnailer(calls))
    again = ws.assets.add(raster("PNG"), "b", thumbnailer=fake_thumbnailer(calls))
    assert again.duplicate and again.asset.id == first.asset.id
    assert table_counts(ws) == (1, 1, 1)
    assert len(calls) == 1


def test_same_content_in_another_kit_shares_the_blob(empty_workspace):
    """The same logo in two kits is two assets over one stored content and one thumbnail."""
    ws = empty_workspace
    kit = ws.kits.save(BrandKit("حملة"))
    calls: list = []
    a = ws.assets.add(LOGO.read_bytes(), "logo", thumbnailer=fake_thumbnailer(calls))
    b = ws.assets.add(LOGO.read_bytes(), "logo", kit_id=kit, thumbnailer=fake_thumbnailer(calls))
    assert not b.duplicate and a.asset.id != b.asset.id
    assert table_counts(ws) == (2, 1, 1)
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("data", "suffix", "why"),
    [
        (png_bomb(), ".png", Refusal.TOO_MANY_PIXELS),
        (raster("JPEG"), ".png", Refusal.MISMATCH),
        (svg("<script>x()</script>"), ".svg", Refusal.SVG_SCRIPT),
        (b"MZ" + b"\x00" * 64, ".exe", Refusal.UNKNOWN_TYPE),
    ],
)
def test_a_refused_file_writes_nothing(empty_workspace, data, suffix, why):
    """Every refusal leaves the workspace as it was."""
    ws = empty_workspace
    with pytest.raises(AssetRefusedError) as caught:
        ws.assets.add(data, "x", suffix=suffix)
    assert caught.value.reason is why
    assert table_counts(ws) == (0, 0, 0)


def test_a_thumbnailer_that_cannot_decode_refuses_the_file(empty_workspace):
    """When the picture cannot be decoded the whole import is refused."""

    def broken(data, fmt):
        raise AssetRefusedError(Refusal.CORRUPT, "decoder")

    with pytest.raises(AssetRefusedError):
        empty_workspace.assets.add(raster("PNG"), "x", thumbnailer=broken)
    assert table_counts(empty_workspace) == (0, 0, 0)


def test_files_over_the_limit_are_refused_before_reading(tmp_path, empty_workspace):
    """read_file checks the size on disk first; folders and missing files are unreadable."""
    big = tmp_path / "big.png"
    big.write_bytes(raster("PNG") + b"\x00" * 5000)
    with pytest.raises(AssetRefusedError) as caught:
        read_file(big, Limits(max_bytes=1000))
    assert caught.value.reason is Refusal.TOO_LARGE
    for path in (tmp_path, tmp_path / "missing.png"):
        with pytest.raises(AssetRefusedError) as caught:
            read_file(path)
        assert caught.value.reason is Refusal.UNREADABLE
    store = AssetStore(empty_workspace.db, Limits(max_bytes=1000))
    with pytest.raises(AssetRefusedError):
        store.add_file(big)


def test_add_file_names_the_asset_after_the_file(tmp_path, empty_workspace):
    """The file's name (without extension) becomes the asset's name; fonts get their family."""
    path = tmp_path / "خط العناوين.ttf"
    path.write_bytes(FONT.read_bytes())
    asset = empty_workspace.assets.add_file(path).asset
    assert asset.name == "خط العناوين"
    assert (asset.kind, asset.family) == (AssetKind.FONT, "Noto Sans Arabic")


def test_update_changes_metadata_only(empty_workspace):
    """Renaming, re-kinding and re-tagging never touch the content."""
    ws = empty_workspace
    asset = ws.assets.add(pdf(), "letter").asset
    asset.name, asset.kind, asset.tags, asset.alt_text = "ورق رسمي", AssetKind.TEMPLATE, ["a"], "x"
    ws.assets.update(asset)
    again = ws.assets.get(asset.id)
    assert (again.name, again.tags, again.alt_text) == ("ورق رسمي", ["a"], "x")
    assert ws.assets.data(asset.id) == pdf()


def test_delete_and_restore_bring_everything_back(workspace):
    """Delete removes the asset, its content and its post links; restore puts them back."""
    ws = workspace
    calls: list = []
    asset = ws.assets.add(
        raster("PNG", 50, 50), "post picture", thumbnailer=fake_thumbnailer(calls)
    ).asset
    post = ws.posts.unscheduled()[0]
    ws.assets.attach_asset(post.id, asset.id)
    deleted = ws.assets.delete(asset.id)
    assert table_counts(ws) == (0, 0, 0)
    assert ws.assets.assets_of_post(post.id) == []
    ws.assets.restore(deleted)
    assert ws.assets.get(asset.id).name == "post picture"
    assert [a.id for a in ws.assets.assets_of_post(post.id)] == [asset.id]
    assert ws.assets.thumbnail(asset.sha256) is not None
    assert ws.assets.data(asset.id) == raster("PNG", 50, 50)


def test_delete_keeps_content_shared_with_another_asset(empty_workspace):
    """Deleting one of two assets over the same content keeps the content for the other."""
    ws = empty_workspace
    kit = ws.kits.save(BrandKit("k"))
    a = ws.assets.add(LOGO.read_bytes(), "a").asset
    b = ws.assets.add(LOGO.read_bytes(), "b", kit_id=kit).asset
    deleted = ws.assets.delete(a.id)
    assert deleted.blob is None
    assert ws.assets.data(b.id) == LOGO.read_bytes()


def test_post_links_and_used_by(workspace):
    """attach_asset keeps order and is idempotent; posts_using names the campaign."""
    ws = workspace
    one = ws.assets.add(raster("PNG", 10, 10), "one").asset
    two = ws.assets.add(raster("PNG", 11, 11), "two").asset
    campaign = ws.campaigns.summaries()[0]
    posts = ws.posts.for_campaign(campaign.id)[:2]
    for p in posts:
        ws.assets.attach_asset(p.id, two.id)
    ws.assets.attach_asset(posts[0].id, one.id)
    ws.assets.attach_asset(posts[0].id, two.id)
    assert [a.name for a in ws.assets.assets_of_post(posts[0].id)] == ["two", "one"]
    uses = ws.assets.posts_using(two.id)
    assert [u.post_id for u in uses] == [p.id for p in posts]
    assert uses[0].campaign_name == campaign.name
    assert ws.assets.use_counts() == {two.id: 2, one.id: 1}
    ws.assets.detach_asset(posts[0].id, one.id)
    assert ws.assets.posts_using(one.id) == []
    ws.posts.delete(posts[1].id)
    assert len(ws.assets.posts_using(two.id)) == 1


def test_find_by_id_or_name(empty_workspace):
    """The command line finds an asset by its number or its exact name."""
    ws = empty_workspace
    a = ws.assets.add(raster("PNG"), "الشعار").asset
    assert [x.id for x in ws.assets.find(str(a.id))] == [a.id]
    assert [x.id for x in ws.assets.find("الشعار")] == [a.id]
    assert ws.assets.find("غير موجود") == []


def test_missing_thumbnails_are_listed_and_filled(empty_workspace):
    """Assets imported without Qt get their thumbnail later, once."""
    ws = empty_workspace
    a = ws.assets.add(raster("PNG"), "a", now=dt.datetime(2026, 1, 1)).asset
    ws.assets.add(pdf(), "no preview")
    assert ws.assets.missing_thumbnails() == [(a.sha256, AssetFormat.PNG)]
    ws.assets.set_thumbnail(a.sha256, Thumbnail(b"x", 1, 1))
    assert ws.assets.missing_thumbnails() == []
    assert ws.assets.thumbnails()[a.sha256].data == b"x"
