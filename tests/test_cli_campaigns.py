"""`export json` / `import json`: share a campaign file; exit codes, messages, nothing half-done."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner import cli
from planner.storage.workspace import Workspace
from tests.ui import user

ROOT = Path(__file__).resolve().parent.parent
NAME = "مسقط أجمل بنظافتها"
english = user.english  # the fixture: messages in English


@pytest.fixture
def sample(workspace):
    """The sample workspace's path, closed so that the command line can open it."""
    path = workspace.path
    workspace.close()
    return path


def main(*args):
    return cli.main([str(a) for a in args])


def test_export_then_import_into_an_empty_workspace_round_trips(sample, tmp_path, capsys):
    """A campaign exported, imported elsewhere and exported again gives the same file."""
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert main("export", "json", "--workspace", sample, "--campaign", NAME, "--out", first) == 0
    empty = tmp_path / "colleague.planner"
    Workspace.create(empty).close()
    assert main("import", "json", "--workspace", empty, first) == 0
    new_id = int(capsys.readouterr().out.strip().splitlines()[-1].split("\t")[0])
    assert main("export", "json", "--workspace", empty, "--campaign", new_id, "--out", second) == 0
    assert json.loads(first.read_text("utf-8")) == json.loads(second.read_text("utf-8"))


def test_a_name_clash_fails_unless_told_to_rename_or_replace(sample, tmp_path, capsys, english):
    """Importing a campaign whose name exists stops (exit 2) unless --on-clash says what to do."""
    exported = tmp_path / "c.json"
    main("export", "json", "--workspace", sample, "--campaign", NAME, "--out", exported)
    capsys.readouterr()
    assert main("import", "json", "--workspace", sample, exported) == 2
    assert "--on-clash" in capsys.readouterr().err
    assert main("import", "json", "--workspace", sample, exported, "--on-clash", "rename") == 0
    assert f"{NAME} (2)" in capsys.readouterr().out
    assert main("import", "json", "--workspace", sample, exported, "--on-clash", "replace") == 0
    ws = Workspace.open(sample, backup=False)
    try:
        assert [c.name for c in ws.campaigns.summaries()].count(NAME) == 1
    finally:
        ws.close()


def test_an_invalid_file_names_the_field_and_writes_nothing(sample, tmp_path, capsys, english):
    """A file with a bad field is refused with the field's path; the workspace is untouched."""
    exported = tmp_path / "c.json"
    main("export", "json", "--workspace", sample, "--campaign", NAME, "--out", exported)
    data = json.loads(exported.read_text("utf-8"))
    data["campaign"]["phases"][1]["start"] = "not a date"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    before = sample.read_bytes()
    capsys.readouterr()
    assert main("import", "json", "--workspace", sample, broken, "--on-clash", "rename") == 2
    err = capsys.readouterr().err
    assert "campaign.phases[1].start" in err and len(err.strip().splitlines()) == 1
    assert sample.read_bytes() == before


def test_unknown_campaign_or_newer_file_exit_2(sample, tmp_path, capsys, english):
    """An unknown campaign, or a file from a newer version, is a one-line error."""
    assert (
        main(
            "export",
            "json",
            "--workspace",
            sample,
            "--campaign",
            "لا توجد",
            "--out",
            tmp_path / "x.json",
        )
        == 2
    )
    assert not (tmp_path / "x.json").exists()
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "campaign-planner/campaign", "version": 99}', "utf-8")
    assert main("import", "json", "--workspace", sample, newer) == 2
    assert "newer version" in capsys.readouterr().err


def test_the_commands_run_from_main_py(sample, tmp_path):
    """`python main.py export json` works as a program, in its own process."""
    out = tmp_path / "c.json"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "export",
            "json",
            "--workspace",
            str(sample),
            "--campaign",
            NAME,
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text("utf-8"))["campaign"]["name"] == NAME
