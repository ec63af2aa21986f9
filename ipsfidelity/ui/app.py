"""Starting the desktop app. (Placeholder window until the walk-through lands.)"""

from __future__ import annotations

import sys


def run(db: str | None = None, smoke: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("ipsfidelity")
    window.setCentralWidget(QLabel("ipsfidelity"))
    window.resize(900, 600)
    window.show()
    if smoke:
        QTimer.singleShot(0, app.quit)
    return app.exec()
