"""The app opens no network connection: the main flows run with IP sockets refused."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

GUARD = Path(__file__).resolve().parent / "nonet"


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=180
    )


@pytest.fixture
def guarded_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(GUARD), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["IPSF_NET_LOG"] = str(tmp_path / "network-attempts.log")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["MPLCONFIGDIR"] = str(tmp_path / "mpl")  # a cold font cache, as on a new laptop
    return env


def test_the_guard_catches_a_connection(guarded_env: dict[str, str], tmp_path: Path) -> None:
    done = run(
        [
            "-c",
            "import socket\ntry:\n socket.create_connection(('127.0.0.1', 9), 1)\nexcept OSError: pass",
        ],
        guarded_env,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "socket" in (tmp_path / "network-attempts.log").read_text()


@pytest.mark.slow
def test_main_flows_open_no_socket(guarded_env: dict[str, str], tmp_path: Path) -> None:
    db, other = tmp_path / "ips.sqlite3", tmp_path / "other.sqlite3"
    cli = ["-m", "ipsfidelity", "--db", str(db)]

    def ok(args: list[str], db_args: list[str] = cli) -> str:
        done = run([*db_args, *args], guarded_env, tmp_path)
        assert done.returncode == 0, (args, done.stderr)
        return done.stdout

    ok(["demo"])
    ok(["teams"])
    assessments = json.loads(ok(["assessments", "--json"]))
    aid = assessments[0]["id"]
    ok(["score", aid])
    ok(["score", aid, "--json"])
    exported = tmp_path / "vurdering.json"
    ok(["export", aid, str(exported)])
    ok(["import", str(exported)], ["-m", "ipsfidelity", "--db", str(other)])
    flows = ["demo", "teams", "assessments", "score", "export", "import"]

    has_report = run([*cli, "report", "--help"], guarded_env, tmp_path).returncode == 0
    if has_report:
        pdf = tmp_path / "rapport.pdf"
        ok(["report", aid, "--out", str(pdf)])
        assert pdf.read_bytes().startswith(b"%PDF")
        flows.append("report")

    ok(["--smoke"])  # the desktop window opens and closes
    flows.append("gui")

    log = tmp_path / "network-attempts.log"
    attempts = log.read_text() if log.exists() else ""
    assert attempts == "", f"network use during {flows}:\n{attempts}"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_no_ip_socket_even_below_python(guarded_env: dict[str, str], tmp_path: Path) -> None:
    """Qt, libpq or any C library would bypass the audit hook; strace sees every syscall."""
    db = tmp_path / "ips.sqlite3"
    trace = tmp_path / "syscalls.log"
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-o", str(tmp_path / "probe.log"), "true"], capture_output=True
    )
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace here: {probe.stderr.decode()[:200]}")
    for args in (["demo"], ["--smoke"]):
        done = subprocess.run(
            [
                "strace", "-f", "-qq", "-e", "trace=socket,connect,sendto,sendmsg,bind",
                "-e", "signal=none", "-o", str(trace),
                sys.executable, "-m", "ipsfidelity", "--db", str(db), *args,
            ],
            env=guarded_env, capture_output=True, text=True, timeout=180,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        calls = trace.read_text()
        assert "AF_INET" not in calls, f"{args}:\n{calls}"
    assert not (tmp_path / "network-attempts.log").exists()  # nor above it
