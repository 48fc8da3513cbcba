#!/bin/sh
# Side by side with Stone Soup, from a fresh machine: a venv with Stone Soup from PyPI, a release
# build of Guidepost, then one run over every scenario. Arguments go to run.py (see --help).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ ! -x "$here/.venv/bin/python" ]; then
    python3 -m venv "$here/.venv"
    "$here/.venv/bin/pip" install --quiet stonesoup==1.9.1
fi
(cd "$root" && swift build -c release --product guidepost)
cd "$here" && exec "$here/.venv/bin/python" run.py "$@"
