#!/usr/bin/env bash
# Qt needs a few system libraries and a font; a bare Debian lacks some of them,
# and `python3 -m venv` needs python3-venv there. Install what is missing when we
# can (root with apt-get), otherwise say exactly what to install.
set -eu
need=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib 'libglib-2.0.so.0' || need+=(libglib2.0-0)
have_lib 'libGL.so.1' || need+=(libgl1)
have_lib 'libEGL.so.1' || need+=(libegl1)
have_lib 'libX11.so.6' || need+=(libx11-6)
have_lib 'libdbus-1.so.3' || need+=(libdbus-1-3)
have_lib 'libfontconfig.so.1' || need+=(libfontconfig1)
have_lib 'libfreetype.so.6' || need+=(libfreetype6)
have_lib 'libxkbcommon.so.0' || need+=(libxkbcommon0)
have_lib 'libxkbcommon-x11.so.0' || need+=(libxkbcommon-x11-0)
have_lib 'libxcb-cursor.so.0' || need+=(libxcb-cursor0)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
python3 -c 'import ensurepip' 2>/dev/null || need+=(python3-venv)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing system packages Qt needs: ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "DRO Trainer needs these system packages: ${need[*]}" >&2
  echo "Install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
