"""Long work reports progress and stops cleanly: every export and import is told how far it
is through `progress(done, total)`, and a stop at any of its calls leaves no file and no
stored row (issue 16, point 7)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.domain.progress import Cancelled
from planner.formatting import Formatter
from planner.storage.workspace import Workspace

Work = Callable[[Callable[[int, int], bool]], object]


class Stopper:
    """A progress callback that records its calls and asks to stop at call `at` (never
    when 0)."""

    def __init__(self, at: int = 0) -> None:
        self.at = at
        self.calls: list[tuple[int, int]] = []

    def __call__(self, done: int, total: int) -> bool:
        self.calls.append((done, total))
        return len(self.calls) != self.at


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def stop_points(work: Work) -> list[int]:
    """Run `work` once to the end; the calls to stop at: the first, the middle, the last."""
    counting = Stopper()
    work(counting)
    n = len(counting.calls)
    assert n >= 1
    dones = [d for d, _ in counting.calls]
    assert dones == sorted(dones), "progress never goes back"
    assert all(d <= t for d, t in counting.calls)
    return sorted({1, (n + 1) // 2, n})


def assert_stops_cleanly(work: Work, folder: Path, stored: Callable[[], object]) -> None:
    """Stopping at each point raises Cancelled and leaves the folder and the rows as they
    were."""
    points = stop_points(work)
    for at in points:
        before_files, before_rows = files_in(folder), stored()
        with pytest.raises(Cancelled):
            work(Stopper(at))
        assert files_in(folder) == before_files, f"stopped at call {at}: a file was left"
        assert stored() == before_rows, f"stopped at call {at}: rows were stored"


def post_count(ws: Workspace) -> Callable[[], object]:
    return lambda: (
        ws.db.execute("SELECT count(*) FROM posts").fetchone()[0],
        ws.db.execute("SELECT count(*) FROM campaigns").fetchone()[0],
        ws.db.execute("SELECT count(*) FROM assets").fetchone()[0],
    )


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("kind", ["xlsx", "csv", "ics"])
def test_calendar_exports_stop_at_any_row_leaving_no_file(workspace, qapp, out_dir, kind):
    from planner.i18n.calendar import export_words
    from planner.reports.calendar_export import posts_to_export, write_csv
    from planner.reports.calendar_ics import write_ics
    from planner.reports.calendar_xlsx import write_xlsx

    posts = posts_to_export(workspace)
    words, fmt, path = export_words(), Formatter("ar"), out_dir / f"calendar.{kind}"

    def work(progress):
        if kind == "xlsx":
            return write_xlsx(workspace, posts, path, words, fmt, progress)
        if kind == "csv":
            return write_csv(workspace, posts, path, words, fmt, progress)
        return write_ics(workspace, posts, path, words, "ar", progress=progress)

    path.unlink(missing_ok=True)
    assert_stops_cleanly(work, out_dir, post_count(workspace))
    counting = Stopper()
    work(counting)
    assert counting.calls[-1] == (len(posts), len(posts))


def test_an_older_file_is_kept_whole_when_the_new_export_is_stopped(workspace, qapp, out_dir):
    from planner.i18n.calendar import export_words
    from planner.reports.calendar_export import posts_to_export, write_csv

    path = out_dir / "calendar.csv"
    path.write_bytes(b"the officer's earlier file")
    posts = posts_to_export(workspace)
    with pytest.raises(Cancelled):
        write_csv(workspace, posts, path, export_words(), Formatter("ar"), Stopper(3))
    assert path.read_bytes() == b"the officer's earlier file"
    assert files_in(out_dir) == {"calendar.csv"}


def test_handoff_files_appear_all_or_none(workspace, out_dir):
    from planner.domain.model import PostStatus
    from planner.reports.calendar_export import posts_to_export
    from planner.reports.handoff import HandoffTool, write_handoff

    posts = posts_to_export(workspace)
    for p in posts[::2]:
        p.status = PostStatus.APPROVED

    def work(progress):
        return write_handoff(
            HandoffTool.HOOTSUITE, posts, out_dir / "f.csv", dt.datetime(2000, 1, 1), progress
        )

    assert_stops_cleanly(work, out_dir, post_count(workspace))
    assert len(work(Stopper()).files) > 1  # several files, so "all or none" means something


def test_campaign_file_export_stops_leaving_no_file(workspace, out_dir):
    from planner.storage.exchange import write_campaign_file

    campaign_id = workspace.campaigns.summaries()[0].id

    def work(progress):
        return write_campaign_file(workspace, campaign_id, out_dir / "c.json", progress)

    assert_stops_cleanly(work, out_dir, post_count(workspace))


def test_pdf_month_stops_at_any_page_leaving_no_file(workspace, qapp, out_dir):
    from planner.reports.pdf.month import export_month

    def work(progress):
        return export_month(
            workspace, dt.date(2026, 11, 1), out_dir / "m.pdf", Formatter("ar"), progress
        )

    assert_stops_cleanly(work, out_dir, post_count(workspace))


def test_pdf_plan_stops_at_any_page_leaving_no_file(workspace, qapp, out_dir):
    from planner.reports.pdf.plan import export_plan

    campaign_id = workspace.campaigns.summaries()[0].id

    def work(progress):
        return export_plan(
            workspace, campaign_id, out_dir / "p.pdf", Formatter("ar"), progress=progress
        )

    assert_stops_cleanly(work, out_dir, post_count(workspace))
    counting = Stopper()
    pages = work(counting)
    assert counting.calls[-1] == (pages, pages)


def test_calendar_import_stops_at_any_row_storing_nothing(workspace, qapp, tmp_path):
    from planner.i18n.calendar import export_words
    from planner.reports.calendar_export import posts_to_export, write_csv
    from planner.reports.calendar_import import (
        OnDuplicate,
        Options,
        guess_mapping,
        parse,
        read_table,
    )
    from planner.reports.calendar_import.apply import store, workspace_names

    path = tmp_path / "calendar.csv"
    write_csv(workspace, posts_to_export(workspace), path, export_words(), Formatter("ar"))
    table = read_table(path)
    parsed = parse(
        table,
        guess_mapping(table.headers),
        workspace_names(workspace),
        Options(create_campaigns=True),
    )
    assert parsed.ok and parsed.posts, parsed.problems[:3]

    def work(progress):
        return store(workspace, parsed, OnDuplicate.ADD, progress)

    points = stop_points(lambda p: _undone(workspace, work, p))
    stored = post_count(workspace)
    before = stored()
    for at in points:
        with pytest.raises(Cancelled):
            work(Stopper(at))
        assert stored() == before


def _undone(ws, work, progress):
    """Run an import to the end, then take it back: the counting run stores nothing."""
    from planner.reports.calendar_import.apply import undo

    undo(ws, work(progress))


def test_campaign_file_import_stops_at_any_post_storing_nothing(
    workspace, empty_workspace, tmp_path
):
    from planner.storage.exchange import import_campaign, read_campaign_file, write_campaign_file

    campaign_id = workspace.campaigns.summaries()[0].id
    write_campaign_file(workspace, campaign_id, tmp_path / "c.json")
    bundle = read_campaign_file(tmp_path / "c.json")
    assert bundle.posts
    stored = post_count(empty_workspace)
    before = stored()
    for at in (1, len(bundle.posts) // 2 + 1, len(bundle.posts)):
        with pytest.raises(Cancelled):
            import_campaign(empty_workspace, bundle, progress=Stopper(at))
        assert stored() == before
    counting = Stopper()
    import_campaign(empty_workspace, bundle, progress=counting)
    assert len(counting.calls) == len(bundle.posts)


def _sigint() -> None:
    import os
    import signal

    os.kill(os.getpid(), signal.SIGINT)  # delivered to the main thread before kill() returns


def test_ctrl_c_stops_the_work_until_it_is_being_made_final():
    from planner.domain import progress

    with pytest.raises(KeyboardInterrupt), progress.interruptible():
        _sigint()
    with progress.interruptible():
        progress.finishing()  # the rename or COMMIT has begun: the command completes
        _sigint()


def test_ctrl_c_while_qt_paints_is_raised_at_the_next_step():
    from planner.domain import progress

    with progress.interruptible():
        with progress.polled():
            _sigint()  # only marked: no exception may cross Qt's C++
            with pytest.raises(Cancelled):
                progress.step(None, 1, 2)
        progress.step(None, 2, 2)  # seen once, not again


def test_a_stop_asked_during_painting_is_not_lost_at_the_rename():
    from planner.domain import progress

    with progress.interruptible(), progress.polled():
        _sigint()
        with pytest.raises(Cancelled):
            progress.finishing()


def test_the_command_line_says_cancelled_and_exits_130(monkeypatch, capsys, qapp):
    from planner import cli

    def interrupted(_args):
        raise KeyboardInterrupt

    monkeypatch.setenv("PLANNER_LANG", "ar")
    assert cli._interruptible(interrupted, None) == 130
    assert capsys.readouterr().err == "CampaignPlanner: أُلغي: لم يُكتب شيء\n"
    import signal

    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # as it was


def test_commits_into_a_temporary_file_leave_ctrl_c_working():
    """`demo` fills a partial file in several transactions and renames it at the end: its
    commits make nothing final, so Ctrl+C still stops it; the rename does."""
    from planner.domain import progress

    with pytest.raises(KeyboardInterrupt), progress.interruptible():
        with progress.provisional():
            progress.finishing()  # a COMMIT into the partial file
        _sigint()
    with progress.interruptible():
        progress.finishing()  # the rename
        _sigint()
