"""Files that can hold a citizen's data are readable by the user only (0600): the log
(a traceback may quote a note) and exported reports (tests/test_report_personal_data.py
and tests/ui/test_personal_data_ui.py check the PDFs)."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ipsfidelity import logs

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.ENV_VAR, str(folder))
    root = logging.getLogger("ipsfidelity")
    # A log set up by an earlier test (the app does it at start) would make setup_logging
    # keep that one; these tests need their own.
    before = list(root.handlers)
    for handler in before:
        root.removeHandler(handler)
    yield folder
    for handler in root.handlers[:]:
        root.removeHandler(handler)
        handler.close()
    for handler in before:
        root.addHandler(handler)


def test_the_log_is_created_user_only_even_with_a_lax_umask(log_folder: Path) -> None:
    old = os.umask(0o000)
    try:
        path = logs.setup_logging()
        logging.getLogger("ipsfidelity.test").error("noget gik galt")
    finally:
        os.umask(old)
    assert path.read_text(encoding="utf-8").count("noget gik galt") == 1
    assert _mode(path) == 0o600
    assert _mode(log_folder) == 0o700


def test_an_old_readable_log_is_made_private(log_folder: Path) -> None:
    log_folder.mkdir()
    old_log = log_folder / "ipsfidelity.log"
    old_log.write_text("fra en ældre version\n", encoding="utf-8")
    old_log.chmod(0o644)
    logs.setup_logging()
    assert _mode(old_log) == 0o600
    assert old_log.read_text(encoding="utf-8").startswith("fra en ældre version")


def test_rotated_logs_stay_private(log_folder: Path) -> None:
    path = logs.setup_logging()
    handler = next(
        h
        for h in logging.getLogger("ipsfidelity").handlers
        if isinstance(h, logs.PrivateRotatingFileHandler)
    )
    logging.getLogger("ipsfidelity.test").error("første")
    handler.doRollover()
    logging.getLogger("ipsfidelity.test").error("anden")
    assert _mode(path) == 0o600
    assert _mode(path.with_name(path.name + ".1")) == 0o600


def test_a_real_process_writes_its_log_user_only(tmp_path: Path) -> None:
    folder = tmp_path / "proceslog"
    env = {**os.environ, logs.ENV_VAR: str(folder)}
    code = (
        "import logging; from ipsfidelity.logs import setup_logging; "
        "setup_logging(); logging.getLogger('ipsfidelity.x').warning('hej')"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)
    assert _mode(folder / "ipsfidelity.log") == 0o600
