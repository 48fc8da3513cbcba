#!/usr/bin/env bash
# Builds every libFuzzer harness of this package (release, libFuzzer + AddressSanitizer) and
# prints how long the build took. The harnesses land in .build/release/Fuzz*. docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")"
started=$(date +%s)
swift build -c release \
    -Xswiftc -sanitize=fuzzer,address \
    -Xswiftc -parse-as-library \
    -Xswiftc -enable-testing \
    "$@"
elapsed=$(( $(date +%s) - started ))
echo "fuzz/build.sh: built the harnesses in ${elapsed} s ($(( elapsed / 60 )) min $(( elapsed % 60 )) s)"
