"""Hand-off files for the tools that publish: Hootsuite's bulk composer CSV, one per social
profile, each platform's own text exactly; Meta Business Suite refused as undocumented."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings

from planner.domain.model import Campaign, Platform, Post, PostStatus
from planner.domain.text import clean
from planner.reports.handoff import (
    HandoffError,
    HandoffProblem,
    HandoffTool,
    write_handoff,
)
from planner.storage.workspace import Workspace
from tests.text_strategies import TEXTS

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2030, 1, 1, 9, 0)
AT = dt.datetime(2030, 1, 10, 21, 30)


def rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # a BOM would stick to the first date
    return list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))


def post(text, platforms, status=PostStatus.APPROVED, when=AT, **kw) -> Post:
    return Post(text, platforms, status, scheduled_at=when, **kw)


def test_hootsuite_gets_one_file_per_platform_with_its_own_text(tmp_path):
    posts = [
        post(
            "نص عام\nسطر ثانٍ",
            [Platform.X, Platform.FACEBOOK, Platform.SNAPCHAT],
            variants={Platform.X: "=نص إكس قصير #مسقط"},
        ),
        post("مجدول", [Platform.X], PostStatus.SCHEDULED, AT + dt.timedelta(hours=1)),
        post("مسودة", [Platform.X], PostStatus.DRAFT),  # not approved: not handed off
        post("فات وقته", [Platform.X], when=NOW + dt.timedelta(minutes=5)),
    ]
    done = write_handoff(HandoffTool.HOOTSUITE, posts, tmp_path / "plan.csv", NOW)
    assert [(f.path.name, f.platform, f.posts) for f in done.files] == [
        ("plan-hootsuite-x.csv", Platform.X, 2),
        ("plan-hootsuite-facebook.csv", Platform.FACEBOOK, 1),
    ]
    assert rows(tmp_path / "plan-hootsuite-x.csv") == [
        ["10/01/2030 21:30", "=نص إكس قصير #مسقط", ""],  # exact: no apostrophe for a tool
        ["10/01/2030 22:30", "مجدول", ""],
    ]
    assert rows(tmp_path / "plan-hootsuite-facebook.csv") == [
        ["10/01/2030 21:30", "نص عام\nسطر ثانٍ", ""]
    ]
    assert done.unsupported == {Platform.SNAPCHAT: 1} and done.too_soon == 1


def test_more_than_350_posts_make_numbered_parts(tmp_path):
    posts = [post(f"منشور {n}", [Platform.X], when=AT + dt.timedelta(hours=n)) for n in range(351)]
    done = write_handoff(HandoffTool.HOOTSUITE, posts, tmp_path / "p.csv", NOW)
    assert [(f.path.name, f.posts) for f in done.files] == [
        ("p-hootsuite-x-1.csv", 350),
        ("p-hootsuite-x-2.csv", 1),
    ]


def test_meta_is_refused_as_undocumented_and_nothing_is_refused(tmp_path):
    with pytest.raises(HandoffError) as caught:
        write_handoff(HandoffTool.META, [post("x", [Platform.FACEBOOK])], tmp_path / "m.csv", NOW)
    assert caught.value.problem is HandoffProblem.NOT_DOCUMENTED
    with pytest.raises(HandoffError) as caught:
        write_handoff(
            HandoffTool.HOOTSUITE,
            [post("x", [Platform.X], PostStatus.DRAFT)],
            tmp_path / "m.csv",
            NOW,
        )
    assert caught.value.problem is HandoffProblem.NOTHING
    assert not list(tmp_path.iterdir())


def run(*args: object, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PLANNER_LANG": lang},
    )


def test_the_handoff_command(tmp_path):
    path = tmp_path / "w.planner"
    ws = Workspace.create(path)
    cid = ws.campaigns.save(Campaign("حملة المياه", dt.date(2099, 1, 1), dt.date(2099, 2, 1)))
    for day, status in (
        (10, PostStatus.APPROVED),
        (11, PostStatus.SCHEDULED),
        (12, PostStatus.APPROVED),
    ):
        ws.posts.save(
            post(
                f"اليوم {day}",
                [Platform.INSTAGRAM, Platform.WHATSAPP],
                status,
                dt.datetime(2099, 1, day, 8, 5),
                campaign_id=cid,
            )
        )
    ws.close()
    out = tmp_path / "handoff.csv"
    done = run(
        "export",
        "handoff",
        "--tool",
        "hootsuite",
        "--workspace",
        path,
        "--campaign",
        "حملة المياه",
        "--to",
        "2099-01-11",
        "--out",
        out,
    )
    assert done.returncode == 0, done.stderr
    assert rows(tmp_path / "handoff-hootsuite-instagram.csv") == [
        ["10/01/2099 08:05", "اليوم 10", ""],
        ["11/01/2099 08:05", "اليوم 11", ""],
    ]
    assert "WhatsApp channel, posts: 2 (Hootsuite does not publish there)" in done.stdout
    refused = run(
        "export", "handoff", "--tool", "meta", "--workspace", path, "--out", out, lang="ar"
    )
    assert refused.returncode == 2 and "Meta Business Suite" in refused.stderr
    assert "Traceback" not in refused.stderr


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_any_text_is_handed_off_exactly_after_the_text_rule(text):
    """Read back by a CSV reader, the message is the post's text after the rule, whole."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "h.csv"
        write_handoff(HandoffTool.HOOTSUITE, [post(text, [Platform.X])], out, NOW)
        [[when, message, link]] = rows(Path(folder) / "h-hootsuite-x.csv")
        assert (when, message, link) == ("10/01/2030 21:30", clean(text), "")
