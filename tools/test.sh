#!/usr/bin/env bash
# Run every check CI runs: ruff, import-linter (the core never imports Qt), the whole pytest suite
# (Qt offscreen, a real PostgreSQL started by the tests). Installs what is missing first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_ipsfidelity test
cd "$ROOT"
export PATH="$VENV/bin:$PATH"
echo "== ruff" && ruff check . && ruff format --check .
echo "== import-linter" && lint-imports
echo "== mypy (strict: scoring, store, analysis, ui/common, ui operations)" && mypy
echo "== pytest" && python -m pytest "$@"
