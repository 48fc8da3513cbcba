#!/usr/bin/env bash
# What synchronous replication costs the event store's appends, measured with the project's own
# `guidepost store bench` on three throwaway PostgreSQL 15 set-ups (tools/pg-pair.sh), all on this
# machine, all with fsync on and synchronous_commit = on:
#   (a) a single server, no standby                      (pg-pair.sh start --solo)
#   (b) a primary streaming to an asynchronous standby   (pg-pair.sh start --async)
#   (c) a primary with one synchronous standby           (pg-pair.sh start --sync)
# Each with batch 1 (one event per transaction: the commit latency) and batch 100. Every cell runs
# REPEAT times, interleaved (round r runs every cell once, the set-ups in a rotating order), each
# into a fresh run id; prints a Markdown section with the medians and the ratios to (a).
# Builds nothing: the binary is $G (default .build/release/guidepost).
# Usage: bench/cluster/append-latency.sh [WORK]
#   env: G (the guidepost binary), REPEAT (default 3),
#        SMALL_EVENTS (default 2000, batch 1), LARGE_EVENTS (default 50000, batch 100)
set -euo pipefail
CMDLINE="${G:+G=$G }${REPEAT:+REPEAT=$REPEAT }${SMALL_EVENTS:+SMALL_EVENTS=$SMALL_EVENTS }${LARGE_EVENTS:+LARGE_EVENTS=$LARGE_EVENTS }$0${*:+ $*}"
cd "$(dirname "$0")/../.."
G="${G:-.build/release/guidepost}"
case "$G" in /*) ;; *) G="$PWD/$G" ;; esac
REPEAT="${REPEAT:-3}"
SMALL_EVENTS="${SMALL_EVENTS:-2000}"
LARGE_EVENTS="${LARGE_EVENTS:-50000}"
[ -x "$G" ] || { echo "append-latency: $G is not an executable (set G=/path/to/guidepost)" >&2; exit 1; }

work="${1:-/tmp/guidepost-append-latency}"
case "$work" in /*) ;; *) work="$PWD/$work" ;; esac
rm -rf "$work"
mkdir -p "$work"
chmod 755 "$work"   # the servers run as `postgres` under it
out="$work/results.jsonl"
: >"$out"

setups=(solo async sync)
cleanup() {
    for s in "${setups[@]}"; do
        [ -d "$work/$s" ] && tools/pg-pair.sh stop "$work/$s" >/dev/null 2>&1 || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

declare -A url
for s in "${setups[@]}"; do
    tools/pg-pair.sh start "$work/$s" "--$s" >"$work/$s.start" || { echo "append-latency: pg-pair start --$s failed" >&2; exit 1; }
    url[$s]=$(sed -n 's/^PRIMARY_URL=//p' "$work/$s/env")
    # Warm-up (not counted): creates the store's schema and warms the caches.
    "$G" store bench --db "${url[$s]}" --events 200 --batch 1 >/dev/null
done

for r in $(seq "$REPEAT"); do
    for spec in "1 $SMALL_EVENTS" "100 $LARGE_EVENTS"; do
        set -- $spec
        for i in 0 1 2; do
            s="${setups[$(( (i + r - 1) % 3 ))]}"
            line=$("$G" store bench --db "${url[$s]}" --batch "$1" --events "$2")
            echo "{\"setup\":\"$s\",\"round\":$r,${line#\{}" >>"$out"
        done
    done
    echo "append-latency: round $r of $REPEAT done" >&2
done

# The set-ups must still be what they claim: (b) async, (c) sync, both streaming.
for s in async sync; do
    row=$(/usr/lib/postgresql/15/bin/psql -X -At -d "${url[$s]}" -c \
        "SELECT state || '/' || sync_state FROM pg_stat_replication WHERE application_name = 'standby1'")
    [ "$row" = "streaming/$s" ] || { echo "append-latency: --$s shows '$row' in pg_stat_replication at the end" >&2; exit 1; }
done

echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`$CMDLINE\`"
echo "(guidepost $("$G" --version 2>/dev/null | head -n 1 || true), $(/usr/lib/postgresql/15/bin/postgres --version),"
echo "$(nproc) cores, $(uname -sr); all three set-ups on this one machine and disk, over loopback)."
echo
python3 - "$out" "$REPEAT" "$SMALL_EVENTS" "$LARGE_EVENTS" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
repeat, small, large = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def med(setup, batch, f):
    return statistics.median(f(r) for r in rows if r["setup"] == setup and r["batch"] == batch)
ms_per_tx = lambda r: 1000 * r["append_s"] / (r["events"] / r["batch"])
eps = lambda r: r["append_events_per_s"]
names = {"solo": "(a) no standby", "async": "(b) async standby", "sync": "(c) sync standby"}
print(f"| median of {repeat} | {names['solo']} | {names['async']} | {names['sync']} | (b) ÷ (a) | (c) ÷ (a) |")
print("|---|---:|---:|---:|---:|---:|")
for batch, n in ((1, small), (100, large)):
    for label, f, fmt in (("ms per append (one transaction)", ms_per_tx, "{:.2f}"),
                          ("events/s", eps, "{:,.0f}")):
        a, b, c = (med(s, batch, f) for s in ("solo", "async", "sync"))
        print(f"| batch {batch}, {n:,} events: {label} | " + " | ".join(fmt.format(x) for x in (a, b, c))
              + f" | {b / a:.2f} | {c / a:.2f} |")
print()
print("Every run (ms per append):")
print()
for batch in (1, 100):
    for s in ("solo", "async", "sync"):
        xs = [f"{ms_per_tx(r):.2f}" for r in rows if r["setup"] == s and r["batch"] == batch]
        print(f"- batch {batch}, {names[s]}: {', '.join(xs)}")
PY
