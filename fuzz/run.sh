#!/usr/bin/env bash
# Runs each libFuzzer harness (built by build.sh) for a fixed number of inputs, from the seed
# corpus committed under corpus/<harness>/ and the dictionary in dict/, and prints per harness:
# inputs run, executions per second, crashes found. docs/fuzzing.md.
#
#   fuzz/run.sh [RUNS] [HARNESS ...]     RUNS defaults to 1000000; all harnesses by default
#
# New corpus entries, logs and crash artifacts go to a temporary folder ($FUZZ_WORK, or a new
# one under $TMPDIR), never into the repository. A harness stops at its first crash, timeout or
# out-of-memory; its artifact (the input) is listed for minimising:
#   .build/release/FuzzX -minimize_crash=1 -runs=100000 ARTIFACT
# Exit status 1 if any harness found a crash.
set -uo pipefail
cd "$(dirname "$0")"
runs=${1:-1000000}
shift || true
all=(FuzzDetections FuzzRecords FuzzScenario FuzzNPY FuzzPlanningTask FuzzStoreImport FuzzCoTXML FuzzCoTStream FuzzTakProtocol FuzzConsoleBodies)
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=("${all[@]}")
work=${FUZZ_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/guidepost-fuzz.XXXXXX")}
mkdir -p "$work"
echo "fuzz/run.sh: $runs inputs per harness; corpus, logs and artifacts in $work"

# Per harness: the dictionary and the largest input (bytes) worth trying.
settings() {
    case "$1" in
        FuzzDetections | FuzzRecords) echo "jsonl.dict 4096" ;;
        FuzzStoreImport) echo "events.dict 4096" ;;
        FuzzScenario) echo "yaml.dict 16384" ;;
        FuzzNPY) echo "npy.dict 4096" ;;
        FuzzPlanningTask) echo "task.dict 1024" ;;
        FuzzCoTXML) echo "xml.dict 8192" ;;
        FuzzCoTStream) echo "xml.dict 16384" ;;
        FuzzTakProtocol) echo "xml.dict 4096" ;;
        FuzzConsoleBodies) echo "console.dict 1024" ;;
        *) echo "unknown harness $1" >&2; return 1 ;;
    esac
}

summary=()
failed=0
for h in "${harnesses[@]}"; do
    bin=.build/release/$h
    [ -x "$bin" ] || { echo "$bin is missing: run fuzz/build.sh first" >&2; exit 2; }
    read -r dict maxlen < <(settings "$h") || exit 2
    mkdir -p "$work/$h/corpus" "$work/$h/artifacts"
    log=$work/$h/log.txt
    started=$(date +%s)
    # Swift's own crash backtracer would catch the trap before libFuzzer writes the input out.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$bin" "$work/$h/corpus" "corpus/$h" \
        -runs="$runs" -dict="dict/$dict" -max_len="$maxlen" -timeout=30 -rss_limit_mb=2048 \
        -artifact_prefix="$work/$h/artifacts/" -print_final_stats=1 >"$log" 2>&1
    status=$?
    seconds=$(( $(date +%s) - started ))
    executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    crashes=$(find "$work/$h/artifacts" -type f | wc -l)
    [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ] && crashes="? (exit $status, see $log)"
    line=$(printf '%-18s inputs %-9s exec/s %-7s %5ss  crashes %s' "$h" "${executed:-?}" "${speed:-?}" "$seconds" "$crashes")
    echo "$line"
    find "$work/$h/artifacts" -type f -exec echo "    artifact: {}" \;
    summary+=("$line")
    [ "$status" -ne 0 ] && failed=1
done
echo "== summary ($runs inputs asked per harness)"
printf '%s\n' "${summary[@]}"
exit $failed
