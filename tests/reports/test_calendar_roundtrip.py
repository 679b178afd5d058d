"""What `export xlsx` writes, import reads back whole; importing the same file again duplicates
nothing (skip), or updates, or adds, as chosen."""

import dataclasses

import pytest

from planner.domain.model import ContentType, Platform
from planner.formatting import Digits, Formatter
from planner.i18n.calendar import export_words
from planner.i18n.language import install_language
from planner.reports.calendar_export import posts_to_export, write_csv
from planner.reports.calendar_import import OnDuplicate, guess_mapping, parse, read_table
from planner.reports.calendar_import.apply import store, workspace_names
from planner.reports.calendar_xlsx import write_xlsx

FORMULA_LIKE = ["=SUM(A1)", "+968 2412 3456", "-", "@MuscatMun", "\tمسافة", "  مسافتان  "]


def _fields(post):
    return {k: v for k, v in dataclasses.asdict(post).items() if k not in ("id",)}


def _enrich(ws):
    """Give the sample's posts every field the export writes: types, segments, notes,
    per-platform texts, key messages, phases, multi-line texts."""
    posts = posts_to_export(ws)
    segments = [s.id for s in ws.segments.list()]
    for i, post in enumerate(posts):
        plan = ws.campaigns.get(post.campaign_id) if post.campaign_id else None
        post.content_type = list(ContentType)[i % len(ContentType)]
        post.segment_id = segments[i % len(segments)] if i % 3 else None
        post.notes = f"ملاحظة {i}\nسطر ثانٍ" if i % 2 else ""
        if plan and plan.messages and i % 2:
            post.message_id = plan.messages[i % len(plan.messages)].id
        if plan and plan.phases and i % 3 == 0:
            post.phase_id = plan.phases[i % len(plan.phases)].id
        if Platform.X in post.platforms and i % 2:
            post.variants[Platform.X] = f"نص إكس {i}\n#مسقط"
        if Platform.FACEBOOK in post.platforms:
            post.variants[Platform.FACEBOOK] = f"Facebook text {i}"
        if i < len(FORMULA_LIKE):  # texts a spreadsheet would take for formulas
            post.base_text = FORMULA_LIKE[i] + post.base_text
            post.notes = FORMULA_LIKE[-1 - i] + " ملاحظة"
        ws.posts.save(post)
    return posts_to_export(ws)


@pytest.mark.parametrize(("lang", "kind"), [("ar", "xlsx"), ("en", "xlsx"), ("ar", "csv")])
def test_export_then_import_gives_the_same_posts(qapp, workspace, tmp_path, lang, kind):
    """Every field of every exported post comes back (type, segment, notes, per-platform
    texts, status, campaign, key message, phase, key) into the workspace without its posts;
    texts that look like formulas come back without any added apostrophe."""
    install_language(lang)
    try:
        before = _enrich(workspace)
        path = tmp_path / f"calendar.{kind}"
        writer = write_xlsx if kind == "xlsx" else write_csv
        writer(workspace, before, path, export_words(), Formatter(lang, Digits.LATIN))
        for post in before:
            workspace.posts.delete(post.id)
        table = read_table(path)
        parsed = parse(table, guess_mapping(table.headers), workspace_names(workspace))
        assert parsed.ok, parsed.problems[:5]
        outcome = store(workspace, parsed, OnDuplicate.SKIP)
        assert len(outcome.added) == len(before) > 20
        after = posts_to_export(workspace)
        assert sorted(map(_fields, after), key=str) == sorted(map(_fields, before), key=str)
    finally:
        install_language("ar")


@pytest.mark.parametrize(
    ("choice", "added", "replaced", "skipped"),
    [(OnDuplicate.SKIP, 0, "all", "all"), (OnDuplicate.UPDATE, 0, "all", 0)],
)
def test_importing_the_same_file_again_duplicates_nothing(
    qapp, workspace, tmp_path, choice, added, replaced, skipped
):
    """The post key finds the posts already there: skip (default) or update, no duplicate."""
    before = posts_to_export(workspace)
    path = tmp_path / "calendar.xlsx"
    write_xlsx(workspace, before, path, export_words(), Formatter("ar", Digits.LATIN))
    count = workspace.posts.count()
    table = read_table(path)
    parsed = parse(table, guess_mapping(table.headers), workspace_names(workspace))
    outcome = store(workspace, parsed, choice)
    assert workspace.posts.count() == count
    assert len(outcome.added) == added
    assert outcome.skipped == (len(before) if skipped == "all" else 0)
    assert len(outcome.replaced) == (len(before) if choice is OnDuplicate.UPDATE else 0)


def test_add_makes_copies_with_keys_of_their_own(qapp, workspace, tmp_path):
    """Add on purpose: a second copy of each post, each with its own key."""
    before = posts_to_export(workspace)
    path = tmp_path / "calendar.xlsx"
    write_xlsx(workspace, before, path, export_words(), Formatter("ar", Digits.LATIN))
    table = read_table(path)
    parsed = parse(table, guess_mapping(table.headers), workspace_names(workspace))
    store(workspace, parsed, OnDuplicate.ADD)
    after = posts_to_export(workspace)
    assert len(after) == 2 * len(before)
    assert len({p.key for p in after}) == len(after)


def test_a_file_without_keys_is_matched_by_time_and_text(workspace, tmp_path):
    """An officer's own sheet imported twice: the second time every row is found, skipped."""
    path = tmp_path / "plan.csv"
    path.write_text("Date,Platform,Text\n2031-01-05 09:00,X,مرحبا\n", "utf-8")
    for expected in (1, 0):
        table = read_table(path)
        parsed = parse(table, guess_mapping(table.headers), workspace_names(workspace))
        assert len(store(workspace, parsed, OnDuplicate.SKIP).added) == expected


def test_missing_campaigns_are_created_when_asked(workspace, tmp_path):
    """A campaign the file names but the workspace lacks is created, not a reason to refuse."""
    from planner.reports.calendar_import import Options, Problem

    path = tmp_path / "plan.csv"
    path.write_text("Date,Platform,Text,Campaign\n2031-01-05 09:00,X,a,حملة جديدة\n", "utf-8")
    table = read_table(path)
    mapping, names = guess_mapping(table.headers), workspace_names(workspace)
    refused = parse(table, mapping, names)
    assert refused.problems[0].problem is Problem.UNKNOWN_CAMPAIGN
    parsed = parse(table, mapping, names, Options(create_campaigns=True))
    outcome = store(workspace, parsed, OnDuplicate.SKIP)
    (campaign_id,) = outcome.campaigns
    assert workspace.campaigns.get(campaign_id).name == "حملة جديدة"
    assert workspace.posts.for_campaign(campaign_id)[0].base_text == "a"
