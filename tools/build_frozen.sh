#!/usr/bin/env bash
# Build the one-folder PyInstaller app (build.spec) and smoke-test the frozen binary
# offscreen: --version, instruments (bundled resources), demo into a new database
# (Alembic migrations loaded from files), score, report to a PDF read back with
# pdftotext (when this tree has the report command), a GUI start (--smoke), a broken
# database refused untouched, and portable mode.
#
#   bash tools/build_frozen.sh            build, then smoke-test
#   bash tools/build_frozen.sh --no-build smoke-test an existing dist/ipsfidelity
#
# Needs: .venv with the project and pyinstaller; pdftotext (poppler-utils) for the
# report step; on Linux libgl1, libegl1, libfontconfig1, a font and, with Debian's own
# Python, its shared libpython3.X (docs/packaging.md). Without PYTHON set, the test set-up
# (tools/setup.sh) installs what is missing first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -z "${PYTHON:-}" ]]; then
    # shellcheck source=tools/setup.sh
    source "$ROOT/tools/setup.sh"
    setup_ipsfidelity test
fi
PY="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="${DIST:-$ROOT/dist}"
WORK="${WORKPATH:-$ROOT/build/pyinstaller}"
APP="$DIST/ipsfidelity"
BIN="$APP/ipsfidelity"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
step() { printf '== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

if [[ "${1:-}" != "--no-build" ]]; then
    step "building with PyInstaller"
    t=$(now)
    "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$DIST" --workpath "$WORK" "$ROOT/build.spec"
    step "built $APP in $(since "$t") ($(du -sh "$APP" | cut -f1))"
fi
[[ -x "$BIN" ]] || fail "no frozen binary at $BIN"

SMOKE="$(mktemp -d "${TMPDIR:-/tmp}/ipsf-frozen-smoke.XXXXXX")"
cleanup() {
    rm -rf "$SMOKE"
    rm -f "$APP/ipsfidelity-portable"
    rm -rf "$APP/data"
}
trap cleanup EXIT

# Nothing touches the real user's folders; no display is needed.
export QT_QPA_PLATFORM=offscreen
export HOME="$SMOKE/home" XDG_DATA_HOME="$SMOKE/home/data" XDG_CONFIG_HOME="$SMOKE/home/config"
export XDG_STATE_HOME="$SMOKE/home/state" XDG_CACHE_HOME="$SMOKE/home/cache"
export MPLCONFIGDIR="$SMOKE/home/mpl" IPSFIDELITY_LOG_DIR="$SMOKE/logs"
unset IPSFIDELITY_DB IPSFIDELITY_LANG
mkdir -p "$HOME"
DB="$SMOKE/smoke.sqlite3"
t_all=$(now)

step "--version"
version="$("$BIN" --version)"
expected="ipsfidelity $("$PY" -c 'import ipsfidelity; print(ipsfidelity.__version__)')"
[[ "$version" == "$expected" ]] || fail "--version said '$version', expected '$expected'"

step "instruments (resources from sys._MEIPASS)"
# (Output goes to files before grep: with pipefail, grep -q's early exit would fail the pipe.)
"$BIN" instruments > "$SMOKE/instruments.txt"
grep -q "dk-minimum" "$SMOKE/instruments.txt" || fail "the bundled instrument pack is missing"

step "demo into a new database (migrations run frozen)"
t=$(now)
"$BIN" --db "$DB" demo
echo "   demo took $(since "$t")"
revision="$("$PY" - "$DB" <<'EOF'
import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT version_num FROM alembic_version").fetchone()[0])
EOF
)"
head="$("$PY" -c 'from ipsfidelity.store.migrations_config import head_revision; print(head_revision())')"
[[ "$revision" == "$head" ]] || fail "frozen migration reached $revision, head is $head"

step "score"
aid="$("$BIN" --db "$DB" assessments --json | "$PY" -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')"
team="$("$BIN" --db "$DB" assessments --json | "$PY" -c 'import json, sys; print(json.load(sys.stdin)[0]["team"]["name"])')"
"$BIN" --db "$DB" score "$aid" | tee "$SMOKE/score.txt" | tail -n 3
grep -q "$team" "$SMOKE/score.txt" || fail "score does not name $team"

if "$BIN" report --help >/dev/null 2>&1; then
    step "report to PDF, read back with pdftotext"
    t=$(now)
    "$BIN" --db "$DB" report "$aid" --out "$SMOKE/rapport.pdf"
    echo "   report took $(since "$t")"
    command -v pdftotext >/dev/null || fail "pdftotext is not installed (poppler-utils)"
    pdftotext "$SMOKE/rapport.pdf" "$SMOKE/rapport.txt"
    grep -q "$team" "$SMOKE/rapport.txt" || fail "the PDF does not name $team"
    echo "   the PDF reads back: $(head -n 1 "$SMOKE/rapport.txt")"
else
    step "report: SKIPPED, this tree has no 'report' command yet"
fi

step "GUI start (--smoke: open the main window, process events, exit 0)"
t=$(now)
"$BIN" --db "$DB" --smoke
echo "   GUI start took $(since "$t")"

"$APP/ipsfidelity-app" --db "$DB" --smoke || fail "the windowed launcher did not start"

step "the GUI start backed the database up, readable by the user only"
backup="$(find "$XDG_DATA_HOME/ipsfidelity/backups" -name 'smoke-*.sqlite3' 2>/dev/null | head -n 1)"
[[ -n "$backup" ]] || fail "no start-up backup under $XDG_DATA_HOME/ipsfidelity/backups"
[[ "$(stat -c %a "$backup")" == 600 ]] || fail "the backup $backup is not 0600"

step "a broken database is refused and left as it was"
head -c 20000 "$DB" > "$SMOKE/broken.sqlite3"
before="$(sha256sum < "$SMOKE/broken.sqlite3")"
set +e
"$BIN" --db "$SMOKE/broken.sqlite3" teams 2> "$SMOKE/broken.err"
code=$?
set -e
[[ $code -eq 2 ]] || fail "broken database: exit $code, expected 2"
[[ "$(wc -l < "$SMOKE/broken.err")" -eq 1 ]] || fail "broken database: not one line: $(cat "$SMOKE/broken.err")"
[[ "$(sha256sum < "$SMOKE/broken.sqlite3")" == "$before" ]] || fail "the broken database was changed"
cat "$SMOKE/broken.err"

step "portable mode: a marker file keeps data beside the app"
rm -rf "$XDG_DATA_HOME/ipsfidelity"  # the backups of the steps above; portable mode must add nothing
touch "$APP/ipsfidelity-portable"
( unset IPSFIDELITY_LOG_DIR; "$BIN" demo >/dev/null )
[[ -s "$APP/data/ipsfidelity.sqlite3" ]] || fail "portable mode did not put the database in $APP/data"
[[ ! -e "$XDG_DATA_HOME/ipsfidelity" ]] || fail "portable mode wrote to the user's data folder"
rm -f "$APP/ipsfidelity-portable"
rm -rf "$APP/data"

step "smoke tests passed in $(since "$t_all")"
