#!/usr/bin/env bash
# Case operations per second through CaseDesk (open with identity, identify, advance, show — each
# checked, versioned and audited in its own transaction) on SQLite and on a throwaway PostgreSQL 15
# (tools/with-postgres.sh), with identity sealed (AES-256-GCM envelope) and, for comparison only,
# unencrypted. Each figure is the median of REPEAT runs of the hidden `guidepost case bench`
# (release build), each into an empty store; prints a Markdown table with ratios.
# Usage: bench/casework/run.sh [WORK]      env: REPEAT (default 3), CASES (default 1000), NO_BUILD=1
set -euo pipefail
cd "$(dirname "$0")/../.."
G="$PWD/.build/release/guidepost"

if [ "${1:-}" = "--measure" ]; then   # --measure KIND OUT: KIND sqlite (WORK dir in $3) or postgres
    kind="$2"; out="$3"; work="$4"
    for r in $(seq "${REPEAT:-3}"); do
        for flag in "" "--plaintext"; do
            if [ "$kind" = sqlite ]; then
                db="$work/cases-$r${flag}.sqlite"; rm -f "$db"*
            else
                name="gp_case_bench_${r}${flag//-/_}"
                psql "$GUIDEPOST_TEST_POSTGRES" -qc "CREATE DATABASE $name" >/dev/null
                db="${GUIDEPOST_TEST_POSTGRES%/*}/$name"
            fi
            "$G" case bench --db "$db" --cases "${CASES:-1000}" $flag >>"$out"
        done
    done
    exit 0
fi

[ -n "${NO_BUILD:-}" ] || swift build -c release --product guidepost >/dev/null
work="${1:-/tmp/guidepost-case-bench}"
rm -rf "$work" && mkdir -p "$work"
"$0" --measure sqlite "$work/sqlite.jsonl" "$work"
tools/with-postgres.sh sh -c '"$0" --measure postgres "$1" "$2"' "$0" "$work/postgres.jsonl" "$work"

python3 - "$work/sqlite.jsonl" "$work/postgres.jsonl" <<'PY'
import json, statistics, sys
ops = ["open", "identify", "advance", "show"]
def load(path):
    rows = [json.loads(l) for l in open(path)]
    return {(enc, op): statistics.median(r[f"{op}_per_s"] for r in rows if r["encryption"] == enc) for enc in (True, False) for op in ops}, len(rows) // 2
s, n = load(sys.argv[1])
p, _ = load(sys.argv[2])
print(f"| case operations/s (median of {n}) | SQLite, sealed | SQLite, plain | sealed ÷ plain | PostgreSQL, sealed | PostgreSQL, plain | sealed ÷ plain | PostgreSQL ÷ SQLite (sealed) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for op in ops:
    print(f"| {op} | {s[True, op]:,.0f} | {s[False, op]:,.0f} | {s[True, op] / s[False, op]:.2f} | {p[True, op]:,.0f} | {p[False, op]:,.0f} | {p[True, op] / p[False, op]:.2f} | {p[True, op] / s[True, op]:.2f} |")
PY
