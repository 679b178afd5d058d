"""Hostile campaign files through the real `import json`: refused before anything is stored,
exit 2, one line naming the field; never a traceback."""

import copy
import hashlib
import json

import pytest

from planner import cli
from planner.storage.exchange import export_campaign
from planner.storage.workspace import Workspace
from tests.ui import user

english = user.english


def main(*args):
    return cli.main([str(a) for a in args])


@pytest.fixture
def base(workspace):
    """The sample's first campaign as a campaign file's data, and the closed workspace's path."""
    first = workspace.campaigns.summaries()[0]
    data = export_campaign(workspace, first.id)
    path = workspace.path
    workspace.close()
    return data, path


def _post(data, i=0):
    return data["posts"][i]


def _kpi(data):
    return next(o["kpis"][0] for o in data["campaign"]["objectives"] if o.get("kpis"))


def _surrogate_text(d):
    _post(d)["base_text"] = "نص \ud800 مكسور"


def _surrogate_name(d):
    d["campaign"]["name"] = "حملة \udc80"


def _surrogate_key(d):
    d["campaign"]["\ud800"] = 1


def _ten_megabytes(d):
    d["campaign"]["aim"] = "غ" * 10_000_000


def _long_hashtags(d):
    d["campaign"]["hashtags"] = [f"#{'وسم' * 300}{n}" for n in range(5_000)]


def _huge_kpi(d):
    _kpi(d)["target"] = 1e25


def _negative_huge_kpi(d):
    _kpi(d)["baseline"] = -1e300


def _year_one(d):
    d["campaign"]["start"] = "0001-01-01"


def _year_9999(d):
    d["campaign"]["end"] = "9999-12-31"


def _post_year_one(d):
    _post(d)["scheduled_at"] = "0001-01-01T00:00"


def _every_post_twice(d):
    d["posts"] = d["posts"] + copy.deepcopy(d["posts"])


def _long_name(d):
    d["campaign"]["name"] = "ح" * 201


def _many_posts(d):
    d["posts"] = [{"platforms": ["x"], "base_text": str(n)} for n in range(200_000)]


def _huge_followers(d):
    d["accounts"][0]["followers"] = 10**18


CASES = {
    "lone surrogate in a post": (_surrogate_text, "posts[0].base_text", "broken character"),
    "lone surrogate in the name": (_surrogate_name, "campaign.name", "broken character"),
    "lone surrogate in a key": (_surrogate_key, "campaign.\\ud800", "does not know"),
    "10 MB aim": (_ten_megabytes, "campaign.aim", "too long"),
    "5,000 long hashtags": (_long_hashtags, "campaign.hashtags", "too long for one campaign"),
    "KPI target 1e25": (_huge_kpi, ".kpis[0].target", "out of range"),
    "KPI baseline -1e300": (_negative_huge_kpi, ".kpis[0].baseline", "out of range"),
    "start in year 1": (_year_one, "campaign.start", "out of range"),
    "end in 9999": (_year_9999, "campaign.end", "out of range"),
    "post in year 1": (_post_year_one, "posts[0].scheduled_at", "out of range"),
    "201-character name": (_long_name, "campaign.name", "too long"),
    "200,000 posts": (_many_posts, "“posts”", "too long for one campaign"),
    "10^18 followers": (_huge_followers, "accounts[0].followers", "not allowed"),
}


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_campaign_file_is_refused_naming_the_field(base, tmp_path, capsys, english, case):
    """The import exits 2 with one line naming the field; the workspace is as it was."""
    data, workspace = base
    change, field, words = CASES[case]
    change(data)
    hostile = tmp_path / "hostile.json"
    hostile.write_bytes(json.dumps(data, ensure_ascii=True).encode("utf-8"))
    before = _digest(workspace)
    assert main("import", "json", "--workspace", workspace, hostile, "--on-clash", "rename") == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert field in err and words in err, err
    assert _digest(workspace) == before


def test_a_sound_campaign_file_still_imports(base, tmp_path, capsys):
    """The unchanged export imports (under a new name): the limits leave real data alone."""
    data, workspace = base
    good = tmp_path / "good.json"
    good.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert main("import", "json", "--workspace", workspace, good, "--on-clash", "rename") == 0
    ws = Workspace.open(workspace, backup=False)
    assert len(ws.campaigns.summaries()) == 4
    ws.close()


def test_the_same_post_twice_is_reported_and_imported_only_when_asked(
    base, tmp_path, capsys, english
):
    """A file holding every post twice: the import names the repeats and stores nothing;
    with --keep-repeats it imports them all (a workspace may hold a copy not yet edited)."""
    data, workspace = base
    count = len(data["posts"])
    _every_post_twice(data)
    twice = tmp_path / "twice.json"
    twice.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    before = _digest(workspace)
    assert main("import", "json", "--workspace", workspace, twice, "--on-clash", "rename") == 2
    err = capsys.readouterr().err
    assert f"posts[{count}] = posts[0]" in err and "--keep-repeats" in err
    assert len(err.strip().splitlines()) == 1
    assert _digest(workspace) == before
    argv = ("import", "json", "--workspace", workspace, twice, "--on-clash", "rename")
    assert main(*argv, "--keep-repeats") == 0
    new_id = int(capsys.readouterr().out.split("\t")[0])
    ws = Workspace.open(workspace, backup=False)
    assert len(ws.posts.for_campaign(new_id)) == 2 * count
    ws.close()


def test_a_full_disk_during_an_import_is_a_message_and_writes_nothing(base, tmp_path):
    """The database cannot grow (SQLite's max_page_count, as a full disk does): the import
    raises the disk-full problem, which every way in turns into a message; nothing is kept."""
    from planner.storage.errors import Problem, WorkspaceError
    from planner.storage.exchange import bundle_from_dict, import_campaign

    data, path = base
    ws = Workspace.open(path, backup=False)
    try:
        campaigns = len(ws.campaigns.summaries())
        pages = ws.db.execute("PRAGMA page_count").fetchone()[0]
        ws.db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(WorkspaceError) as caught:
            import_campaign(ws, bundle_from_dict(data), "rename")
        assert caught.value.problem is Problem.DISK_FULL
        assert len(ws.campaigns.summaries()) == campaigns
    finally:
        ws.close()
