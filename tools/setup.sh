# Sourced by tools/start.sh and tools/test.sh: installs what is missing, nothing more.
#   system packages (Debian/Ubuntu, via apt-get) -> .venv -> the package itself.
# Usage: setup_ipsfidelity runtime|test
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

RUNTIME_PKGS=(libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libdbus-1-3
  libx11-6 fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0)
TEST_PKGS=(xvfb xauth poppler-utils postgresql binutils strace)

_say() { printf 'ipsfidelity setup: %s\n' "$*" >&2; }

_missing_debs() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

_install_debs() {
  command -v dpkg-query >/dev/null 2>&1 || { _say "not a Debian system; install the Qt runtime libraries yourself"; return 0; }
  local missing
  missing=$(_missing_debs "$@")
  [ -z "$missing" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      _say "missing system packages (run as root to install): $missing"; return 0; fi
  fi
  _say "installing system packages: $(echo $missing | tr '\n' ' ')"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

_python() {
  local candidate
  for candidate in python3.11 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  _say "Python 3.11 or newer is needed"; return 1
}

setup_ipsfidelity() {
  local kind="${1:-runtime}"
  local pkgs=("${RUNTIME_PKGS[@]}")
  [ "$kind" = test ] && pkgs+=("${TEST_PKGS[@]}")
  local py
  py=$(_python)
  # Debian splits venv/ensurepip into python3-venv.
  if ! "$py" -c 'import venv, ensurepip' >/dev/null 2>&1; then pkgs+=(python3-venv); fi
  _install_debs "${pkgs[@]}"

  if [ ! -x "$VENV/bin/python" ]; then
    _say "creating $VENV"
    "$py" -m venv "$VENV"
  fi
  # Reinstall only when the dependency list changed.
  local stamp="$VENV/.ipsfidelity-$kind" want
  want=$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    _say "installing ipsfidelity ($kind) into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    if [ "$kind" = test ]; then
      "$VENV/bin/python" -m pip install -q -e "$ROOT[test]"
    else
      "$VENV/bin/python" -m pip install -q -e "$ROOT"
    fi
    echo "$want" > "$stamp"
  fi
}
