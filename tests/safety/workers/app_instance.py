"""One of two real app windows (offscreen) on the same SQLite file, writing through the
app's own database worker at the same time as the other.

Usage: app_instance.py DB NAME COUNT START. Both start the app at wall-clock START (so
both open the file, run the start-up backup and maybe migrate it at once), meet again
through `app-ready-*` files, then queue COUNT writes each. Exit 0 and "done N" when
every write was reported saved and no job was refused or crashed; then also when
its writes began and ended, so the test can see that the two overlapped.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    db, name, count, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    from PySide6.QtCore import QTimer

    from ipsfidelity.ui.app import start as start_app

    time.sleep(max(0.0, start - time.time()))
    app = start_app(db, lang="da")
    window = app.window
    problems: list[str] = []
    saved = [0]
    began, ended = [0.0], []  # when this instance's writes were queued and done

    def crashed(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        problems.append(f"{kind.__name__}: {exc}")
        app.qt_app.exit(1)

    sys.excepthook = crashed  # a crashed job must fail this run, not open a dialog

    def write_all() -> None:
        ready = Path(db).with_name(f"app-ready-{name}")
        ready.touch()
        deadline = time.time() + 60
        while len(list(ready.parent.glob("app-ready-*"))) < 2:
            if time.time() > deadline:
                problems.append("the other instance never came up")
                app.qt_app.exit(3)
                return
            time.sleep(0.005)
        began[0] = time.time()
        window.worker.saved.connect(lambda: saved.__setitem__(0, saved[0] + 1))
        window.worker.write_refused.connect(problems.append)
        window.worker.write(
            lambda s: s.create_assessment(s.create_team(name).id, dt.date(2026, 11, 22)),
            None,
            problems.append,
        )
        for i in range(count - 1):
            if i % 2:
                window.worker.write(
                    lambda s, i=i: s.create_team(f"{name} {i}"), None, problems.append
                )
            else:
                window.worker.write(lambda s, i=i: _rate(s, name, i), None, problems.append)
        window.worker.read(
            lambda s: None, lambda _v: (ended.append(time.time()), app.qt_app.quit())
        )

    def hook() -> None:  # the worker exists once the window has shown (app.start)
        if window.worker.store is not None:
            write_all()
        else:
            window.worker.ready.connect(lambda: QTimer.singleShot(0, write_all))

    QTimer.singleShot(0, hook)
    window.database_failed.connect(lambda: problems.append("the database did not open"))
    QTimer.singleShot(120_000, lambda: app.qt_app.exit(4))
    code = app.qt_app.exec()
    window.close()  # finishes the worker's queue
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return code or 1
    print(f"done {saved[0]} {began[0]} {ended[0]}", flush=True)
    return code


def _rate(store: Any, team: str, i: int) -> None:
    # Looked up on the worker: the queue is serial, so the assessment exists by now.
    (info,) = store.list_assessments(store.find_team(team).id)
    pack = store.pack_for(info)
    element = pack.element_ids[i % len(pack.element_ids)]
    scale = list(pack.scale_values)
    store.set_rating(info.id, element, scale[i % len(scale)], note=f"{i}")


if __name__ == "__main__":
    raise SystemExit(main())
