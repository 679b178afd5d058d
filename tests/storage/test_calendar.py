"""The calendar's storage: chips by range and filter, ideas, local material, pause records."""

import datetime as dt
import sqlite3

from planner.domain.calendar import HashtagSet, LocalOccasion, PauseRecord, PostFilter, Snippet
from planner.domain.model import Platform, Post, PostStatus
from planner.paths import resource
from planner.storage.calendar_sample import load_calendar_sample
from planner.storage.workspace import Workspace

TODAY = dt.date(2026, 11, 26)


def window(days_before: int, days_after: int) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(TODAY, dt.time()) - dt.timedelta(days=days_before)
    return start, start + dt.timedelta(days=days_before + days_after)


def test_chips_match_the_full_posts_of_the_range(workspace):
    """A chip carries the same id, time, status, platforms and start of text as its post."""
    start, end = window(40, 40)
    posts = workspace.posts.between(start, end)
    chips = workspace.calendar.chips(start, end)
    assert [c.id for c in chips] == [p.id for p in posts]
    for chip, post in zip(chips, posts, strict=True):
        assert chip.scheduled_at == post.scheduled_at
        assert chip.status is post.status
        assert chip.platforms == post.platforms
        assert post.base_text.startswith(chip.excerpt)
        assert len(chip.excerpt) <= 80


def test_full_text_on_request(workspace):
    """With excerpt=None the chip carries the whole base text (the list view searches it)."""
    start, end = window(40, 40)
    chips = workspace.calendar.chips(start, end, excerpt=None)
    assert [c.excerpt for c in chips] == [p.base_text for p in workspace.posts.between(start, end)]


def test_filters_narrow_the_chips(workspace):
    """Campaign, platform, status and segment filters each keep only matching posts."""
    start, end = window(100, 100)
    every = workspace.posts.between(start, end)
    campaign = every[0].campaign_id
    cases = [
        (PostFilter(campaign_id=campaign), lambda p: p.campaign_id == campaign),
        (PostFilter(platform=Platform.TIKTOK), lambda p: Platform.TIKTOK in p.platforms),
        (PostFilter(status=PostStatus.SCHEDULED), lambda p: p.status is PostStatus.SCHEDULED),
        (PostFilter(segment_id=every[0].segment_id), lambda p: p.segment_id == every[0].segment_id),
        (PostFilter(no_campaign=True), lambda p: p.campaign_id is None),
    ]
    for where, keep in cases:
        got = [c.id for c in workspace.calendar.chips(start, end, where)]
        assert got == [p.id for p in every if keep(p)], where
    combined = PostFilter(campaign_id=campaign, platform=Platform.X)
    got = [c.id for c in workspace.calendar.chips(start, end, combined)]
    assert got == [p.id for p in every if p.campaign_id == campaign and Platform.X in p.platforms]
    assert got and len(got) < len(every)


def test_ideas_are_the_posts_without_a_date(workspace):
    """The backlog lists exactly the unscheduled posts, newest first."""
    ideas = workspace.calendar.ideas()
    assert sorted(c.id for c in ideas) == sorted(p.id for p in workspace.posts.unscheduled())
    assert [c.id for c in ideas] == sorted((c.id for c in ideas), reverse=True)
    assert all(c.scheduled_at is None and c.day is None for c in ideas)


def test_first_words_of_the_first_line():
    """A chip's words come from the first line only."""
    from planner.domain.calendar import PostChip
    from planner.domain.model import ContentType

    chip = PostChip(
        1,
        None,
        PostStatus.IDEA,
        ContentType.TEXT,
        None,
        None,
        [],
        "  تنطلق اليوم حملة «مسقط أجمل» 🌿 الكبرى\nسطر ثانٍ",
    )
    assert chip.first_words(3) == "تنطلق اليوم حملة"
    assert chip.first_words(50) == "تنطلق اليوم حملة «مسقط أجمل» 🌿 الكبرى"


