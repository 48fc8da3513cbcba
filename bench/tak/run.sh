#!/usr/bin/env bash
# Guidepost's watch on a real TAK server (issue 16), side by side in one run:
#  1. the full-border world played at SPEED× by `guidepost serve --tak` into taky, with a pytak
#     device listening: CoT events per second that reach the device, and the latency from a
#     track's scan entering the watch (the event's `time`) to its arrival at the device
#     (pytak's receive time), p50/p99; what the outbox dropped;
#  2. the same mapping offline (`guidepost cot`) on the tracks of a full-border run, with no
#     network: events per second Guidepost can make and encode, for scale against (1).
# Figures go to stdout as JSON lines; docs/cot.md has the table. Needs tools/with-tak.sh's venv
# (made here if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
G=${G:-.build/release/guidepost}
[ -n "${NO_BUILD:-}" ] || swift build -c release --product guidepost >/dev/null
SPEED=${SPEED:-60}
SECONDS_EACH=${SECONDS_EACH:-60}
tools/with-tak.sh true
PY=.venv-tak/bin/python
W=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$W"' EXIT
export GUIDEPOST_PASSWORD=bench-password-1
$G users add bench --role watch-commander --users "$W/users.json" >/dev/null
PORT=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

$PY tests/tak/server.py --port "$PORT" >"$W/taky.out" 2>"$W/taky.err" &
for _ in $(seq 1 100); do grep -q ready "$W/taky.out" && break; sleep 0.1; done
$PY tests/tak/client.py --url "tcp://127.0.0.1:$PORT" --timeout $((SECONDS_EACH + 60)) >"$W/device.jsonl" 2>"$W/device.err" &
DEVICE=$!
for _ in $(seq 1 100); do grep -q connected "$W/device.jsonl" && break; sleep 0.1; done

$G serve full-border --users "$W/users.json" --db "$W/full.sqlite" --port 0 --speed "$SPEED" --from 0 --operator attentive \
    --dispatch automatic --tak "tcp://127.0.0.1:$PORT" >"$W/serve.out" 2>"$W/serve.err" &
SERVE=$!
START=$(date +%s.%N)
sleep "$SECONDS_EACH"
TAKY_CPU=$(ps -o cputime= -p "$(pgrep -f "tests/tak/server.py --port $PORT" | head -1)" || echo "?")
SERVE_CPU=$(ps -o cputime= -p $SERVE || echo "?")
kill -INT $SERVE; wait $SERVE 2>/dev/null || true
END=$(date +%s.%N)
sleep 2
kill $DEVICE 2>/dev/null || true; wait $DEVICE 2>/dev/null || true
grep -h "TAK" "$W/serve.out" "$W/serve.err" | tail -3 >&2 || true

$PY - "$W/device.jsonl" "$START" "$END" "$SPEED" "$TAKY_CPU" "$SERVE_CPU" <<'PY'
import json, sys, datetime, statistics
path, start, end, speed, taky_cpu, serve_cpu = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6]
events, lat, types = [], [], {}
for line in open(path):
    if not line.startswith("{"): continue
    e = json.loads(line)
    if "error" in e: types["error"] = types.get("error", 0) + 1; continue
    t = e.get("type") or "?"
    if not t.startswith(("a-", "b-")): continue
    types[t] = types.get(t, 0) + 1
    events.append(e)
    if t.startswith("a-") and t.endswith("-G") and (e.get("uid") or "").startswith("guidepost.track."):
        sent = datetime.datetime.strptime(e["time"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.timezone.utc).timestamp()
        lat.append(e["recv_ns"] / 1e9 - sent)
recv = [e["recv_ns"] / 1e9 for e in events]
span = (max(recv) - min(recv)) if len(recv) > 1 else 0
lat.sort()
q = lambda p: round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 1) if lat else None
print(json.dumps({"run": f"full-border {speed}x through taky", "wall_s": round(end - start, 1), "events": len(events),
                  "events_per_s": round(len(events) / span, 1) if span else None, "track_updates": len(lat),
                  "latency_ms_p50": q(0.5), "latency_ms_p99": q(0.99), "latency_ms_max": q(1.0),
                  "types": types, "taky_cpu": taky_cpu.strip(), "guidepost_cpu": serve_cpu.strip()}))
PY

# 2. The mapping alone, offline, on a full-border run's tracks.
if [ -z "${SKIP_OFFLINE:-}" ]; then
    $G simulate full-border --out "$W/sim" --duration "${OFFLINE_SECONDS:-3600}" >/dev/null 2>&1
    $G track "$W/sim/detections.jsonl" --scans "$W/sim/scans.jsonl" --cov --out "$W/tracks.jsonl" >/dev/null 2>&1
    N=$(wc -l <"$W/tracks.jsonl")
    /usr/bin/time -f "%e %M" -o "$W/time" $G cot --tracks "$W/tracks.jsonl" --start 2024-06-09T00:00:00Z --animals --out "$W/out.cot" 2>/dev/null
    read -r SECS KB <"$W/time"
    EV=$(wc -l <"$W/out.cot")
    python3 -c "import json; print(json.dumps({'run': 'guidepost cot, full-border tracks (animals included)', 'track_records': $N, 'events': $EV, 'seconds': $SECS, 'events_per_s': round($EV / max($SECS, 0.001)), 'max_rss_mb': round($KB / 1024)}))"
fi
