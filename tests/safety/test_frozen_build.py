"""The packaged build: `tools/build_frozen.sh` builds the one-folder PyInstaller app from
`build.spec` and smoke-tests the frozen binary offscreen (--version, bundled resources,
demo, score, report read back with pdftotext, a GUI start, a broken database refused
untouched, portable mode). About a minute on two cores, so only when asked: CI sets
IPSFIDELITY_FROZEN_TEST=1 (.ci/run)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV = "IPSFIDELITY_FROZEN_TEST"

pytestmark = pytest.mark.skipif(
    os.environ.get(ENV) != "1",
    reason=f"builds the PyInstaller app (about a minute); set {ENV}=1 to run it (CI does)",
)


def test_the_frozen_build_builds_and_passes_its_smoke_test() -> None:
    assert shutil.which("objdump"), "PyInstaller needs objdump: install binutils"
    env = {**os.environ, "PYTHON": sys.executable}
    # The script's own step for a portable app must not see the tests' chosen database.
    for name in ("IPSFIDELITY_DB", "IPSFIDELITY_LANG"):
        env.pop(name, None)
    began = time.monotonic()
    result = subprocess.run(
        ["bash", str(ROOT / "tools" / "build_frozen.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    took = time.monotonic() - began
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert "smoke tests passed" in result.stdout, output[-4000:]
    assert "report: SKIPPED" not in result.stdout  # this tree has the report command
    app = ROOT / "dist" / "ipsfidelity"
    assert (app / "ipsfidelity").is_file() and (app / "ipsfidelity-app").is_file()
    assert not (app / "data").exists()  # the portable-mode step cleaned up after itself
    print(f"frozen build and smoke test took {took:.0f} s")
