#!/usr/bin/env bash
# Run every check CI runs: ruff, import-linter (the core never imports Qt), mypy, the whole pytest
# suite (Qt offscreen, a real PostgreSQL started by the tests), then the fast tests again with the
# clock moved years ahead (libfaketime), so that a test or a rule that only holds until some date
# fails now. Installs what is missing first. Arguments go to both pytest runs.
#   IPSFIDELITY_FAKETIME   libfaketime's clock for the second run (default +5y; e.g.
#                          "@2030-12-31 23:59:30" starts just before a year end); "off" skips it.
set -euo pipefail
# shellcheck source=tools/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_ipsfidelity test
cd "$ROOT"
export PATH="$VENV/bin:$PATH"
echo "== ruff" && ruff check . && ruff format --check .
echo "== import-linter" && lint-imports
echo "== mypy (strict: scoring, store, analysis, ui/common, ui operations)" && mypy
echo "== pytest" && python -m pytest "$@"

clock="${IPSFIDELITY_FAKETIME:-+5y}"
[ "$clock" = off ] && exit 0
# The fast tests: the core, the command line and the report (tests/test_*.py), the date-driven
# table models, backups and paths; not the slow, PostgreSQL or frozen-build tests (about a
# minute). Left out, with the reason:
# - PostgreSQL: the server would run on the moved clock too, and its tests are slow;
# - the rest of tests/safety and tests/ui: subprocess- and timing-heavy (two app instances,
#   kill -9, windows driven by qtbot) with no rule of their own about dates;
# - tests/test_cli.py::test_cli_on_postgresql needs the PostgreSQL server.
# FAKETIME_DONT_FAKE_MONOTONIC: timeouts (locks, Qt timers) run on the real monotonic clock, or
# a 5 s wait would last 5 years. tools/faketime/sitecustomize.py works around libfaketime
# 0.9.10's broken time.sleep under that setting.
echo "== pytest, fast tests with the clock at '$clock' (libfaketime)"
command -v faketime >/dev/null || { echo "faketime is not installed (Debian: faketime)" >&2; exit 1; }
env -u IPSFIDELITY_FROZEN_TEST PYTHONPATH="$ROOT/tools/faketime" FAKETIME_DONT_FAKE_MONOTONIC=1 \
  faketime -f "$clock" python -c 'import datetime; print("   the tests see", datetime.datetime.now().isoformat(" ", "seconds"))'
fast=(tests/test_*.py tests/ui/test_action_plan_model.py tests/ui/test_overview_model.py
  tests/safety/test_backup.py tests/safety/test_paths.py)
for arg in "$@"; do  # tests named on the command line: those, not the fast set
  case "$arg" in tests* | *.py | *::*) fast=() ;; esac
done
env -u IPSFIDELITY_FROZEN_TEST PYTHONPATH="$ROOT/tools/faketime" FAKETIME_DONT_FAKE_MONOTONIC=1 \
  faketime -f "$clock" python -m pytest "$@" -m "not slow and not postgres" \
  --deselect tests/test_cli.py::test_cli_on_postgresql "${fast[@]}"
