"""One check everywhere: `check`, every command and the window judge a workspace the same way,
and every problem met while opening is a translated message with exit code 2."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.storage import backups
from planner.storage.errors import Problem, WorkspaceError
from planner.storage.soundness import FindingKind
from planner.storage.workspace import Workspace, inspect
from tests.ui import user

ROOT = Path(__file__).resolve().parents[2]
english = user.english  # the fixture: messages in English


def run(*args, user=None, env=None):
    """The real command line, in English (as a dropped-privileges user when `user` is set)."""
    extra = {"PLANNER_LANG": "en", **(env or {})}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **extra},
        user=user,
        timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sample(tmp_path, _sample_file) -> Path:
    target = tmp_path / "ws.planner"
    shutil.copyfile(_sample_file, target)
    return target


def damage(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA writable_schema = ON")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


DAMAGES = {
    "post status hacked": (
        "UPDATE posts SET status = 'hacked' WHERE id = (SELECT MIN(id) FROM posts)",
        FindingKind.UNKNOWN_VALUE,
        "posts.status",
    ),
    "post dated year 1": (
        "UPDATE posts SET scheduled_at = '1-01-01T00:00' WHERE id = (SELECT MIN(id) FROM posts)",
        FindingKind.BAD_DATE,
        "posts.scheduled_at",
    ),
    "campaign ending 9999": (
        "UPDATE campaigns SET \"end\" = '9999-12-31' WHERE id = (SELECT MIN(id) FROM campaigns)",
        FindingKind.BAD_DATE,
        "campaigns.end",
    ),
    "February 30th": (
        "UPDATE phases SET start = '2026-02-30' WHERE id = (SELECT MIN(id) FROM phases)",
        FindingKind.BAD_DATE,
        "phases.start",
    ),
    "platform of nowhere": (
        "UPDATE post_platforms SET platform = 'myspace' WHERE rowid = 1",
        FindingKind.UNKNOWN_VALUE,
        "post_platforms.platform",
    ),
    "missing table": ("DROP TABLE reports", FindingKind.MISSING_TABLE, "reports"),
    "broken reference": (
        "INSERT INTO post_platforms (post_id, platform) VALUES (987654, 'x')",
        FindingKind.BROKEN_REFERENCE,
        "post_platforms",
    ),
}


@pytest.mark.parametrize("case", sorted(DAMAGES))
def test_damaged_contents_are_named_with_counts_and_left_untouched(sample, case):
    """inspect() (used by the window and every command) names the damage and its count."""
    statement, kind, where = DAMAGES[case]
    damage(sample, statement)
    before = digest(sample)
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(sample)
    assert caught.value.problem is Problem.INVALID
    assert [(f.kind, f.where) for f in caught.value.findings] == [(kind, where)]
    assert caught.value.findings[0].count == 1
    assert digest(sample) == before
    assert not backups.list_backups(sample)  # a damaged file is never rotated into the backups


@pytest.mark.parametrize("case", ["post status hacked", "missing table", "post dated year 1"])
def test_check_and_an_export_say_the_same_with_exit_2(sample, tmp_path, case):
    """`check` and `export json` both refuse in one translated line naming the column."""
    statement, _, where = DAMAGES[case]
    damage(sample, statement)
    before = digest(sample)
    out_file = tmp_path / "out.json"
    checked = run("check", "--workspace", sample)
    exported = run("export", "json", "--workspace", sample, "--campaign", "1", "--out", out_file)
    for out in (checked, exported):
        assert out.returncode == 2, out.stderr
        assert "Traceback" not in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1
        assert "not valid" in out.stderr and f"“{where}”" in out.stderr
    assert "rows: 1" in checked.stderr or where == "reports"
    assert not out_file.exists()
    assert digest(sample) == before


def test_check_in_arabic_names_the_damage(sample):
    """The default language: the message is in Arabic, with the column named."""
    damage(sample, DAMAGES["post status hacked"][0])
    out = run("check", "--workspace", sample, env={"PLANNER_LANG": "ar"})
    assert out.returncode == 2
    assert "“posts.status”" in out.stderr and "قيم" in out.stderr


def test_an_index_that_no_longer_matches_is_refused_by_every_way_in(sample):
    """quick_check misses an index out of step with its table; the open runs the full check,
    so the window and the commands refuse it as `check` does, and no backup is taken of it."""
    damage(
        sample,
        "UPDATE sqlite_master SET sql = 'CREATE INDEX posts_by_time ON posts (base_text)' "
        "WHERE name = 'posts_by_time'",
    )
    conn = sqlite3.connect(sample)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(sample)
    assert caught.value.problem is Problem.CORRUPT
    assert not backups.list_backups(sample)
    assert run("check", "--workspace", sample).returncode == 2


def test_a_folder_as_the_workspace_is_a_message(tmp_path):
    """A directory given as the workspace: exit 2 and one line, from check and from export."""
    folder = tmp_path / "looks.planner"
    folder.mkdir()
    for out in (
        run("check", "--workspace", folder),
        run("export", "json", "--workspace", folder, "--campaign", "1", "--out", tmp_path / "o"),
    ):
        assert out.returncode == 2 and "Traceback" not in out.stderr
        assert "is a folder" in out.stderr
    with pytest.raises(WorkspaceError) as caught:
        inspect(folder)
    assert caught.value.problem is Problem.IS_FOLDER


def test_a_backups_folder_that_is_a_file_is_a_message(sample, tmp_path):
    """NAME.backups taken by a file: the command says the backups cannot be written."""
    blocker = backups.backup_dir(sample)
    blocker.write_text("not a folder")
    out = run("export", "json", "--workspace", sample, "--campaign", "1", "--out", tmp_path / "o")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "backups cannot be written" in out.stderr
    assert blocker.read_text() == "not a folder"


def test_too_little_space_for_a_backup_is_said_so(sample, monkeypatch, english):
    """Less free space than one backup: the problem is named, not "the change was not saved"."""
    monkeypatch.setattr(backups, "free_bytes", lambda folder: 4096)
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(sample)
    assert caught.value.problem is Problem.NO_SPACE_FOR_BACKUP
    from planner import labels

    assert "not enough free space" in labels.describe(caught.value)
    assert not list(backups.backup_dir(sample).glob("*.planner"))


NOBODY = 65534


@pytest.fixture
def shared_dir():
    """A folder another user can enter (pytest's own temporary folders are private)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="hostile-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def other_user():
    """Who runs the command so that permissions apply: this user, or (for root, whom
    permissions do not stop) `nobody`, when that user can run this interpreter."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    try:
        probe = subprocess.run([sys.executable, "-c", "pass"], user=NOBODY, capture_output=True)
    except PermissionError:
        probe = None
    if probe is None or probe.returncode:
        pytest.skip("root, and no other user can run this interpreter")
    return NOBODY


def test_an_unreadable_file_is_a_message(shared_dir, _sample_file, other_user):
    """A file this user may not read: said so, exit 2."""
    target = shared_dir / "secret.planner"
    shutil.copyfile(_sample_file, target)
    target.chmod(0o600)
    out = run("check", "--workspace", target, user=other_user, env={"HOME": str(shared_dir)})
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
    assert "cannot be read" in out.stderr


def test_a_read_only_folder_is_named_as_a_folder(shared_dir, _sample_file, other_user):
    """A workspace in a folder this user cannot write: the folder is named, not the file."""
    folder = shared_dir / "ro"
    folder.mkdir()
    target = folder / "ws.planner"
    shutil.copyfile(_sample_file, target)
    target.chmod(0o666)
    folder.chmod(0o755)
    out = run(
        "export", "json", "--workspace", target, "--campaign", "1", "--out", shared_dir / "o.json",
        user=other_user, env={"HOME": str(shared_dir)},
    )  # fmt: skip
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
    assert "folder that holds the workspace is read-only" in out.stderr


def test_a_read_only_folder_is_told_from_a_read_only_file(sample, monkeypatch):
    """Where permissions cannot be taken away (root): a folder SQLite cannot write its WAL
    into is reported as a read-only folder, before anything is opened."""
    real_access = os.access
    folder = sample.parent

    def access(path, mode, **kwargs):
        return False if Path(path) == folder and mode & os.W_OK else real_access(path, mode)

    monkeypatch.setattr(os, "access", access)
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(sample)
    assert caught.value.problem is Problem.FOLDER_READ_ONLY
    assert caught.value.path == folder


def test_a_sound_workspace_still_checks_ok(sample):
    """The sample passes every check."""
    out = run("check", "--workspace", sample)
    assert out.returncode == 0 and out.stdout.startswith("ok:")


def test_the_table_list_matches_the_migrations():
    """The check's list of each migration's tables is what the migrations create."""
    from planner.storage.soundness import TABLES, tables_of_migrations

    assert tables_of_migrations() == TABLES


@pytest.mark.parametrize(
    ("value", "good"),
    [
        ("2026-02-28T09:00", True),
        ("2024-02-29T23:59", True),
        ("2023-02-29T09:00", False),
        ("2026-04-31T09:00", False),
        ("2026-01-01T24:00", False),
        ("2026-01-01T09:60", False),
        ("1899-12-31T09:00", False),
        ("2101-01-01T09:00", False),
        ("2026-01-01", False),
        ("2026-01-01T09:00:00", False),
    ],
)
def test_post_moments_are_judged_by_the_calendar(sample, value, good):
    """A post's moment must be a real minute of a real day between 1900 and 2100."""
    damage(
        sample, f"UPDATE posts SET scheduled_at = '{value}' WHERE id = (SELECT MIN(id) FROM posts)"
    )
    if good:
        inspect(sample)
    else:
        with pytest.raises(WorkspaceError):
            inspect(sample)
