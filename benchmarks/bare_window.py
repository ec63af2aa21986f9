"""The floor for start-up metrics: a bare PySide6 window, run as its own process.

Prints the same `ipsfidelity-timing first_window` mark the app prints, then quits.
Used by bench_ui.py and bench_frozen.py, so both compare against one floor.
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1100, 720)
window.show()


def shown() -> None:
    print(f"ipsfidelity-timing first_window {time.time():.6f}", file=sys.stderr, flush=True)
    app.quit()


QTimer.singleShot(0, shown)
app.exec()
