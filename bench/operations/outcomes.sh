#!/usr/bin/env bash
# Plays every bundled scenario through `guidepost run` (release build) and prints the table of
# docs/operations.md: each run against what its report says. The failure scenarios (2012, 2020,
# 2021) are also played with --legacy, the old control room.
# Usage: bench/operations/outcomes.sh [OUT [RUN OPTIONS...]]   (e.g. /tmp/oc --no-tod-cue)
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product guidepost >/dev/null
out="${1:-/tmp/guidepost-outcomes}"
shift || true
rm -rf "$out" && mkdir -p "$out"
g="$PWD/.build/release/guidepost"
rows=()
for f in scenarios/2*.yaml; do
  n=$(basename "$f" .yaml)
  ( cd "$out" && "$g" run "$n" --db runs.sqlite --out "$n" --quiet "$@" >/dev/null )
  rows+=("$(sed -n 5p "$out/$n/outcome.md")")
done
for n in 2012-10-02-goseong-knock 2020-11-03-goseong-fence-jump 2021-02-16-goseong-swimmer; do
  ( cd "$out" && "$g" run "$n" --legacy --db runs.sqlite --out "$n-legacy" --quiet "$@" >/dev/null )
  rows+=("$(sed -n 5p "$out/$n-legacy/outcome.md" | sed "s/| $n |/| $n **legacy** |/")")
done
sed -n 3,4p "$out/${n}/outcome.md"
printf '%s\n' "${rows[@]}"
