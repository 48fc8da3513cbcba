#!/usr/bin/env bash
# Builds every libFuzzer harness of this package (release, libFuzzer + AddressSanitizer) and
# prints how long the build took. The harnesses land in .build/release/Fuzz*. docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")"
# SwiftPM names a package after its folder: a checkout itself named "fuzz" would make this
# package and the root one the same package ("product ... not found in package 'Guidepost'").
root=$(basename "$(cd .. && pwd -P)")
if [ "$(echo "$root" | tr '[:upper:]' '[:lower:]')" = fuzz ]; then
    echo "fuzz/build.sh: the checkout's folder is named '$root', which SwiftPM confuses with this package (fuzz/); clone or copy it under another name" >&2
    exit 2
fi
started=$(date +%s)
swift build -c release \
    -Xswiftc -sanitize=fuzzer,address \
    -Xswiftc -enable-testing \
    "$@"
elapsed=$(( $(date +%s) - started ))
echo "fuzz/build.sh: built the harnesses in ${elapsed} s ($(( elapsed / 60 )) min $(( elapsed % 60 )) s)"
