"""Time and peak memory of the hostile inputs of issue 16, one a line as `name: value unit`.

    python tests/perf/hostile_bench.py

Not part of the test run (the tests check that each input is refused; this measures how fast
and how small). Each command runs in a fresh process, timed from before it starts to its end;
its peak resident memory is the child's own (os.wait4's ru_maxrss), so Python's and Qt's start
is included: `baseline_check_*` gives that floor.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "perf"))


def emit(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.3g} {unit}", flush=True)


def command(name: str, *args: object) -> int:
    """Run `main.py ARGS`, print its wall time and peak memory, return its exit code."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PLANNER_LANG": "en"}
    argv = [sys.executable, str(ROOT / "main.py"), *map(str, args)]
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    emit(f"{name}_s", elapsed, "s")
    emit(f"{name}_peak_mb", usage.ru_maxrss / 1024, "MB")
    emit(f"{name}_exit", code, "")
    return code


def campaign_files(tmp: Path, sample: Path) -> dict[str, Path]:
    from planner.storage.exchange import export_campaign
    from planner.storage.workspace import Workspace

    ws = Workspace.open(sample, backup=False)
    base = export_campaign(ws, ws.campaigns.summaries()[0].id)
    ws.close()

    def variant(name: str, change) -> tuple[str, Path]:
        data = json.loads(json.dumps(base))
        change(data)
        path = tmp / f"{name}.json"
        path.write_text(json.dumps(data, ensure_ascii=True), "utf-8")
        return name, path

    def aim(d):
        d["campaign"]["aim"] = "غ" * 10_000_000

    def hashtags(d):
        d["campaign"]["hashtags"] = [f"#{'وسم' * 300}{n}" for n in range(5_000)]

    def posts(d):
        d["posts"] = [{"platforms": ["x"], "base_text": f"منشور {n}"} for n in range(200_000)]

    def surrogate(d):
        d["posts"][0]["base_text"] = "\ud800"

    def kpi(d):
        next(o for o in d["campaign"]["objectives"] if o["kpis"])["kpis"][0]["target"] = 1e25

    def twice(d):
        d["posts"] = d["posts"] * 2

    return dict(
        variant(*case)
        for case in (
            ("aim_10mb", aim),
            ("hashtags_5000_long", hashtags),
            ("posts_200000", posts),
            ("lone_surrogate", surrogate),
            ("kpi_1e25", kpi),
            ("every_post_twice", twice),
        )
    )


def main() -> int:
    from bench import make_large_workspace

    from planner.storage.workspace import inspect
    from tests.identity_files import raster, svg
    from tests.test_hostile_assets import reference_chain, use_laughs

    tmp = Path(tempfile.mkdtemp(prefix="hostile-bench-"))
    try:
        large = make_large_workspace(tmp / "large.planner")
        conn = sqlite3.connect(f"file:{large}?mode=ro", uri=True)
        for pragma in ("quick_check", "integrity_check", "foreign_key_check"):
            started = time.perf_counter()
            conn.execute(f"PRAGMA {pragma}").fetchall()
            emit(f"large_{pragma}_ms", (time.perf_counter() - started) * 1000, "ms")
        conn.close()
        emit("large_workspace_mb", large.stat().st_size / 2**20, "MB")
        started = time.perf_counter()
        inspect(large)
        emit("large_inspect_on_open_ms", (time.perf_counter() - started) * 1000, "ms")
        command("baseline_check_large", "check", "--workspace", large)

        sample = tmp / "sample.planner"
        command("demo", "demo", "--out", sample)
        for name, path in campaign_files(tmp, sample).items():
            emit(f"campaign_file_{name}_mb", path.stat().st_size / 2**20, "MB")
            target = tmp / f"import-{name}.planner"
            shutil.copyfile(sample, target)
            command(f"import_json_{name}", "import", "json", "--workspace", target, path)

        assets = {
            "svg_use_laughs": ("laughs.svg", use_laughs()),
            "svg_reference_chain": ("chain.svg", reference_chain(40)),
            "svg_50000_elements": ("many.svg", svg("<g/>" * 49_000)),
            "png_7000x7000": ("big.png", raster("PNG", 7000, 7000)),
            "png_1500x500": ("banner.png", raster("PNG", 1500, 500)),
        }
        for name, (file_name, data) in assets.items():
            path = tmp / file_name
            path.write_bytes(data)
            target = tmp / f"asset-{name}.planner"
            shutil.copyfile(sample, target)
            command(f"import_asset_{name}", "import", "asset", "--workspace", target, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
