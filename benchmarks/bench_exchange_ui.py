"""exchange_ui_block (issue 14): the longest stretch the UI thread is blocked while the app
imports a bundle of 1,000 reviews; target <= 100 ms. Also how long the preview takes to
appear (target <= 2 s) and the apply.

A 5 ms QTimer ticks on the UI thread; the largest gap between two ticks, minus the
interval, is the longest block. The import goes the app's own way: the exchange family's
`import_paths` (what Filer → Importér … and a drop call), reading and comparing on the
database worker with the progress dialog up, the preview dialog, then Apply and the write.
Measured twice: into an empty database (every review new) and the same bundle again
(every review compared with its stored copy, all unchanged). The floor is the same
meter over an idle stretch in the same process.

Runs in a child process, so its QApplication and settings stay out of the runner.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

TICK_MS = 5
TEAMS, PERIODS = 50, 20  # 1,000 reviews
REPO = Path(__file__).resolve().parent.parent


def metrics(workdir: Path, teams: int = TEAMS, periods: int = PERIODS) -> dict[str, dict]:
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(workdir / "config"),  # never the user's settings
        "IPSFIDELITY_LOG_DIR": str(workdir / "logs"),
    }
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run(
        [sys.executable, __file__, str(workdir), str(teams), str(periods)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
    ).stdout
    found = json.loads(out.strip().splitlines()[-1])
    block, floor = found["block_ms"], found["floor_ms"]
    return {
        "exchange_ui_block": {
            "value": round(block, 1),
            "unit": "ms",
            "floor": round(floor, 1),
            "target": "<= 100 ms",
            "met": block <= 100,
            "reviews": found["reviews"],
            "new_preview_block_ms": round(found["new_preview_block_ms"], 1),
            "new_apply_block_ms": round(found["new_apply_block_ms"], 1),
            "again_preview_block_ms": round(found["again_preview_block_ms"], 1),
        },
        "exchange_ui_preview": {
            "value": round(max(found["new_preview_s"], found["again_preview_s"]), 2),
            "unit": "s",
            "target": "<= 2 s",
            "met": max(found["new_preview_s"], found["again_preview_s"]) <= 2,
            "new_preview_s": round(found["new_preview_s"], 2),
            "again_preview_s": round(found["again_preview_s"], 2),
            "apply_s": round(found["apply_s"], 2),
        },
    }


def make_bundle(workdir: Path, teams: int = TEAMS, periods: int = PERIODS) -> tuple[Path, int]:
    """A bundle of `teams` x `periods` reviews of the regional shape, exported by the core."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from regional import fill  # type: ignore[import-not-found]

    from ipsfidelity.exchange.bundle import export_bundle
    from ipsfidelity.store import open_store

    source = workdir / f"bundle-source-{teams}x{periods}.sqlite3"
    source.unlink(missing_ok=True)
    store = open_store(str(source))
    count = fill(store, teams, periods, 0)
    path = workdir / f"bundle-{teams}x{periods}.json"
    export_bundle(store, path)
    store.close()
    return path, count


class Meter:
    """The largest gap between two ticks of a TICK_MS timer on the UI thread, less TICK_MS."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.worst = 0.0
        self.last = time.perf_counter()
        self.ticks = 0

    def tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last - TICK_MS / 1000)
        self.last = now
        self.ticks += 1

    def start(self) -> None:
        self.worst, self.ticks = 0.0, 0
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(self.worst, 0.0) * 1000


def import_once(window: object, bundle: Path, wait: object, meter: Meter) -> dict[str, float]:
    """The app's import of `bundle`: preview (timed and metered), then Apply (the same)."""
    exchange = window.exchange  # type: ignore[attr-defined]
    meter.start()
    begun = time.perf_counter()
    exchange.import_paths([bundle])
    wait(lambda: exchange.preview_dialog is not None or not exchange.busy)  # type: ignore[operator]
    preview_s = time.perf_counter() - begun
    preview_block = meter.stop()
    dialog = exchange.preview_dialog
    assert dialog is not None, exchange.last_message
    result = {"preview_s": preview_s, "preview_block_ms": preview_block}
    if dialog.apply_button.isEnabled():
        exchange.last_applied = None
        meter.start()
        begun = time.perf_counter()
        dialog.apply_button.click()
        wait(lambda: exchange.last_applied is not None)  # type: ignore[operator]
        result["apply_s"] = time.perf_counter() - begun
        result["apply_block_ms"] = meter.stop()
    else:
        dialog.reject()
    return result


def _measure(workdir: Path, teams: int, periods: int) -> dict[str, float]:
    sys.path.insert(0, str(REPO))
    from PySide6.QtWidgets import QApplication

    from ipsfidelity.ui.app import start

    bundle, count = make_bundle(workdir, teams, periods)
    db = workdir / "bench-exchange-ui.sqlite3"
    db.unlink(missing_ok=True)
    app = start(str(db), lang="da")
    qt = app.qt_app
    window = app.window

    def wait(cond: object, limit: float = 300.0) -> None:
        end = time.perf_counter() + limit
        while not cond():  # type: ignore[operator]
            if time.perf_counter() > end:
                raise TimeoutError("the app did not get there in time")
            qt.processEvents()
            time.sleep(0.001)

    wait(lambda: hasattr(window, "worker") and window.worker.store is not None)
    idle_since = [time.perf_counter()]

    def settled() -> bool:
        if window.worker.busy:
            idle_since[0] = time.perf_counter()
        return time.perf_counter() - idle_since[0] > 0.5

    wait(settled)
    meter = Meter()
    new = import_once(window, bundle, wait, meter)
    wait(settled)
    again = import_once(window, bundle, wait, meter)
    meter.start()
    deadline = time.perf_counter() + 1.0
    wait(lambda: time.perf_counter() > deadline)
    floor = meter.stop()
    window.close()
    QApplication.processEvents()
    blocks = [new["preview_block_ms"], new["apply_block_ms"], again["preview_block_ms"]]
    return {
        "reviews": count,
        "block_ms": max(blocks),
        "ticks": meter.ticks,
        "floor_ms": floor,
        "new_preview_s": new["preview_s"],
        "new_preview_block_ms": new["preview_block_ms"],
        "apply_s": new["apply_s"],
        "new_apply_block_ms": new["apply_block_ms"],
        "again_preview_s": again["preview_s"],
        "again_preview_block_ms": again["preview_block_ms"],
    }


if __name__ == "__main__":
    print(json.dumps(_measure(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))))
