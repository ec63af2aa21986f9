#!/usr/bin/env bash
# Start ipsfidelity on its embedded SQLite default, installing what is missing first.
# Extra arguments go to the app, e.g. `bash tools/start.sh --lang en` or `... demo`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_ipsfidelity runtime
if [ $# -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "Ingen skærm fundet (DISPLAY er ikke sat): programmet startes på en virtuel skærm (Xvfb)." >&2
  echo "No display found (DISPLAY is not set): the app starts on a virtual screen (Xvfb)." >&2
  _install_debs xvfb xauth
  exec xvfb-run -a "$ROOT/.venv/bin/ipsfidelity"
fi
exec "$ROOT/.venv/bin/ipsfidelity" "$@"
