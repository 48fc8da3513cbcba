#!/usr/bin/env bash
# WebSocket load on the live console (issue 15): 200 clients at 10 frames a second on loopback,
# with and without one stalled client; then the full-border world at 60× with one console open.
# Figures go to stdout as JSON lines; docs/console.md has the table. Needs python3 (a venv with
# websockets and psutil is made in .venv-bench).
set -euo pipefail
cd "$(dirname "$0")/../.."
G=${G:-.build/release/guidepost}
[ -n "${NO_BUILD:-}" ] || swift build -c release --product guidepost >/dev/null
V=.venv-bench
[ -x $V/bin/python ] || { python3 -m venv $V && $V/bin/pip install -q websockets psutil; }
W=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$W"' EXIT
export GUIDEPOST_PASSWORD=bench-password-1
$G users add bench --role watch-commander --users "$W/users.json" >/dev/null

serve() {  # serve SCENARIO SPEED FROM -> sets URL, PID
    $G serve "$1" --users "$W/users.json" --db "$W/$1.sqlite" --port 0 --speed "$2" --from "$3" --operator attentive --dispatch automatic >"$W/serve.out" 2>"$W/serve.err" &
    PID=$!
    for _ in $(seq 1 600); do URL=$(grep -o 'http://127.0.0.1:[0-9]*/' "$W/serve.out" || true); [ -n "$URL" ] && break; sleep 0.2; done
    [ -n "$URL" ] || { cat "$W/serve.err" >&2; exit 1; }
}

# 10 frames a second: the 2021 swimmer at 10× (a scan a simulated second), paced from its start.
for CLIENTS in ${CLIENTS_LIST:-1 200}; do
    serve 2021-02-16-goseong-swimmer 10 0
    sleep 3
    $V/bin/python bench/console/ws_load.py "$URL" bench "$GUIDEPOST_PASSWORD" --clients "$CLIENTS" --seconds "${SECONDS_EACH:-30}" --pid $PID
    kill $PID; wait $PID 2>/dev/null || true
done
serve 2021-02-16-goseong-swimmer 10 0
sleep 3
$V/bin/python bench/console/ws_load.py "$URL" bench "$GUIDEPOST_PASSWORD" --clients 199 --stalled 1 --seconds "${SECONDS_EACH:-30}" --pid $PID
kill $PID; wait $PID 2>/dev/null || true

# The full-border world at 60× with one console open.
if [ -z "${SKIP_FULL:-}" ]; then
    serve full-border 60 0
    sleep 5
    $V/bin/python bench/console/ws_load.py "$URL" bench "$GUIDEPOST_PASSWORD" --clients 1 --seconds "${SECONDS_EACH:-30}" --pid $PID
    kill $PID; wait $PID 2>/dev/null || true
fi