def test_local_material_round_trips(empty_workspace):
    """Local occasions, hashtag sets and snippets come back as saved, and can be deleted."""
    store = empty_workspace.calendar
    fair = LocalOccasion(
        "معرض مسقط الدولي للكتاب",
        dt.date(2027, 2, 20),
        dt.date(2027, 3, 2),
        "Muscat International Book Fair",
        False,
        "مركز عُمان للمؤتمرات",
    )
    store.occasions.save(fair)
    assert store.occasions.all() == [fair]
    assert store.occasions.get(fair.id) == fair
    assert store.occasions.between(dt.date(2027, 3, 1), dt.date(2027, 3, 31)) == [fair]
    assert store.occasions.between(dt.date(2027, 3, 3), dt.date(2027, 3, 31)) == []
    assert fair.covers(dt.date(2027, 2, 25)) and not fair.covers(dt.date(2027, 3, 3))
    tags = HashtagSet("الهوية", ["#بلدية_مسقط", "مسقط"])
    store.hashtags.save(tags)
    assert store.hashtags.all() == [tags]
    assert tags.text() == "#بلدية_مسقط #مسقط"
    note = Snippet("التوقيع", "بلدية مسقط… معًا لمسقط أجمل.")
    store.snippets.save(note)
    assert store.snippets.all() == [note]
    store.occasions.delete(fair.id)
    store.hashtags.delete(tags.id)
    store.snippets.delete(note.id)
    assert store.occasions.all() == store.hashtags.all() == store.snippets.all() == []


def test_pause_records(empty_workspace):
    """The pause in force is the latest one not resumed."""
    pauses = empty_workspace.calendar.pauses
    assert pauses.active() is None
    record = PauseRecord("حادثة طارئة", dt.datetime(2026, 11, 26, 9, 30), [3, 1, 2])
    pauses.save(record)
    assert pauses.active() == record
    record.resumed_at = dt.datetime(2026, 11, 26, 15, 0)
    pauses.save(record)
    assert pauses.active() is None
    assert pauses.history() == [record]


def test_scheduled_ids_in_time_order(empty_workspace):
    """Only posts in the scheduled state are listed, earliest first."""
    posts = empty_workspace.posts
    late = posts.save(
        Post("ب", [Platform.X], PostStatus.SCHEDULED, scheduled_at=dt.datetime(2026, 12, 2, 9, 0))
    )
    posts.save(
        Post("ج", [Platform.X], PostStatus.DRAFT, scheduled_at=dt.datetime(2026, 12, 1, 9, 0))
    )
    early = posts.save(
        Post("أ", [Platform.X], PostStatus.SCHEDULED, scheduled_at=dt.datetime(2026, 12, 1, 8, 0))
    )
    assert empty_workspace.calendar.scheduled_ids() == [early, late]


def test_sample_material_is_loaded_relative_to_today(empty_workspace):
    """The sample's hashtag sets, snippets and occasions load, occasions shifted to today."""
    load_calendar_sample(empty_workspace, resource("sample", "calendar.json"), TODAY)
    store = empty_workspace.calendar
    assert len(store.hashtags.all()) >= 3
    assert any("بلدية مسقط" in s.text for s in store.snippets.all())
    occasions = store.occasions.all()
    assert occasions and all(o.start >= TODAY and o.end >= o.start for o in occasions)
    assert any(o.quiet for o in occasions)


def test_an_older_workspace_gains_the_calendar_tables(tmp_path):
    """Opening a file made before the calendar migration adds its tables, data kept."""
    path = tmp_path / "old.planner"
    Workspace.create(path).close()
    conn = sqlite3.connect(path)
    for table in ("local_occasions", "hashtag_sets", "snippets", "post_pauses"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX posts_by_status")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_calendar'")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    ws = Workspace.open(path, backup=False)
    try:
        ws.calendar.snippets.save(Snippet("س", "نص"))
        assert [s.name for s in ws.calendar.snippets.all()] == ["س"]
    finally:
        ws.close()


def test_chips_by_slot_keep_the_first_of_each_day_and_count_all(workspace):
    """Per day: the first few chips in time order, and the number of all the day's posts."""
    start, end = window(40, 40)
    every = workspace.calendar.chips(start, end)
    page = workspace.calendar.chips_by_slot(start, end, per_slot=1)
    days: dict = {}
    for chip in every:
        days.setdefault(chip.scheduled_at.date(), []).append(chip)
    assert [c.id for c in page.chips] == [chips[0].id for _d, chips in sorted(days.items())]
    assert {k.date(): n for k, n in page.counts.items()} == {d: len(c) for d, c in days.items()}
    assert page.total == len(every)
    hourly = workspace.calendar.chips_by_slot(
        start, end, PostFilter(platform=Platform.X), per_slot=5, hourly=True
    )
    assert all(
        k.minute == 0 and Platform.X in c.platforms for k in hourly.counts for c in hourly.chips
    )
    assert hourly.total == len([c for c in every if Platform.X in c.platforms])
