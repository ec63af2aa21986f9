"""The frozen build against a bare PySide6 window started from source, in the same run.

frozen_first_window: spawn to first window (the app's IPSFIDELITY_TIMING mark when it
prints one, else spawn to exit of `--smoke`, which opens the window and quits);
frozen_peak_memory: peak resident memory of `--smoke` on the demo database.
Each also reports `from_source`, the same app run from source, to tell what the
packaging costs from what the app itself costs.
Targets (issue 7): both at most 2x the bare window's. Needs a build in dist/ipsfidelity
(`bash tools/build_frozen.sh`, or IPSFIDELITY_FROZEN=path/to/binary); without one the
metrics say so and are skipped.
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
TARGET_RATIO = 2.0

BARE_WINDOW = Path(__file__).resolve().parent / "bare_window.py"  # the shared floor


def frozen_binary() -> Path | None:
    override = os.environ.get("IPSFIDELITY_FROZEN")
    exe = "ipsfidelity.exe" if os.name == "nt" else "ipsfidelity"
    path = Path(override) if override else REPO / "dist" / "ipsfidelity" / exe
    return path if path.is_file() and os.access(path, os.X_OK) else None


def _env(workdir: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "IPSFIDELITY_TIMING": "1",
        "XDG_CONFIG_HOME": str(workdir / "config"),
        "XDG_DATA_HOME": str(workdir / "data"),
        "IPSFIDELITY_LOG_DIR": str(workdir / "logs"),
        "MPLCONFIGDIR": str(workdir / "mpl"),
    }
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    # The warm-up run writes .pyc files, as on a user's machine; without them every timed
    # run would compile the code that changed since the last run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float | None, int]:
    """(seconds to exit, seconds to the first_window mark or None, peak RSS in KiB)."""
    start = time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    # wait4 gives this child's own peak memory, not the maximum over all children.
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.time() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {err[-2000:]}")
    mark = None
    for line in err.splitlines():
        if line.startswith("ipsfidelity-timing first_window "):
            mark = float(line.split()[2]) - start
            break
    rss_kib = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    return elapsed, mark, rss_kib


def _skipped(reason: str) -> dict[str, dict]:
    note = {"value": 0.0, "floor": None, "ratio": None, "skipped": True, "note": reason}
    return {
        "frozen_first_window": {**note, "unit": "ms", "target": f"ratio <= {TARGET_RATIO:g}"},
        "frozen_peak_memory": {**note, "unit": "MiB", "target": f"ratio <= {TARGET_RATIO:g}"},
    }


def metrics(workdir: Path) -> dict[str, dict]:
    binary = frozen_binary()
    if binary is None:
        return _skipped("no frozen build in dist/ipsfidelity: run bash tools/build_frozen.sh")
    if not hasattr(os, "wait4"):
        return _skipped("needs os.wait4 (POSIX) to measure one process's peak memory")
    env = _env(workdir)
    db = workdir / "demo.sqlite3"
    subprocess.run([str(binary), "--db", str(db), "demo"], env=env, check=True, capture_output=True)
    bare_script = BARE_WINDOW
    frozen_cmd = [str(binary), "--db", str(db), "--smoke"]
    bare_cmd = [sys.executable, str(bare_script)]
    _run(frozen_cmd, env)  # warm the file cache for both
    _run(bare_cmd, env)
    source_cmd = [sys.executable, "-m", "ipsfidelity", "--db", str(db), "--smoke"]
    frozen, bare, source = [], [], []
    for _ in range(RUNS):  # interleaved, so drift in machine load hits all alike
        frozen.append(_run(frozen_cmd, env))
        bare.append(_run(bare_cmd, env))
        source.append(_run(source_cmd, env))

    # Compare like with like: window marks if the app prints them, else exit times.
    use_marks = all(f[1] is not None for f in frozen)
    how = "spawn to first-window mark" if use_marks else "spawn to exit of --smoke"
    first = statistics.median(f[1] if use_marks else f[0] for f in frozen)  # type: ignore[misc]
    floor = statistics.median(b[1] if use_marks else b[0] for b in bare)  # type: ignore[misc]
    peak = statistics.median(f[2] for f in frozen) / 1024
    peak_floor = statistics.median(b[2] for b in bare) / 1024
    # The same app run from source tells packaging costs apart from the app's own.
    source_first = statistics.median(x[1] if use_marks else x[0] for x in source)  # type: ignore[misc]
    source_peak = statistics.median(x[2] for x in source) / 1024
    return {
        "frozen_first_window": {
            "value": round(first * 1000, 1),
            "unit": "ms",
            "floor": round(floor * 1000, 1),
            "ratio": round(first / floor, 2),
            "target": f"ratio <= {TARGET_RATIO:g}",
            "met": first / floor <= TARGET_RATIO,
            "from_source": round(source_first * 1000, 1),
            "note": f"{how}; floor: bare PySide6 window from source; "
            "from_source: the same app run from source",
        },
        "frozen_peak_memory": {
            "value": round(peak, 1),
            "unit": "MiB",
            "floor": round(peak_floor, 1),
            "ratio": round(peak / peak_floor, 2),
            "target": f"ratio <= {TARGET_RATIO:g}",
            "met": peak / peak_floor <= TARGET_RATIO,
            "from_source": round(source_peak, 1),
            "note": "peak RSS of --smoke on the demo database; floor: bare window from source; "
            "from_source: the same app run from source",
        },
    }
