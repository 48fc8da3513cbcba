#!/usr/bin/env bash
# Measures the event log itself on SQLite and on a throwaway PostgreSQL 15 (tools/with-postgres.sh):
# events/s appended in batches of 1, 100 and 1,000 events (one transaction per batch), and events/s
# replayed by events(run:) of a 50,000-event run; prints a Markdown table with the ratios.
# Each figure is the median of REPEAT runs of the hidden `guidepost store bench` (release build),
# each into a fresh run; SQLite in a fresh file under WORK, PostgreSQL with fsync on.
# Usage: bench/store/run.sh [WORK]      env: REPEAT (default 3), NO_BUILD=1 to skip the build
set -euo pipefail
cd "$(dirname "$0")/../.."
G="$PWD/.build/release/guidepost"

# One store's figures: `run.sh --measure DB OUT` appends one JSON line per measurement to OUT.
if [ "${1:-}" = "--measure" ]; then
    db="$2"
    out="$3"
    for r in $(seq "${REPEAT:-3}"); do
        for spec in "1 2000" "100 50000" "1000 50000"; do
            set -- $spec
            "$G" store bench --db "$db" --batch "$1" --events "$2" >>"$out"
        done
    done
    exit 0
fi

[ -n "${NO_BUILD:-}" ] || swift build -c release --product guidepost >/dev/null
work="${1:-/tmp/guidepost-store-bench}"
rm -rf "$work" && mkdir -p "$work"
"$0" --measure "$work/events.sqlite" "$work/sqlite.jsonl"
tools/with-postgres.sh sh -c '"$0" --measure "$GUIDEPOST_TEST_POSTGRES" "$1"' "$0" "$work/postgres.jsonl"

python3 - "$work/sqlite.jsonl" "$work/postgres.jsonl" <<'PY'
import json, statistics, sys
def load(path):
    rows = [json.loads(l) for l in open(path)]
    out = {}
    for b in (1, 100, 1000):
        out[f"append, batches of {b:,}"] = statistics.median(r["append_events_per_s"] for r in rows if r["batch"] == b)
    out["replay, events(run:) of 50,000"] = statistics.median(r["replay_events_per_s"] for r in rows if r["events"] == 50000)
    return out, len(rows)
s, n = load(sys.argv[1])
p, _ = load(sys.argv[2])
print(f"| events/s (median of {n // 3}) | SQLite | PostgreSQL 15 | PostgreSQL ÷ SQLite |")
print("|---|---:|---:|---:|")
for k in s:
    print(f"| {k} | {s[k]:,.0f} | {p[k]:,.0f} | {p[k] / s[k]:.2f} |")
PY
