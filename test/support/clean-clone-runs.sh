#!/usr/bin/env bash
# Two consecutive `npm test` runs on a clean clone, while a third `npm test` (in a second clone)
# keeps running beside them the whole time: the suite must stay green on a busy 2-core machine.
#
#   test/support/clean-clone-runs.sh            clones HEAD of this repository (committed work only)
#
# Each clone gets its own `npm ci`, as a fresh checkout would. STACKPORT_NODE_MODULES=<dir> links
# an existing install instead (a machine without registry access, or to save the minutes).
# MARIADB_URL is passed through, so the database suites run on MariaDB too when it is set.
# The suites read the project's shared specs, seeds and conformance vectors from ../shared beside
# the checkout; the clones get the same neighbour (a link to this checkout's ../shared).
# Exit status: 0 when both consecutive runs passed. The run beside them is load; its results are
# printed but do not decide. Logs stay in the printed directory when something failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d "${TMPDIR:-/tmp}/stackport-clean-runs.XXXXXX")
log() { echo "clean-clone-runs: $*" >&2; }
if [ -d ../shared ]; then ln -s "$(cd ../shared && pwd)" "$WORK/shared"; else log "no ../shared beside this checkout: the suites that read it will fail"; fi

prepare() {
  git clone --quiet --no-hardlinks "$PWD" "$WORK/$1"
  if [ -n "${STACKPORT_NODE_MODULES:-}" ]; then ln -s "$STACKPORT_NODE_MODULES" "$WORK/$1/node_modules"
  else (cd "$WORK/$1" && npm ci --no-audit --no-fund >"$WORK/$1.install.log" 2>&1); fi
}
run_tests() { (cd "$WORK/$1" && npm test >"$WORK/$2.log" 2>&1); }
summary() { grep -E '^# (tests|pass|fail) ' "$WORK/$1.log" | tr '\n' ' '; grep -E '^ *not ok ' "$WORK/$1.log" | sed 's/^ */| /' | head -20 | tr '\n' ' '; }

prepare clean
prepare beside
log "clones in $WORK (HEAD $(git rev-parse --short HEAD))"

# The load: `npm test` again and again in the second clone until the two runs are done.
( n=0; while [ ! -e "$WORK/done" ]; do n=$((n + 1)); run_tests beside "beside-$n" || true; done ) &
load=$!

status=0
for i in 1 2; do
  started=$(date +%s)
  if run_tests clean "run-$i"; then result=passed; else result=FAILED; status=1; fi
  log "run $i: $result in $(( $(date +%s) - started )) s — $(summary "run-$i")"
done
touch "$WORK/done"
wait "$load" || true
for f in "$WORK"/beside-*.log; do log "beside $(basename "$f" .log): $(summary "$(basename "$f" .log)")"; done

if [ "$status" -eq 0 ]; then rm -rf "$WORK"; log "both consecutive runs green"
else log "logs kept in $WORK"; fi
exit "$status"
