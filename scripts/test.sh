#!/usr/bin/env bash
# scripts/test.sh: the whole test suite from a fresh Debian 12 machine.
# Installs what it needs, builds and installs the extension, runs the
# pg_regress suite (and the TAP tests when there are any) in throwaway clusters
# started by pg_virtualenv, and ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh || { echo "dependency installation failed"; echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
passed=0
failed=0

fail_build() {
    echo "$1"
    echo "0 passed, 1 failed"
    exit 1
}

make clean >/dev/null 2>&1
make >"$log/build" 2>&1 || { cat "$log/build"; fail_build "build failed"; }
make install >"$log/install" 2>&1 || { cat "$log/install"; fail_build "install failed"; }

# pg_regress: one line per test, "... ok" or "... FAILED"
pg_virtualenv -t make installcheck 2>&1 | tee "$log/regress"
rc=${PIPESTATUS[0]}
p=$(grep -cE '\.\.\. +ok' "$log/regress")
f=$(grep -cE '\.\.\. +FAILED' "$log/regress")
if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
[ "$f" -eq 0 ] || { [ -f regression.diffs ] && head -200 regression.diffs; }
passed=$((passed + p)); failed=$((failed + f))

# README examples, META.json and the control file
pg_virtualenv -t bash scripts/readme-check.sh 2>&1 | tee "$log/readme"
if [ "${PIPESTATUS[0]}" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

# TAP tests (several servers, crashes): prove prints one line per file
if ls t/*.pl >/dev/null 2>&1; then
    make installcheck-tap-only 2>&1 | tee "$log/tap"
    rc=${PIPESTATUS[0]}
    p=$(grep -cE '^t/.* ok$' "$log/tap")
    f=$(grep -cE '^t/.* (Failed|Dubious|not ok)' "$log/tap")
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    passed=$((passed + p)); failed=$((failed + f))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
