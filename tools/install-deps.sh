#!/usr/bin/env bash
# install-deps.sh: installs from Debian 12's packages whatever Peixun needs to build, run and
# test that the machine does not have yet. Runs as root, or as a user with sudo.
set -euo pipefail

packages=(
  # build
  build-essential meson ninja-build pkg-config gettext
  # core: GLib, SQLite, spreadsheets
  libglib2.0-dev libsqlite3-dev libfreexl-dev libxlsxwriter-dev libminizip-dev
  # certificates: Ed25519 signatures
  libsodium-dev
  # printed documents: QR codes on certificates, background images
  libqrencode-dev libgdk-pixbuf-2.0-dev
  # the GUI
  libgtk-4-dev libadwaita-1-dev
  # tests and benchmarks: JSON checks, the sqlite3 shell as the import baseline, a display
  libjson-glib-dev sqlite3 xvfb xauth
  # the QR codes on rendered certificates read back (libzbar) in the render tests
  libzbar-dev
  # the UI tests: a session bus of their own (dbus-run-session), as a desktop session has
  dbus-daemon at-spi2-core
  # data checks: desktop-file-validate, appstreamcli, glib-compile-schemas
  desktop-file-utils appstream libglib2.0-bin
  # looking at what the app shows: screenshots, PDF pages and SVG icons as PNG (not needed to run)
  imagemagick poppler-utils librsvg2-bin
  # Chinese text: fonts, and the locale the translation is tested in
  fonts-noto-cjk locales
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

need_locale=0
locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$' || need_locale=1

if [ ${#missing[@]} -eq 0 ] && [ $need_locale -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-deps: these packages are missing and there is no sudo to install them:" >&2
  echo "  ${missing[*]}" >&2
  exit 1
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}"
fi
if ! locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then
  echo "install-deps: generating the zh_CN.UTF-8 locale" >&2
  "${sudo[@]}" localedef -i zh_CN -c -f UTF-8 zh_CN.UTF-8
fi
