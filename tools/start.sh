#!/usr/bin/env bash
# Start ipsfidelity on its embedded SQLite default, installing what is missing first.
# Extra arguments go to the app, e.g. `bash tools/start.sh --lang en` or `... demo`.
# Without a display, a start of the window (no command; only --db, --lang) runs on a virtual
# screen (Xvfb), whatever the options; commands such as demo or teams run directly.
set -euo pipefail
# shellcheck source=tools/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_ipsfidelity runtime
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && starts_gui "$@"; then
  echo "Ingen skærm fundet (DISPLAY er ikke sat): programmet kører på en virtuel skærm (Xvfb). Stop det med Ctrl+C." >&2
  echo "No display found (DISPLAY is not set): the app runs on a virtual screen (Xvfb). Stop it with Ctrl+C." >&2
  _install_debs xvfb xauth
  exec xvfb-run -a "$ROOT/.venv/bin/ipsfidelity" "$@"
fi
exec "$ROOT/.venv/bin/ipsfidelity" "$@"
