"""Screenshots for the user guide (Hjælp → Vejledning), made from the real app.

    xvfb-run -a .venv/bin/python tools/guide_screenshots.py [--out DIR] [--lang da en]

Fills a throw-away database with the demo data (plus one review in progress), opens the app
at 1280×720 in each language, walks to each screen the guide shows and saves it as
`<screen>-<lang>.png` in DIR (default build/guide-screens, which is never committed; the
guide shows the pictures when they are there and reads the same without them). Runs under
Xvfb or with QT_QPA_PLATFORM=offscreen; nothing of the user's own settings, data or logs is
touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "build" / "guide-screens"
SIZE = (1280, 720)
SCREENS = ("home", "review", "caseload", "consensus", "results", "plan", "overview")


def _isolate(home: Path) -> None:
    """Settings, logs and data in a folder of our own."""
    for name, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data")):
        os.environ[name] = str(home / sub)
    os.environ["XDG_STATE_HOME"] = str(home / "state")
    os.environ["IPSFIDELITY_LOG_DIR"] = str(home / "logs")
    os.environ.pop("IPSFIDELITY_LANG", None)
    os.environ.setdefault("MPLBACKEND", "Agg")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_database(path: Path) -> tuple[str, str, str, str]:
    """The demo data and one review in progress: (the team's id, the id of its newest
    finished review, the id of the review in progress, the id of a review at the
    consensus step)."""
    from ipsfidelity.demo import fill_demo
    from ipsfidelity.store import open_store
    from ipsfidelity.store.views import CaseloadInfo

    store = open_store(str(path))
    try:
        fill_demo(store)
        team = store.list_teams()[0]
        latest = max(store.list_assessments(team.id), key=lambda a: a.date)
        info = store.create_assessment(
            team.id, latest.date + dt.timedelta(days=91), reviewers=["Mette Sørensen"]
        )
        from ipsfidelity.packs import get_pack

        pack = get_pack(info.instrument_id, info.instrument_version)
        for element, rating in zip(
            pack.element_ids[:6], ("met", "met", "partial", "met", "not_met", "met"), strict=True
        ):
            store.set_rating(info.id, element, rating)
        store.set_caseload(
            info.id,
            [CaseloadInfo("Konsulent A", 1.0, 18, 0), CaseloadInfo("Konsulent B", 0.8, 14, 4)],
        )
        every = [a for t in store.list_teams() for a in store.list_assessments(t.id)]
        consensus = next(a.id for a in every if a.state == "consensus")
        return team.id, latest.id, info.id, consensus
    finally:
        store.close()


def _wait(app: object, until: Callable[[], bool], seconds: float = 20) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while not until():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def _settle(seconds: float = 0.4) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def _open(app: object, window: Any, assessment_id: str) -> None:
    window.open_assessment(assessment_id)
    _wait(
        app,
        lambda: window.session is not None and window.session.assessment_id == assessment_id,
    )


def shoot(db: Path, lang: str, ids: tuple[str, str, str, str], out: Path) -> list[Path]:
    from ipsfidelity.ui.app import start

    app = start(str(db), lang=lang)
    window = app.window
    window.resize(*SIZE)
    _wait(app, lambda: hasattr(window, "worker") and window.worker.store is not None)
    _wait(app, lambda: not window.worker.busy)
    saved: list[Path] = []
    team_id, finished_id, review_id, consensus_id = ids

    def save(name: str) -> None:
        _wait(app, lambda: not window.worker.busy)
        _settle()
        window.statusBar().clearMessage()  # the start-up backup's line names a time
        path = out / f"{name}-{lang}.png"
        window.grab().save(str(path))
        saved.append(path)

    window.refresh_teams(team_id)
    _wait(app, lambda: not window.worker.busy)
    window.show_home()
    save("home")
    window.open_assessment(review_id)
    _wait(app, lambda: window.review is not None)
    review = window.review
    assert review is not None
    review.go_to(review.session.keys[2])
    save("review")
    from ipsfidelity.ui.review.session import CASELOAD_KEY

    review.go_to(CASELOAD_KEY)
    save("caseload")
    _open(app, window, consensus_id)
    window.show_consensus()
    save("consensus")
    _open(app, window, finished_id)
    window.show_results()
    save("results")
    window.show_action_plan()
    save("plan")
    window.compare.show_overview()
    save("overview")
    window.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--lang", nargs="+", default=["da", "en"], choices=["da", "en"])
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ipsf-guide-") as scratch:
        _isolate(Path(scratch))
        db = Path(scratch) / "guide.sqlite3"
        ids = make_database(db)
        for lang in args.lang:
            for path in shoot(db, lang, ids, args.out):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
