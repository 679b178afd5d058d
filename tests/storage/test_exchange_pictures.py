"""The campaign file carries its pictures: export, import into a new workspace, every
attachment is there; a hostile picture inside a campaign file is refused before anything."""

import base64
import hashlib
import json

import pytest

from planner import cli
from planner.storage.full_sample import create_sample
from planner.storage.workspace import Workspace
from tests.test_hostile_assets import use_laughs
from tests.ui import user

english = user.english


def main(*args):
    return cli.main([str(a) for a in args])


@pytest.fixture(scope="module")
def full_sample(tmp_path_factory):
    """The whole sample (with its identity library and the posts' pictures), made once."""
    path = tmp_path_factory.mktemp("full") / "full.planner"
    create_sample(path).close()
    return path


def _attachments(ws, campaign_id):
    return [
        [a.sha256 for a in ws.assets.assets_of_post(p.id)]
        for p in ws.posts.for_campaign(campaign_id)
    ]


def test_export_then_import_keeps_every_picture(full_sample, tmp_path, capsys, qapp):
    """Every campaign of the sample, exported and imported into an empty workspace, keeps the
    pictures of every post, in order; a campaign with pictures is written as version 2."""
    ws = Workspace.open(full_sample, backup=False)
    campaigns = ws.campaigns.summaries()
    expected = {c.name: _attachments(ws, c.id) for c in campaigns}
    ws.close()
    assert any(any(post) for post in expected["مسقط أجمل بنظافتها"])
    colleague = tmp_path / "colleague.planner"
    Workspace.create(colleague).close()
    for summary in campaigns:
        out = tmp_path / f"c{summary.id}.json"
        assert main("export", "json", "--workspace", full_sample, "--campaign", summary.id,
                    "--out", out) == 0  # fmt: skip
        data = json.loads(out.read_text("utf-8"))
        pictures = 2 if any(expected[summary.name]) else 1
        assert data["version"] == (3 if data.get("versions") else pictures)  # 3: approvals
        assert main("import", "json", "--workspace", colleague, out) == 0
    capsys.readouterr()
    ws = Workspace.open(colleague, backup=False)
    try:
        for summary in ws.campaigns.summaries():
            assert _attachments(ws, summary.id) == expected[summary.name]
        assert all(ws.assets.thumbnail(a.sha256) for a in ws.assets.all() if a.format != "pdf")
    finally:
        ws.close()


def test_a_hostile_picture_in_a_campaign_file_is_refused(full_sample, tmp_path, capsys, english):
    """An SVG 'billion laughs' carried in a campaign file: refused at its place, nothing stored."""
    ws = Workspace.open(full_sample, backup=False)
    first = next(c.id for c in ws.campaigns.summaries() if c.name == "مسقط أجمل بنظافتها")
    ws.close()
    out = tmp_path / "c.json"
    assert main("export", "json", "--workspace", full_sample, "--campaign", first,
                "--out", out) == 0  # fmt: skip
    data = json.loads(out.read_text("utf-8"))
    bomb = use_laughs()
    data["assets"].append(
        {
            "sha256": hashlib.sha256(bomb).hexdigest(),
            "name": "laughs.svg",
            "data": base64.b64encode(bomb).decode(),
        }
    )
    data["posts"][0]["assets"] = [*data["posts"][0].get("assets", []), data["assets"][-1]["sha256"]]
    out.write_text(json.dumps(data), "utf-8")
    colleague = tmp_path / "colleague.planner"
    Workspace.create(colleague).close()
    before = colleague.read_bytes()
    capsys.readouterr()
    assert main("import", "json", "--workspace", colleague, out) == 2
    err = capsys.readouterr().err
    assert f"assets[{len(data['assets']) - 1}]" in err
    assert colleague.read_bytes() == before


def test_every_code_has_its_own_message(english):
    """No campaign file problem falls back to the generic sentence."""
    from planner.i18n.campaigns import EXCHANGE
    from planner.storage.exchange_format import ExchangeCode

    counted = {ExchangeCode.TOO_LONG, ExchangeCode.TOO_MANY}  # numbers in: see exchange_error
    assert set(EXCHANGE) | counted == set(ExchangeCode) and not counted & set(EXCHANGE)
