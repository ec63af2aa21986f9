# shellcheck shell=bash
# Sourced by tools/start.sh, tools/test.sh and tools/build_frozen.sh: installs what is missing,
# nothing more: Python 3.11+ -> system packages (Debian/Ubuntu, via apt-get) -> .venv -> the package.
# Usage: setup_ipsfidelity runtime|test
# Progress goes to stderr, so that a caller's $(...) never captures it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

RUNTIME_PKGS=(libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libdbus-1-3
  libx11-6 fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0)
# faketime: tools/test.sh runs the fast tests again with the clock moved years ahead.
# desktop-file-utils, appstream: validate the Linux desktop file and metainfo (resources/linux).
TEST_PKGS=(xvfb xauth poppler-utils postgresql binutils strace faketime desktop-file-utils appstream)
# Debian 12's own Python (python3 is 3.11 there), installed when no Python 3.11+ is found.
PYTHON_PKGS=(python3 python3-venv)

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
  missing=$(_missing_debs "$@" | tr '\n' ' ')
  missing=${missing% }
  [ -z "$missing" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      _say "missing system packages (run as root to install): $missing"; return 0; fi
  fi
  # -q keeps apt's per-package lines (Get, Unpacking, Setting up) and drops the progress bars,
  # which read well both in a terminal and in a CI log.
  _say "installing system packages: $missing"
  _say "  apt-get update"
  $sudo apt-get update -q >&2
  _say "  apt-get install"
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing >&2
}

# The first Python 3.11 or newer on PATH.
_find_python() {
  local candidate
  for candidate in python3.11 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

# A Python 3.11+, installing Debian's (python3 python3-venv) when there is none.
_python() {
  _find_python && return 0
  if command -v apt-get >/dev/null 2>&1; then
    _say "no Python 3.11 or newer found: installing ${PYTHON_PKGS[*]}"
    _install_debs "${PYTHON_PKGS[@]}"
    _find_python && return 0
  fi
  _say "Python 3.11 or newer is needed (Debian 12: apt-get install ${PYTHON_PKGS[*]})"
  return 1
}

# The Debian package with the shared libpython of Debian's interpreter "$1" (libpython3.11 for
# python3.11), printed only when that library is missing. PyInstaller bundles libpython
# (tools/build_frozen.sh); Debian's python3.X binary is linked statically and ships the shared
# library separately. Other interpreters (pyenv, python.org builds) bring their own or not at
# all, and no Debian package can help them.
_libpython_pkg() {
  local py="$1" exe
  command -v dpkg-query >/dev/null 2>&1 || return 0
  exe=$("$py" -c 'import os, sys; print(os.path.realpath(sys.executable))') || return 0
  dpkg-query -S "$exe" >/dev/null 2>&1 || return 0  # not Debian's interpreter
  "$py" - <<'EOF'
import os
import sys
import sysconfig

version = f"{sys.version_info.major}.{sys.version_info.minor}"
libdir = sysconfig.get_config_var("LIBDIR") or ""
if not os.path.exists(os.path.join(libdir, f"libpython{version}.so.1.0")):
    print(f"libpython{version}")
EOF
}

# Does this command line start the window (not a command such as demo or teams)? Options
# before or after: --db URL, --db=URL, --lang da|en, --lang=xx, --smoke. --help, --version,
# a command or an unknown option go straight to the program, which answers them itself.
starts_gui() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --db | --lang)
        [ $# -ge 2 ] || return 1
        shift 2 ;;
      --db=* | --lang=* | --smoke) shift ;;
      *) return 1 ;;
    esac
  done
  return 0
}

setup_ipsfidelity() {
  local kind="${1:-runtime}"
  local pkgs=("${RUNTIME_PKGS[@]}")
  [ "$kind" = test ] && pkgs+=("${TEST_PKGS[@]}")
  _say "checking Python and system packages ($kind)"
  local py
  py=$(_python)
  # Debian splits venv/ensurepip into python3-venv.
  if ! "$py" -c 'import venv, ensurepip' >/dev/null 2>&1; then pkgs+=(python3-venv); fi
  if [ "$kind" = test ]; then
    local libpython
    libpython=$(_libpython_pkg "$py")
    [ -n "$libpython" ] && pkgs+=("$libpython")
  fi
  _install_debs "${pkgs[@]}"

  if [ ! -x "$VENV/bin/python" ]; then
    _say "creating $VENV with $py"
    "$py" -m venv "$VENV"
  fi
  # Reinstall only when the dependency list changed.
  local stamp="$VENV/.ipsfidelity-$kind" want
  want=$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    _say "upgrading pip in $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip >&2
    # pip prints a line per package (Collecting, Using cached, Installing): progress without
    # a progress bar that would fill a CI log.
    _say "installing ipsfidelity ($kind) and its dependencies into $VENV"
    local target="$ROOT"
    [ "$kind" = test ] && target="${ROOT}[test]"
    "$VENV/bin/python" -m pip install --progress-bar off -e "$target" >&2
    echo "$want" > "$stamp"
    _say "installed"
  fi
}
