"""A statistics file that would change something silently is stopped until the officer
accepts: mangled post ids, repeated posts, dates whose order the file does not tell."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.domain.coverage.stats_checks import StatWarningKind
from planner.storage.stats_import import NeedsAcceptance, import_stats

HEADER = (
    "Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,"
    "Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n"
)
# An Instagram export opened and saved again by Excel in a day/month locale.
RESAVED = HEADER + (
    "1.8014E+17,1784,muscatmun,بلدية مسقط,أول,0,10/12/2026 09:30,https://i/p/1,IG image,,"
    "Lifetime,1000,800,40,2,0,3,5\n"
    "1.8014E+17,1784,muscatmun,بلدية مسقط,ثانٍ,0,11/12/2026 10:00,https://i/p/2,IG image,,"
    "Lifetime,2000,900,50,2,0,3,5\n"
)
CLEAN = HEADER + (
    "18014000000000001,1784,muscatmun,بلدية مسقط,أول,0,11/25/2026 20:05,https://i/p/1,"
    "IG image,,Lifetime,1000,800,40,2,0,3,5\n"
)


def test_a_resaved_export_is_stopped_with_every_line_named(workspace):
    """E-notation ids, the two rows they collapse into one, and the undecidable dates are all
    reported with their lines; nothing is stored until accepted."""
    before = len(workspace.coverage.stats())
    with pytest.raises(NeedsAcceptance) as caught:
        import_stats(workspace, RESAVED.encode())
    found = {w.kind: w.lines for w in caught.value.warnings}
    assert found == {
        StatWarningKind.MANGLED_ID: (2, 3),
        StatWarningKind.DUPLICATE: (2, 3),
        StatWarningKind.DATE_ORDER: (2, 3),
    }
    assert len(workspace.coverage.stats()) == before
    result = import_stats(workspace, RESAVED.encode(), accept=True)
    assert len(result.rows) == 2
    assert len(workspace.coverage.stats()) == before + 1  # the repeated post: one stored


def test_a_clean_export_needs_no_acceptance(workspace):
    """A day over 12 in the second place confirms Meta's month/day order; a real id is fine."""
    before = len(workspace.coverage.stats())
    import_stats(workspace, CLEAN.encode())
    assert len(workspace.coverage.stats()) == before + 1


def test_the_command_line_lists_the_warnings_in_arabic(workspace, tmp_path):
    """Without --accept-warnings nothing is imported and the lines are listed, in Arabic."""
    target = Path(workspace.path)
    workspace.close()
    source = tmp_path / "ig.csv"
    source.write_text(RESAVED, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PLANNER_LANG": "ar"}
    main = Path(__file__).resolve().parents[2] / "main.py"
    command = [sys.executable, str(main), "import", "stats", "--workspace", str(target)]
    out = subprocess.run([*command, str(source)], capture_output=True, text=True, env=env)
    assert out.returncode == 2
    assert "لم يُستورد شيء" in out.stderr and "٢، ٣" in out.stderr  # the officer's digits
    assert "nothing imported" not in out.stderr
    out = subprocess.run(
        [*command, str(source), "--accept-warnings"], capture_output=True, text=True, env=env
    )
    assert out.returncode == 0, out.stderr
