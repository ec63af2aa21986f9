"""The set-up scripts' decisions (tools/setup.sh), run by bash as the commands run them:
which command lines start the window, installing Python when there is none, and which
Debian interpreter needs its shared libpython for the frozen build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETUP = ROOT / "tools" / "setup.sh"


def bash(
    script: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [shutil.which("bash") or "/bin/bash", "-c", f'source "{SETUP}"; {script}', "bash", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize(
    "args",
    [[], ["--lang", "en"], ["--lang=en"], ["--db", "x.sqlite3", "--lang", "da"], ["--smoke"]],
)
def test_a_start_of_the_window_is_recognised_whatever_its_options(args: list[str]) -> None:
    assert bash('starts_gui "$@"', *args).returncode == 0


@pytest.mark.parametrize(
    "args",
    [
        ["demo"],
        ["--lang", "en", "demo"],
        ["--db", "x.sqlite3", "teams", "--json"],
        ["--help"],
        ["--version"],
        ["--db"],  # the program itself reports the missing value
        ["--bogus"],
    ],
)
def test_commands_and_questions_go_straight_to_the_program(args: list[str]) -> None:
    assert bash('starts_gui "$@"', *args).returncode == 1


def _tool_dir(tmp_path: Path) -> Path:
    """A PATH with the shell tools setup.sh uses and no Python at all."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "dirname", "tr", "grep", "id", "cat", "cut", "sha256sum", "env"):
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    return bin_dir


def test_python_is_installed_with_apt_when_there_is_none(tmp_path: Path) -> None:
    bin_dir = _tool_dir(tmp_path)
    calls = tmp_path / "apt-calls"
    # apt-get "installs" python3 by putting a working one on PATH, as the real package does.
    (bin_dir / "apt-get").write_text(
        "#!/bin/sh\n"
        f'echo "$*" >> "{calls}"\n'
        'case "$*" in *install*python3*)\n'
        f'  printf \'#!/bin/sh\\nexec "%s" "$@"\\n\' "{sys.executable}" > "{bin_dir}/python3"\n'
        f'  {shutil.which("chmod")} +x "{bin_dir}/python3" ;;\n'
        "esac\n"
    )
    (bin_dir / "dpkg-query").write_text("#!/bin/sh\nexit 1\n")  # nothing installed
    for stub in ("apt-get", "dpkg-query"):
        (bin_dir / stub).chmod(0o755)
    env = {"PATH": str(bin_dir), "HOME": str(tmp_path)}
    assert bash("_find_python", env=env).returncode == 1  # really none to start with

    done = bash("_python", env=env)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "python3"  # only the name: apt's output went to stderr
    installs = [line for line in calls.read_text().splitlines() if "install" in line.split()]
    assert len(installs) == 1 and installs[0].split()[-2:] == ["python3", "python3-venv"]
    assert "no Python 3.11 or newer found: installing python3 python3-venv" in done.stderr


def test_without_python_or_apt_the_set_up_says_what_is_needed(tmp_path: Path) -> None:
    env = {"PATH": str(_tool_dir(tmp_path)), "HOME": str(tmp_path)}
    done = bash("_python", env=env)
    assert done.returncode == 1
    assert "Python 3.11 or newer is needed" in done.stderr


def _debian_python() -> str | None:
    exe = shutil.which("python3.11", path="/usr/bin")
    if exe is None or shutil.which("dpkg-query") is None:
        return None
    owned = subprocess.run(["dpkg-query", "-S", os.path.realpath(exe)], capture_output=True)
    return exe if owned.returncode == 0 else None


def test_only_debians_own_python_asks_for_libpython(tmp_path: Path) -> None:
    # This test's own interpreter: its shared library is where it says, or it is not
    # Debian's; either way no package is asked for.
    assert bash(f'_libpython_pkg "{sys.executable}"').stdout == ""
    debian = _debian_python()
    if debian is None:
        pytest.skip("no Debian python3.11 on this machine")
    # Debian's python3.11 with its shared library moved out of sight: LIBDIR is read from
    # sysconfig's build-time data, which _PYTHON_SYSCONFIGDATA_NAME lets a copy replace.
    probe = subprocess.run(
        [debian, "-c", "import sysconfig; print(sysconfig._get_sysconfigdata_name())"],
        capture_output=True,
        text=True,
        check=True,
    )
    name = probe.stdout.strip()
    (tmp_path / "empty").mkdir()
    (tmp_path / "fake_sysconfigdata.py").write_text(
        f"import importlib\n_real = importlib.import_module({name!r}).build_time_vars\n"
        f"build_time_vars = {{**_real, 'LIBDIR': {str(tmp_path / 'empty')!r}}}\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path),
        "_PYTHON_SYSCONFIGDATA_NAME": "fake_sysconfigdata",
    }
    missing = bash(f'_libpython_pkg "{debian}"', env=env)
    assert missing.stdout.strip() == "libpython3.11", missing.stderr
    assert bash(f'_libpython_pkg "{debian}"').stdout == ""  # installed here: nothing to add
