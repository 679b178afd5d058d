"""The campaign file: lossless round trip, every bad field named, nothing written on failure."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.model import Account, BestTime, Platform, Post, Segment
from planner.storage.exchange import (
    ExchangeCode,
    ExchangeError,
    export_campaign,
    import_campaign,
    read_campaign_file,
    unique_name,
    write_campaign_file,
)
from planner.storage.workspace import Workspace
from tests.campaign_strategies import ARABIC, campaigns, heavy, posts, words
from tests.storage.exchange_cases import (
    BAD_FIELDS,
    add_known_campaign,
    case_id,
    known_data,
    row_counts,
    write,
)


@st.composite
def source_workspaces(draw: st.DrawFn, folder: Path) -> tuple[Workspace, int]:
    """A fresh workspace file holding Arabic-named segments and accounts and one campaign."""
    ws = Workspace.create(folder / "source.planner")
    segment_ids = [
        ws.segments.save(
            Segment(
                name,
                draw(st.text(ARABIC, max_size=20)),
                sorted(draw(st.sets(st.sampled_from(Platform))), key=list(Platform).index),
            )
        )
        for name in draw(st.lists(words, min_size=1, max_size=4, unique=True))
    ]
    handles = draw(
        st.lists(
            st.tuples(st.sampled_from(Platform), st.text("abcxyz_1", min_size=1, max_size=8)),
            min_size=1,
            max_size=3,
            unique_by=lambda t: (t[0], t[1].casefold()),
        )
    )
    account_ids = [
        ws.accounts.save(
            Account(
                platform,
                "@" + handle,
                f"https://example.org/{handle}",
                draw(st.integers(0, 10**9)),
                sorted(draw(st.sets(st.sampled_from(segment_ids), max_size=2))),
                [BestTime(draw(st.integers(0, 6)), draw(st.integers(0, 23)))],
            )
        )
        for platform, handle in handles
    ]
    campaign = draw(campaigns(segment_ids, account_ids))
    cid = ws.campaigns.save(campaign)
    for post in draw(st.lists(posts(campaign, segment_ids), min_size=1, max_size=5)):
        ws.posts.save(post)
    return ws, cid


@settings(heavy, max_examples=25)  # each example writes two workspace files
@given(st.data())
def test_export_import_export_gives_the_same_file(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Any campaign, Arabic text included, survives a trip through a file into an empty
    workspace: exporting it again gives the same content, byte for byte."""
    folder = tmp_path_factory.mktemp("trip")
    source, cid = data.draw(source_workspaces(folder))
    target = Workspace.create(folder / "target.planner")
    try:
        write_campaign_file(source, cid, folder / "one.json")
        new_id = import_campaign(target, read_campaign_file(folder / "one.json"))
        write_campaign_file(target, new_id, folder / "two.json")
        assert export_campaign(target, new_id) == export_campaign(source, cid)
        assert (folder / "one.json").read_bytes() == (folder / "two.json").read_bytes()
    finally:
        source.close()
        target.close()


def test_sample_campaigns_round_trip(
    workspace: Workspace, empty_workspace: Workspace, tmp_path: Path
) -> None:
    """Every sample campaign comes back identical, sharing segments and accounts on import."""
    for summary in workspace.campaigns.summaries():
        path = tmp_path / f"{summary.id}.json"
        write_campaign_file(workspace, summary.id, path)
        new_id = import_campaign(empty_workspace, read_campaign_file(path))
        assert export_campaign(empty_workspace, new_id) == export_campaign(workspace, summary.id)
    names = [s.name for s in empty_workspace.segments.list()]
    assert len(names) == len(set(names))
    keys = [(a.platform, a.handle) for a in empty_workspace.accounts.list()]
    assert len(keys) == len(set(keys))
    assert len(empty_workspace.campaigns.summaries()) == len(workspace.campaigns.summaries())


