"""The text rule at every way in: the stores' save functions (which typing, paste, calendar
import, campaign file and statistics import all reach) keep no control character, and a lone
surrogate is refused naming its field, with nothing written."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.domain.coverage.values import PostStat
from planner.domain.model import (
    Account,
    Campaign,
    KeyMessage,
    Objective,
    Phase,
    Platform,
    Post,
    Segment,
)
from planner.domain.text import TextError
from planner.storage.exchange import ExchangeError, import_campaign, read_campaign_file
from tests.storage.exchange_cases import known_data, write

ROOT = Path(__file__).resolve().parents[2]
DIRTY = "سطر\x0bثانٍ\x0cثالث\u2028رابع\r\nخامس\x00\x1b"
CLEAN = "سطر\nثانٍ\nثالث\nرابع\nخامس"


def all_text(path: Path) -> str:
    """Every text value of every table of a workspace file, joined."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return "".join(
            str(value)
            for table in tables
            for row in conn.execute(f"SELECT * FROM [{table}]")
            for value in row
            if isinstance(value, str)
        )


def test_a_post_is_stored_normalised(empty_workspace):
    """The composer, paste and the calendar import all save through PostStore.save."""
    post = Post(DIRTY, [Platform.X, Platform.FACEBOOK], notes=DIRTY)
    post.variants = {Platform.X: DIRTY}
    post.scheduled_at = dt.datetime(2026, 12, 10, 21, 30)
    empty_workspace.posts.save_many([post])
    back = empty_workspace.posts.get(post.id)
    assert (back.base_text, back.notes, back.variants[Platform.X]) == (CLEAN, CLEAN, CLEAN)


def test_every_text_of_a_campaign_is_stored_normalised(empty_workspace):
    """The campaign editor's fields, nested lists included."""
    campaign = Campaign(DIRTY, dt.date(2026, 1, 1), dt.date(2026, 2, 1), aim=DIRTY)
    campaign.hashtags = ["#وسم\x0b"]
    campaign.messages = [KeyMessage(DIRTY, DIRTY)]
    campaign.objectives = [Objective(DIRTY)]
    campaign.phases = [Phase(DIRTY, dt.date(2026, 1, 1), dt.date(2026, 1, 9), DIRTY)]
    back = empty_workspace.campaigns.get(empty_workspace.campaigns.save(campaign))
    assert back.name == back.aim == back.messages[0].text == back.messages[0].text_en == CLEAN
    assert back.objectives[0].text == back.phases[0].name == back.phases[0].goal == CLEAN
    assert back.hashtags == ["#وسم\n"]


def test_segments_accounts_and_statistics_are_stored_normalised(empty_workspace):
    segment_id = empty_workspace.segments.save(Segment(DIRTY, DIRTY))
    assert empty_workspace.segments.get(segment_id).description == CLEAN
    account_id = empty_workspace.accounts.save(Account(Platform.X, "@a\x00b", "u\x0b"))
    assert empty_workspace.accounts.get(account_id).handle == "@ab"
    stat = PostStat(Platform.X, None, dt.date(2026, 1, 5), "1", DIRTY)
    empty_workspace.coverage.save_stats([stat])
    assert empty_workspace.coverage.stats()[0].text == CLEAN


def test_a_lone_surrogate_is_refused_naming_the_field(empty_workspace):
    with pytest.raises(TextError) as caught:
        empty_workspace.posts.save(Post("ok", [Platform.X], variants={Platform.X: "\udc80"}))
    assert caught.value.field == "post.variants[x]"
    assert empty_workspace.posts.count() == 0


def test_a_campaign_file_is_imported_normalised(tmp_path, empty_workspace):
    data = known_data(tmp_path)
    data["campaign"]["name"] = DIRTY
    data["posts"][0]["base_text"] = DIRTY
    bundle = read_campaign_file(write(tmp_path, data))
    campaign_id = import_campaign(empty_workspace, bundle)
    assert empty_workspace.campaigns.get(campaign_id).name == CLEAN
    assert CLEAN in [p.base_text for p in empty_workspace.posts.for_campaign(campaign_id)]
    assert "\x0b" not in all_text(empty_workspace.path)


def test_a_campaign_file_with_a_lone_surrogate_is_refused_naming_the_field(tmp_path):
    data = known_data(tmp_path)
    data["posts"][1]["base_text"] = "نص\ud800"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), "ascii")  # "\ud800" escaped, as a hostile file has it
    with pytest.raises(ExchangeError) as caught:
        read_campaign_file(path)
    assert caught.value.field == "posts[1].base_text"


def run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_the_commands_store_normalised_text(tmp_path):
    """`import json` refuses a surrogate in Arabic-or-English words, `import stats` keeps no
    control character."""
    target = tmp_path / "w.planner"
    assert run("demo", "--out", target).returncode == 0
    data = known_data(tmp_path)
    data["campaign"]["aim"] = "\ud800"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), "ascii")
    done = run("import", "json", "--workspace", target, bad)
    assert done.returncode != 0 and "campaign.aim" in done.stderr
    assert "Traceback" not in done.stderr
    stats = tmp_path / "x.csv"
    stats.write_text(
        "Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,retweets,"
        'replies,likes,url clicks\n1,https://x.com/a/1,"رد\x0cعلى\x00 سؤال",'
        "2020-01-05 08:00 +0000,300,4,0,1,3,0\n",
        encoding="utf-8",
    )
    done = run("import", "stats", "--workspace", target, stats)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(target) as conn:
        texts = [r[0] for r in conn.execute("SELECT text FROM post_stats")]
    assert "رد\nعلى سؤال" in texts


def test_the_calendar_import_command_stores_normalised_text(tmp_path):
    """`import csv` saves through PostStore.save: BEL and ESC in a cell are not stored. (A NUL
    marks a binary file: the importer refuses the whole file, see test_calendar_import_reading.)"""
    target = tmp_path / "w.planner"
    assert run("demo", "--out", target).returncode == 0
    source = tmp_path / "plan.csv"
    source.write_text(
        "التاريخ,الوقت,المنصة,النص\n2026-12-10,21:30,إكس,نص\x07 من\x1b ملف\n", encoding="utf-8"
    )
    done = run("import", "csv", "--workspace", target, source)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(target) as conn:
        texts = [r[0] for r in conn.execute("SELECT base_text FROM posts")]
    assert "نص من ملف" in texts and not any("\x07" in t or "\x1b" in t for t in texts)
