#!/usr/bin/env bash
# test.sh: installs what is missing, builds Peixun twice (plain, and with AddressSanitizer and
# UBSan) and runs the whole test suite in both under a virtual display. Ends with the line
# "N passed, N failed" counted from meson's test logs; exits non-zero if any test failed.
set -uo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh || exit 1

status=0
build () {
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@" >/dev/null || return 1
  fi
  ninja -C "$dir" || return 1
}

build_failures=0
build _build --buildtype=debugoptimized --werror || build_failures=$((build_failures + 1))
build _build-sanitize --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false \
  --werror || build_failures=$((build_failures + 1))
[ $build_failures -eq 0 ] || status=1

rm -f _build/meson-logs/testlog.json _build-sanitize/meson-logs/testlog.json
if [ $status -eq 0 ]; then
  for dir in _build _build-sanitize; do
    echo "== tests in $dir"
    # a virtual display and a session bus of its own, as a desktop session has
    xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
      meson test -C "$dir" --print-errorlogs --num-processes 2 --timeout-multiplier 3 || status=1
  done
fi

# A build that failed counts as one failed test, so that the line never hides it.
python3 - "$build_failures" _build/meson-logs/testlog.json _build-sanitize/meson-logs/testlog.json <<'PY'
import json, sys
passed = skipped = 0
failed = int(sys.argv[1])
for path in sys.argv[2:]:
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError:
        continue
    for line in lines:
        if not line.strip():
            continue
        result = json.loads(line).get("result")
        if result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
exit $status
