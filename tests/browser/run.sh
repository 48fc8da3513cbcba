#!/usr/bin/env bash
# Runs the console's browser test (tests/browser/console_test.py): headless Chromium through
# Selenium against `guidepost serve` on loopback. Needs Debian's chromium and chromium-driver
# (.ci/run installs them) and a built guidepost (GUIDEPOST_BIN, default .build/debug/guidepost).
# Selenium goes into a venv at .venv-browser (gitignored), made on first use.
# SCREENSHOTS=DIR keeps the screenshots there (default: the test's temp folder).
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.venv-browser
if ! "$venv/bin/python" -c "import selenium" >/dev/null 2>&1; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check selenium
fi
for tool in chromium chromedriver; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing: apt-get install chromium chromium-driver" >&2; exit 1; }
done
exec "$venv/bin/python" tests/browser/console_test.py "$@"
