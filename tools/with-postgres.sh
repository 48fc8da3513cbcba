#!/usr/bin/env bash
# tools/with-postgres.sh CMD ARGS…: runs CMD against a throwaway PostgreSQL 15 cluster.
#
# Starts a fresh cluster in a temporary folder (listening on 127.0.0.1 only, on a free port,
# trust authentication on loopback, its socket inside the folder), exports
#   GUIDEPOST_TEST_POSTGRES=postgres://postgres@127.0.0.1:PORT/postgres
#   GUIDEPOST_REQUIRE_POSTGRES=1     (tests needing the server fail, not skip, if it is gone)
# runs CMD, then stops the cluster and removes the folder (also on failure or Ctrl-C), and
# exits with CMD's status. On a Debian machine without PostgreSQL 15 it installs
# postgresql-15 with apt-get (as root). As root, initdb and pg_ctl run as the `postgres` user.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: tools/with-postgres.sh CMD [ARGS…]" >&2
    exit 2
fi

BIN=/usr/lib/postgresql/15/bin
if [ ! -x "$BIN/initdb" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "with-postgres: $BIN/initdb is missing; install postgresql-15 (apt-get install postgresql-15) as root" >&2
        exit 1
    fi
    echo "with-postgres: installing postgresql-15" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi

# As root, run the server's tools as the unprivileged postgres user (initdb refuses root).
if [ "$(id -u)" -eq 0 ]; then
    AS_PG=(runuser -u postgres --)
else
    AS_PG=()
fi

DIR=$(mktemp -d "${TMPDIR:-/tmp}/guidepost-pg.XXXXXX")
chmod 700 "$DIR"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR"; fi
DATA="$DIR/data"

cleanup() {
    if [ -f "$DATA/postmaster.pid" ]; then
        "${AS_PG[@]}" "$BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

"${AS_PG[@]}" "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || {
    cat "$DIR/initdb.log" >&2
    echo "with-postgres: initdb failed" >&2
    exit 1
}
"${AS_PG[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c max_connections=200 -c fsync=on" start >/dev/null || {
    cat "$DIR/server.log" >&2
    echo "with-postgres: the server did not start" >&2
    exit 1
}

export GUIDEPOST_TEST_POSTGRES="postgres://postgres@127.0.0.1:$PORT/postgres"
export GUIDEPOST_REQUIRE_POSTGRES=1
echo "with-postgres: PostgreSQL 15 on 127.0.0.1:$PORT ($DIR)" >&2

set +e
"$@"
STATUS=$?
set -e
exit $STATUS
