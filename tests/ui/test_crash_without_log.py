"""The crash dialog when the log folder cannot be written: it says so, and names no log
file that was never written; the error's text shows no CPR number."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ipsfidelity.ui.common.crash import open_crash_dialogs, report_crash


@pytest.mark.skipif(os.name != "posix", reason="a file where the folder should be")
def test_the_dialog_names_no_log_it_could_not_write(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("IPSFIDELITY_LOG_DIR", str(blocker / "logs"))
    try:
        raise RuntimeError("borger " + "010190-1234")
    except RuntimeError as exc:
        box = report_crash(type(exc), exc, exc.__traceback__)
    assert box is not None and box in open_crash_dialogs()
    text = box.text()
    assert "Logmappen" in text and str(blocker / "logs") in text
    assert "logfilen:" not in text and "ipsfidelity.log" not in text
    assert "RuntimeError: borger XXXXXX-XXXX" in text and "010190" not in text
    box.close()
