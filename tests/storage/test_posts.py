"""Deleting posts and putting them back with what the deletion took along."""

import datetime as dt

from planner.domain.coverage.values import PostStat
from planner.domain.model import Platform, Post
from tests.identity_files import raster


def link_things(ws, post_ids):
    """Attach a new picture to each post and match a new statistic to it; the picture ids."""
    assets = []
    for n, post_id in enumerate(post_ids):
        asset = ws.assets.add(raster("PNG", colour=(n, 9, 9)), f"صورة {n}", suffix=".png").asset
        ws.assets.attach_asset(post_id, asset.id)
        assets.append(asset.id)
    ws.coverage.save_stats(
        [
            PostStat(Platform.X, None, dt.date(2026, 11, 1), f"ext-{a}", post_id=i)
            for i, a in zip(post_ids, assets, strict=True)
        ]
    )
    return assets


def links(ws, post_ids):
    """Each post's attached asset ids, and the (statistic, post) matches among them."""
    attached = {i: [a.id for a in ws.assets.assets_of_post(i)] for i in post_ids}
    matched = sorted((s.id, s.post_id) for s in ws.coverage.stats() if s.post_id in post_ids)
    return {i: a for i, a in attached.items() if a}, matched


def test_restore_puts_back_links_to_what_still_exists(workspace):
    """Asset links come back only for assets still in the library; a statistic matched to
    another post in the meantime keeps that match."""
    ws = workspace
    post = Post(base_text="نص", platforms=[Platform.X])
    other = Post(base_text="آخر", platforms=[Platform.X])
    ws.posts.save_many([post, other])
    kept, dropped = link_things(ws, [post.id, post.id])
    removed = ws.posts.removal([ws.posts.get(post.id)])
    assert sorted(a for _, a, _ in removed.asset_links) == sorted([kept, dropped])
    stats = [s for s in ws.coverage.stats() if s.post_id == post.id]
    assert len(stats) == 2
    ws.posts.delete(post.id)
    assert links(ws, [post.id]) == ({}, [])
    ws.assets.delete(dropped)
    ws.db.execute("UPDATE post_stats SET post_id = ? WHERE id = ?", [other.id, stats[1].id])
    ws.posts.restore(removed)
    assert ws.posts.get(post.id).base_text == "نص"
    assert [a.id for a in ws.assets.assets_of_post(post.id)] == [kept]
    matched = {s.id: s.post_id for s in ws.coverage.stats()}
    assert matched[stats[0].id] == post.id
    assert matched[stats[1].id] == other.id
