#!/usr/bin/env bash
# run.sh: installs what is missing, builds Peixun and opens its default database.
#   tools/run.sh            the database in the user data folder ($PEIXUN_DB overrides)
#   tools/run.sh --demo     fills an empty database with the small sample first
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
if [ ! -f _build/build.ninja ]; then
  meson setup _build --buildtype=debugoptimized >/dev/null
fi
ninja -C _build >/dev/null

export PEIXUN_LOCALEDIR="$PWD/_build/po"
cli=_build/src/cli/peixun-cli

"$cli" init
if [ "${1:-}" = "--demo" ]; then
  if [ "$("$cli" cadre list --limit 1 --json)" = "[]" ]; then
    "$cli" demo --scale small
  else
    echo "The database already holds cadres; sample data is only added to an empty one."
  fi
fi
echo
"$cli" cadre list --limit 20
echo
"$cli" --help
