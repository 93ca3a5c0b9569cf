#!/usr/bin/env bash
# Measures what a new integrator waits for, on a clean clone of HEAD (committed work only):
#   1. `npm install` (npm's own timing; skipped when STACKPORT_NODE_MODULES links an existing install)
#   2. the first `npm start` until GET /health/live answers (includes the first, full build)
#   3. a second `npm start` until it answers (dist/ is current: no build)
#   4. `npm run dev:credentials` (dist/ current)
# and prints one Markdown table row per step, for README.md. Usage: tools/measure-start.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d "${TMPDIR:-/tmp}/stackport-measure.XXXXXX")
PORT=${PORT:-$((20000 + RANDOM % 20000))}
SERVER=
trap '[ -n "$SERVER" ] && kill -- -"$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
git clone --quiet --no-hardlinks "$PWD" "$WORK/app"
cd "$WORK/app"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# Starts `npm start` in its own process group and waits for the first answer; sets TOOK.
start_server() {
  local t0; t0=$(now)
  PORT=$PORT setsid npm start >"$WORK/server-$1.log" 2>&1 &
  SERVER=$!
  until curl -sf "http://127.0.0.1:$PORT/health/live" >/dev/null 2>&1; do
    kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server-$1.log" >&2; exit 1; }
    sleep 0.1
  done
  TOOK=$(secs "$t0" "$(now)")
}
stop_server() { kill -- -"$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=; }

echo "| step | seconds |"
echo "|---|---:|"
if [ -n "${STACKPORT_NODE_MODULES:-}" ]; then
  ln -s "$STACKPORT_NODE_MODULES" node_modules
  echo "| npm install | (not measured: an existing install was linked) |"
else
  t0=$(now); npm install --no-audit --no-fund >"$WORK/install.log" 2>&1; echo "| npm install | $(secs "$t0" "$(now)") |"
fi
start_server 1; stop_server
echo "| first npm start, to the first answer (full build) | $TOOK |"
start_server 2; stop_server
echo "| second npm start, to the first answer | $TOOK |"
t0=$(now); npm run dev:credentials >/dev/null 2>&1; echo "| npm run dev:credentials | $(secs "$t0" "$(now)") |"
