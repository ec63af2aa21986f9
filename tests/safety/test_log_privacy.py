"""The log never holds what users typed: SQL parameters are hidden on every engine,
PostgreSQL's DETAIL lines (which quote the failing row) dropped, CPR-like numbers masked, and a log folder that cannot be written gives one Danish
line on stderr (no traceback) that does not claim the details were written anywhere."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ipsfidelity import logs
from ipsfidelity.store import open_store

NOTE = "Borgeren Hans Hansen 010190-1234 vil gerne være tømrer"


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.ENV_VAR, str(folder))
    root = logging.getLogger("ipsfidelity")
    before = list(root.handlers)
    for handler in before:
        root.removeHandler(handler)
    yield folder
    for handler in root.handlers[:]:
        root.removeHandler(handler)
        handler.close()
    for handler in before:
        root.addHandler(handler)


def test_a_failed_statement_logs_no_parameters(any_url: str, log_folder: Path) -> None:
    """A database job that fails is logged with its exception (ui.database); the exception
    must not quote the values the statement carried."""
    store = open_store(any_url)
    team = store.create_team("IPS Furesø")
    path = logs.setup_logging()
    assert path is not None
    try:
        with store.engine.begin() as conn:  # the same id again: refused by the database
            conn.execute(
                text("INSERT INTO team (id, name) VALUES (:id, :name)"),
                {"id": team.id, "name": NOTE},
            )
    except DBAPIError as exc:
        assert "[SQL parameters hidden" in str(exc)
        logging.getLogger("ipsfidelity.ui").exception("database job failed")
    else:
        pytest.fail("the duplicate row was accepted")
    finally:
        store.close()
    logged = path.read_text(encoding="utf-8")
    assert "database job failed" in logged and "INSERT INTO team" in logged
    assert "Hans Hansen" not in logged and "tømrer" not in logged


def test_cpr_numbers_are_masked_in_every_log_line(log_folder: Path) -> None:
    path = logs.setup_logging()
    assert path is not None
    log = logging.getLogger("ipsfidelity.test")
    typed = "0101\u200b90" + "1234"  # built here: a traceback quotes its source line
    log.error("note: %s", "010190-1234")
    try:
        raise ValueError(f"not a period: {typed!r}")
    except ValueError:
        log.exception("failed")
    logged = path.read_text(encoding="utf-8")
    assert logged.count("XXXXXX-XXXX") == 2
    assert "1234" not in logged and "010190" not in logged


# A command that fails in a way nobody expected: the CLI's last-resort path, as a real
# process. (Every known failure is a UserError; this one is made on purpose.)
_FAILING_COMMAND = """
import sys
from ipsfidelity import cli
from ipsfidelity.commands import teams

def boom(args):
    raise RuntimeError("uventet 010190-1234")

teams.run = boom  # what `teams` registers as its handler
sys.exit(cli.main(["--lang", "da", "teams"]))
"""


def _run_failing_command(log_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, logs.ENV_VAR: str(log_dir)}
    return subprocess.run(
        [sys.executable, "-c", _FAILING_COMMAND],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_an_unexpected_error_is_logged_masked_and_named(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    result = _run_failing_command(folder)
    assert result.returncode == 2
    line = result.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    assert f"Detaljer er skrevet i {folder / 'ipsfidelity.log'}" in line
    assert "010190" not in line and "XXXXXX-XXXX" in line
    logged = (folder / "ipsfidelity.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "010190" not in logged


@pytest.mark.skipif(os.name != "posix", reason="a file where the folder should be")
def test_an_unwritable_log_folder_gives_one_danish_line(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    result = _run_failing_command(blocker / "logs")  # cannot be made: a file is in the way
    assert result.returncode == 2
    line = result.stderr.strip()
    assert "\n" not in line, result.stderr
    assert "Traceback" not in line and "Logging error" not in line
    assert "Detaljer er skrevet" not in line
    assert line.startswith("Uventet fejl (RuntimeError") and "Logmappen" in line
    assert "010190" not in line
    assert blocker.read_text(encoding="utf-8") == ""
