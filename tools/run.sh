#!/usr/bin/env bash
# run.sh: installs what is missing, builds Peixun and opens its window on the default database.
#   tools/run.sh            the database in the user data folder ($PEIXUN_DB overrides)
#   tools/run.sh --demo     fills that database with the small sample first, if it is empty
#   tools/run.sh FILE.db    another database
# Without a display it says so and shows the same database through peixun-cli.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
if [ ! -f _build/build.ninja ]; then
  meson setup _build --buildtype=debugoptimized >/dev/null
fi
ninja -C _build >/dev/null

# run from the build folder: translations, and the settings schema compiled there
export PEIXUN_LOCALEDIR="$PWD/_build/po"
export GSETTINGS_SCHEMA_DIR="$PWD/_build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
cli=_build/src/cli/peixun-cli

db_args=()
demo=0
for arg in "$@"; do
  case "$arg" in
    --demo) demo=1 ;;
    *) db_args=(--db "$arg") ;;
  esac
done

"$cli" "${db_args[@]}" init
if [ $demo -eq 1 ]; then
  if [ "$("$cli" "${db_args[@]}" cadre list --limit 1 --json)" = "[]" ]; then
    "$cli" "${db_args[@]}" demo --scale small
  else
    echo "The database already holds cadres; sample data is only added to an empty one."
  fi
fi
# the file the CLI used: the one given, else $PEIXUN_DB, else the user data folder's
path="${db_args[1]:-${PEIXUN_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/peixun/peixun.db}}"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo
  echo "No display here, so the window cannot open; this is the same database in peixun-cli:"
  "$cli" "${db_args[@]}" cadre list --limit 20
  exit 0
fi
exec _build/src/ui/peixun "$path"
