"""The desktop app's speed: time to first window and to the team list, against a bare PySide6
window started the same way in the same run; and the radar's redraw when a rating changes.

Start-up is measured from just before the process is spawned to a timestamp the process
prints once the window has been shown and the event loop has turned (IPSFIDELITY_TIMING).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 5
REPO = Path(__file__).resolve().parent.parent

BARE_WINDOW = Path(__file__).resolve().parent / "bare_window.py"  # the shared floor


def _env(workdir: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "IPSFIDELITY_TIMING": "1",
        "XDG_CONFIG_HOME": str(workdir / "config"),  # never the user's window state
        "IPSFIDELITY_LOG_DIR": str(workdir / "logs"),
    }
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    # The warm-up run writes .pyc files, as on a user's machine; without them every timed
    # run would compile the code that changed since the last run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _timed(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning `cmd` to each timing mark it prints."""
    start = time.time()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=REPO)
    if done.returncode != 0:
        raise RuntimeError(f"{cmd} failed: {done.stderr[-2000:]}")
    marks = {}
    for line in done.stderr.splitlines():
        if line.startswith("ipsfidelity-timing "):
            _, name, stamp = line.split()
            marks.setdefault(name, float(stamp) - start)
    return marks


def _startup(workdir: Path) -> tuple[float, float, float, float]:
    env = _env(workdir)
    db = workdir / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "ipsfidelity", "demo", "--db", str(db)],
        env=env,
        check=True,
        capture_output=True,
        cwd=REPO,
    )
    bare_script = BARE_WINDOW
    app_cmd = [sys.executable, "-m", "ipsfidelity", "--smoke", "--db", str(db)]
    bare, first, teams, store = [], [], [], []
    _timed(app_cmd, env)  # warm the file cache and .pyc files for both
    _timed([sys.executable, str(bare_script)], env)
    for _ in range(RUNS):  # interleaved, so drift in machine load hits both alike
        bare.append(_timed([sys.executable, str(bare_script)], env)["first_window"])
        marks = _timed(app_cmd, env)
        first.append(marks["first_window"])
        teams.append(marks["team_list"])
        store.append(marks["store_open"])
    return (
        statistics.median(bare),
        statistics.median(first),
        statistics.median(teams),
        statistics.median(store),
    )


def _radar_redraw() -> tuple[float, float]:
    """Median ms to move the radar's data and redraw it, against drawing an empty canvas."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
    from PySide6.QtWidgets import QApplication

    from ipsfidelity.charts.radar import Series
    from ipsfidelity.i18n import pick
    from ipsfidelity.instrument import default_pack
    from ipsfidelity.ui.common.radar import RadarWidget

    _app = QApplication.instance() or QApplication([])
    pack = default_pack()
    radar = RadarWidget([pick(p.short) for p in pack.principles])
    radar.resize(520, 520)
    previous = Series("før", [50.0] * len(pack.principles))
    radar.show_series([Series("nu", [75.0] * len(pack.principles)), previous])
    timings = []
    for i in range(30):
        scores = [float((i * 7 + k * 13) % 101) for k in range(len(pack.principles))]
        start = time.perf_counter()
        radar.show_series([Series("nu", scores), previous])
        timings.append(time.perf_counter() - start)
    empty = FigureCanvasQTAgg(Figure(figsize=(5.0, 5.0)))
    empty.resize(520, 520)
    floors = []
    for _ in range(30):
        start = time.perf_counter()
        empty.draw()
        floors.append(time.perf_counter() - start)
    del _app
    return statistics.median(timings) * 1000, statistics.median(floors) * 1000


def metrics(workdir: Path) -> dict[str, dict]:
    bare, first, teams, store = _startup(workdir)
    redraw, empty = _radar_redraw()
    return {
        "startup_first_window": {
            "value": round(first * 1000, 1),
            "unit": "ms",
            "floor": round(bare * 1000, 1),
            "ratio": round(first / bare, 2),
            "target": "ratio <= 1.5",
            "met": first / bare <= 1.5,
        },
        "startup_team_list": {
            "value": round(teams * 1000, 1),
            "unit": "ms",
            "floor": round(bare * 1000, 1),
            "ratio": round(teams / bare, 2),
            "target": "ratio <= 5",
            "met": teams / bare <= 5,
            # From process start to the store being open on the worker (SQLAlchemy and
            # the store's imports, the schema check): nearly all of the above. Pydantic,
            # Alembic and the ORM's mapper configuration stay out of this path.
            "store_open_at_ms": round(store * 1000, 1),
        },
        "radar_redraw": {
            "value": round(redraw, 1),
            "unit": "ms",
            "floor": round(empty, 1),
            "ratio": round(redraw / empty, 2),
            "target": "<= 50 ms",
            "met": redraw <= 50,
        },
    }