def test_import_reuses_existing_segments_and_accounts(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    """Segments match by name and accounts by platform and handle (without "@", any case);
    what exists is used and left as it was, what is missing is created."""
    data = known_data(tmp_path)
    target = empty_workspace
    youth = target.segments.save(Segment("الشباب", "وصف محلي"))
    x = target.accounts.save(Account(Platform.X, " muscatmun ", followers=5))
    new_id = import_campaign(target, read_campaign_file(write(tmp_path, data)))
    assert target.segments.get(youth).description == "وصف محلي"
    assert target.accounts.get(x).followers == 5
    assert sorted(s.name for s in target.segments.list()) == sorted(
        s["name"] for s in data["segments"]
    )
    campaign = target.campaigns.get(new_id)
    assert youth in {a.segment_id for a in campaign.audience}
    assert x in campaign.channel_account_ids and len(campaign.channel_account_ids) == 2
    insta = next(a for a in target.accounts.list() if a.platform is Platform.INSTAGRAM)
    assert (insta.handle, insta.followers, insta.segment_ids) == ("@muscatmun", 98000, [youth])


@pytest.mark.parametrize("case", BAD_FIELDS, ids=case_id)
def test_a_bad_field_is_named_and_nothing_is_written(
    case: tuple[Any, ...], empty_workspace: Workspace, tmp_path: Path
) -> None:
    """Each mistake raises ExchangeError with its code and field path; no row is written."""
    change, code, field, issue = case
    data = known_data(tmp_path)
    path = write(tmp_path, data)
    import_campaign(empty_workspace, read_campaign_file(path))  # the file as exported is fine
    change(data)
    before = row_counts(empty_workspace)
    with pytest.raises(ExchangeError) as caught:
        import_campaign(
            empty_workspace, read_campaign_file(write(tmp_path, data)), on_clash="rename"
        )
    assert (caught.value.code, caught.value.field, caught.value.issue) == (code, field, issue)
    assert row_counts(empty_workspace) == before


def test_name_clash_fail_rename_replace(empty_workspace: Workspace, tmp_path: Path) -> None:
    """A clash refuses by default, renames to a free name, or replaces the old campaign."""
    data = known_data(tmp_path)
    bundle = read_campaign_file(write(tmp_path, data))
    name = data["campaign"]["name"]
    first = import_campaign(empty_workspace, bundle)
    before = row_counts(empty_workspace)
    with pytest.raises(ExchangeError) as caught:
        import_campaign(empty_workspace, bundle)
    assert (caught.value.code, caught.value.field) == (ExchangeCode.NAME_CLASH, "campaign.name")
    assert row_counts(empty_workspace) == before

    second = import_campaign(empty_workspace, bundle, on_clash="rename")
    third = import_campaign(empty_workspace, bundle, on_clash="rename")
    assert empty_workspace.campaigns.get(second).name == f"{name} (2)"
    assert empty_workspace.campaigns.get(third).name == f"{name} (3)"
    chosen = import_campaign(empty_workspace, bundle, on_clash="fail", new_name="اسم آخر")
    assert empty_workspace.campaigns.get(chosen).name == "اسم آخر"

    posts_before = empty_workspace.posts.count()
    replaced = import_campaign(empty_workspace, bundle, on_clash="replace")
    with pytest.raises(KeyError):
        empty_workspace.campaigns.get(first)
    assert empty_workspace.campaigns.get(replaced).name == name
    assert empty_workspace.posts.count() == posts_before  # the old posts went with it
    assert sorted(s.name for s in empty_workspace.campaigns.summaries()) == sorted(
        [name, f"{name} (2)", f"{name} (3)", "اسم آخر"]
    )
    assert len(empty_workspace.segments.list()) == len(data["segments"])


def test_unique_name() -> None:
    """The first free name of the form `name (n)` is picked."""
    assert unique_name("حملة", set()) == "حملة"
    assert unique_name("حملة", {"حملة", "حملة (2)"}) == "حملة (3)"


def test_a_failure_half_way_writes_nothing(
    empty_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the last post cannot be written, the campaign, segments and accounts go too."""
    data = known_data(tmp_path)
    bundle = read_campaign_file(write(tmp_path, data))
    before = row_counts(empty_workspace)
    saved: list[Post] = []
    original = empty_workspace.posts.save

    def save(post: Post) -> int:
        saved.append(post)
        if len(saved) == len(bundle.posts):
            raise OSError("disk full")
        return original(post)

    monkeypatch.setattr(empty_workspace.posts, "save", save)
    with pytest.raises(OSError):
        import_campaign(empty_workspace, bundle)
    assert len(saved) == len(bundle.posts) and row_counts(empty_workspace) == before


def test_a_bundle_built_in_code_is_checked_too(empty_workspace: Workspace, tmp_path: Path) -> None:
    """import_campaign checks the bundle itself, not only read_campaign_file does."""
    data = known_data(tmp_path)
    bundle = read_campaign_file(write(tmp_path, data))
    bundle.posts[1].phase_index = 7
    before = row_counts(empty_workspace)
    with pytest.raises(ExchangeError) as caught:
        import_campaign(empty_workspace, bundle)
    assert (caught.value.code, caught.value.field) == (
        ExchangeCode.UNKNOWN_REFERENCE,
        "posts[1].phase",
    )
    with pytest.raises(ExchangeError):
        import_campaign(empty_workspace, read_campaign_file(write(tmp_path, data)), new_name=" ")
    assert row_counts(empty_workspace) == before


def test_writing_replaces_a_file_only_when_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed write leaves the previous file as it was and no partial file behind."""
    ws = Workspace.create(tmp_path / "w.planner")
    cid = add_known_campaign(ws)
    data = export_campaign(ws, cid)
    path = tmp_path / "out" / "c.json"
    path.parent.mkdir()
    path.write_text("old", "utf-8")

    def broken(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("planner.storage.exchange.os.replace", broken)
    with pytest.raises(OSError):
        write_campaign_file(ws, cid, path)
    assert path.read_text("utf-8") == "old"
    assert [p.name for p in path.parent.iterdir()] == ["c.json"]
    monkeypatch.undo()
    write_campaign_file(ws, cid, path)
    assert json.loads(path.read_text("utf-8")) == data
    assert [p.name for p in path.parent.iterdir()] == ["c.json"]
    ws.close()
