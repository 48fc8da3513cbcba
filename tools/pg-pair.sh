#!/usr/bin/env bash
# tools/pg-pair.sh: a throwaway PostgreSQL 15 primary with a streaming-replication hot standby,
# both on 127.0.0.1 on free ports, everything inside one folder DIR (for failover tests).
#
#   tools/pg-pair.sh start DIR [--sync|--async|--solo]
#       Creates DIR (it must be missing or empty), initdb's the primary in DIR/primary, starts
#       it, clones the standby into DIR/standby with pg_basebackup -R (streaming, physical
#       replication slot `standby1`, application_name=standby1) and starts it as a hot standby.
#       --sync (the default): on the primary synchronous_standby_names = 'standby1' and
#         synchronous_commit = on, so a COMMIT returns only once the standby has flushed it.
#       --async: synchronous_standby_names stays empty (the standby may lag).
#       --solo: the primary alone, no standby (a baseline for measurements).
#       Waits until pg_stat_replication on the primary shows the standby streaming (and
#       sync_state = sync with --sync), then writes DIR/env and prints it:
#         PRIMARY_PORT=P1
#         STANDBY_PORT=P2
#         PRIMARY_URL=postgres://postgres@127.0.0.1:P1/postgres
#         STANDBY_URL=postgres://postgres@127.0.0.1:P2/postgres
#         CLUSTER_URL=postgres://postgres@127.0.0.1:P1,127.0.0.1:P2/postgres?target_session_attrs=read-write
#       (with --solo STANDBY_PORT and STANDBY_URL are empty and CLUSTER_URL names the primary only).
#   tools/pg-pair.sh kill-primary DIR
#       kill -9 of the primary's postmaster (a crash, not a clean stop); prints
#       `killed_at_ms=…` (wall time, ms since the epoch).
#   tools/pg-pair.sh promote DIR
#       pg_ctl promote -w on the standby, waits until pg_is_in_recovery() is false; prints
#       `promoted_at_ms=…` and `promote_ms=…` (how long the promotion took).
#   tools/pg-pair.sh status DIR
#       For each node: up or down, in recovery or not; on every node that is up and not in
#       recovery, its pg_stat_replication rows (application_name, state, sync_state, replay_lag).
#   tools/pg-pair.sh stop DIR
#       Stops both servers (immediate) and removes DIR.
#
# Logs: DIR/primary.log, DIR/standby.log. The servers' unix sockets are in DIR. Authentication
# is trust on loopback only (also for replication connections); nothing listens beyond
# 127.0.0.1. As root, the server tools run as the `postgres` user (DIR is chowned to it, so its
# parent folders must be searchable by that user: /tmp is fine, /root is not).
set -euo pipefail

BIN=/usr/lib/postgresql/15/bin
ME="pg-pair"
MARKER=".pg-pair"          # marks a DIR this script made, so `stop` never removes anything else
WAIT_S=60

die() { echo "$ME: $*" >&2; exit 1; }
usage() {
    cat >&2 <<'EOF'
usage: tools/pg-pair.sh start DIR [--sync|--async|--solo]
       tools/pg-pair.sh kill-primary DIR
       tools/pg-pair.sh promote DIR
       tools/pg-pair.sh status DIR
       tools/pg-pair.sh stop DIR
EOF
    exit 2
}

[ $# -ge 2 ] || usage
CMD="$1"
DIR="$2"
shift 2
[ -n "$DIR" ] || usage
case "$DIR" in /*) ;; *) DIR="$PWD/$DIR" ;; esac
DIR="${DIR%/}"

[ -x "$BIN/initdb" ] || die "$BIN/initdb is missing; install postgresql-15 (apt-get install postgresql-15)"

if [ "$(id -u)" -eq 0 ]; then
    AS_PG=(runuser -u postgres --)
else
    AS_PG=()
fi

PRIMARY="$DIR/primary"
STANDBY="$DIR/standby"
PRIMARY_LOG="$DIR/primary.log"
STANDBY_LOG="$DIR/standby.log"

now_ms() { date +%s%3N; }

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Is process PID alive (a zombie is not)?
alive() {
    kill -0 "$1" 2>/dev/null || return 1
    [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]
}

url() { echo "postgres://postgres@127.0.0.1:$1/postgres"; }

# psql PORT SQL: one query over TCP, unaligned tuples only; fails on any error.
q() {
    PGCONNECT_TIMEOUT=3 "$BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -d "$(url "$1")" -c "$2"
}

# Is the server on PORT accepting connections?
up() { "$BIN/pg_isready" -q -h 127.0.0.1 -p "$1" -U postgres -d postgres -t 2 >/dev/null 2>&1; }

show_log() {
    local log="$1"
    if [ -f "$log" ]; then
        echo "----- $log -----" >&2
        cat "$log" >&2
        echo "----- end of $log -----" >&2
    fi
}

# pg_ctl stop -m immediate, if the data folder has a live postmaster. A postmaster killed with
# kill -9 leaves postmaster.pid behind: then there is nothing to stop.
stop_node() {
    local data="$1" pid
    [ -f "$data/postmaster.pid" ] || return 0
    pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && alive "$pid"; then
        "${AS_PG[@]}" "$BIN/pg_ctl" -D "$data" -m immediate -w -t "$WAIT_S" stop >/dev/null 2>&1 \
            || kill -9 "$pid" 2>/dev/null || true
    fi
}

load_env() {
    [ -f "$DIR/$MARKER" ] || die "$DIR was not made by tools/pg-pair.sh start (no $DIR/$MARKER)"
    [ -f "$DIR/env" ] || die "$DIR/env is missing (did start finish?)"
    PRIMARY_PORT=$(sed -n 's/^PRIMARY_PORT=//p' "$DIR/env")
    STANDBY_PORT=$(sed -n 's/^STANDBY_PORT=//p' "$DIR/env")
    [ -n "$PRIMARY_PORT" ] || die "no PRIMARY_PORT in $DIR/env"
}

# ---------------------------------------------------------------------------------------- start
cmd_start() {
    local mode=sync
    while [ $# -gt 0 ]; do
        case "$1" in
            --sync) mode=sync ;;
            --async) mode=async ;;
            --solo) mode=solo ;;
            *) usage ;;
        esac
        shift
    done

    # A unix socket path is limited to 107 bytes: DIR/.s.PGSQL.PORT must fit.
    [ ${#DIR} -le 90 ] || die "$DIR is too long for the servers' unix sockets (at most 90 characters)"
    if [ -e "$DIR" ]; then
        [ -d "$DIR" ] || die "$DIR exists and is not a folder"
        [ -z "$(ls -A "$DIR")" ] || die "$DIR is not empty; refusing to start (tools/pg-pair.sh stop $DIR removes a pair)"
    fi
    mkdir -p "$DIR"
    chmod 700 "$DIR"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR"; fi
    if ! "${AS_PG[@]}" test -w "$DIR"; then
        rmdir "$DIR" 2>/dev/null || true
        die "the postgres user cannot write $DIR (are its parent folders searchable by it?)"
    fi
    touch "$DIR/$MARKER"

    # On any failure from here: stop whatever started, keep DIR with its logs.
    trap 'st=$?; if [ $st -ne 0 ]; then stop_node "$STANDBY"; stop_node "$PRIMARY";
          echo "$ME: start failed; logs kept in $DIR (tools/pg-pair.sh stop $DIR removes it)" >&2; fi' EXIT

    local p1 p2=""
    p1=$(free_port)
    if [ "$mode" != solo ]; then
        p2=$(free_port)
        while [ "$p2" = "$p1" ]; do p2=$(free_port); done
    fi

    # -- the primary
    "${AS_PG[@]}" "$BIN/initdb" -D "$PRIMARY" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        >"$DIR/initdb.log" 2>&1 || { show_log "$DIR/initdb.log"; die "initdb of the primary failed"; }

    # Loopback only, trust, including replication connections (the `replication` pseudo-database
    # is not matched by `all`, so it needs its own lines).
    "${AS_PG[@]}" tee "$PRIMARY/pg_hba.conf" >/dev/null <<'EOF'
# pg-pair: loopback only, trust
# TYPE  DATABASE     USER  ADDRESS       METHOD
local   all          all                 trust
host    all          all   127.0.0.1/32  trust
local   replication  all                 trust
host    replication  all   127.0.0.1/32  trust
EOF
    # Settings shared by both nodes (the standby's copy comes with pg_basebackup); the standby
    # overrides port below. synchronous_standby_names is set later with ALTER SYSTEM on the
    # primary only: a standby that inherited it would block every write once promoted.
    "${AS_PG[@]}" tee -a "$PRIMARY/postgresql.conf" >/dev/null <<EOF

# ---- pg-pair
listen_addresses = '127.0.0.1'
port = $p1
unix_socket_directories = '$DIR'
max_connections = 200
fsync = on
synchronous_commit = on
wal_level = replica
max_wal_senders = 10
max_replication_slots = 10
wal_keep_size = '256MB'
max_slot_wal_keep_size = '4GB'
hot_standby = on
wal_log_hints = on
# When each transaction committed: the failover harness finds the first write after a promotion.
track_commit_timestamp = on
wal_receiver_status_interval = '1s'
logging_collector = off
EOF

    "${AS_PG[@]}" "$BIN/pg_ctl" -D "$PRIMARY" -l "$PRIMARY_LOG" -w -t "$WAIT_S" start >/dev/null 2>&1 \
        || { show_log "$PRIMARY_LOG"; die "the primary did not start (port $p1)"; }
    up "$p1" || { show_log "$PRIMARY_LOG"; die "the primary started but does not answer on 127.0.0.1:$p1"; }

    if [ "$mode" != solo ]; then
        # -- the standby: a base backup that creates the physical slot `standby1` (-C -S) and
        # writes standby.signal + primary_conninfo/primary_slot_name (-R); application_name in
        # the connection string ends up in primary_conninfo, which names it for
        # synchronous_standby_names.
        "${AS_PG[@]}" "$BIN/pg_basebackup" \
            -d "host=127.0.0.1 port=$p1 user=postgres application_name=standby1" \
            -D "$STANDBY" -R -X stream -C -S standby1 -c fast --no-password \
            >"$DIR/basebackup.log" 2>&1 \
            || { show_log "$DIR/basebackup.log"; show_log "$PRIMARY_LOG"; die "pg_basebackup of the standby failed"; }
        grep -q "application_name=standby1" "$STANDBY/postgresql.auto.conf" \
            || { cat "$STANDBY/postgresql.auto.conf" >&2; die "pg_basebackup -R did not put application_name=standby1 into primary_conninfo"; }
        grep -q "primary_slot_name = 'standby1'" "$STANDBY/postgresql.auto.conf" \
            || { cat "$STANDBY/postgresql.auto.conf" >&2; die "pg_basebackup -R did not set primary_slot_name"; }
        [ -f "$STANDBY/standby.signal" ] || die "pg_basebackup -R wrote no standby.signal"
        "${AS_PG[@]}" tee -a "$STANDBY/postgresql.conf" >/dev/null <<EOF

# ---- pg-pair: the standby
port = $p2
EOF
        "${AS_PG[@]}" "$BIN/pg_ctl" -D "$STANDBY" -l "$STANDBY_LOG" -w -t "$WAIT_S" start >/dev/null 2>&1 \
            || { show_log "$STANDBY_LOG"; die "the standby did not start (port $p2)"; }
        [ "$(q "$p2" 'SELECT pg_is_in_recovery()')" = t ] \
            || { show_log "$STANDBY_LOG"; die "the standby on port $p2 is not in recovery"; }

        if [ "$mode" = sync ]; then
            q "$p1" "ALTER SYSTEM SET synchronous_standby_names = 'standby1'" >/dev/null
            q "$p1" "SELECT pg_reload_conf()" >/dev/null
        fi

        # Wait for pg_stat_replication to show the standby streaming (and synchronous).
        local want="streaming|async" row="" deadline
        [ "$mode" = sync ] && want="streaming|sync"
        deadline=$(( $(date +%s) + WAIT_S ))
        while :; do
            row=$(q "$p1" "SELECT state || '|' || sync_state FROM pg_stat_replication WHERE application_name = 'standby1'" || true)
            [ "$row" = "$want" ] && break
            if [ "$(date +%s)" -ge "$deadline" ]; then
                show_log "$PRIMARY_LOG"
                show_log "$STANDBY_LOG"
                die "the standby is not '$want' in pg_stat_replication after ${WAIT_S}s (it shows '${row:-no row}')"
            fi
            sleep 0.2
        done
    fi

    local cluster
    if [ "$mode" = solo ]; then
        cluster="$(url "$p1")?target_session_attrs=read-write"
    else
        cluster="postgres://postgres@127.0.0.1:$p1,127.0.0.1:$p2/postgres?target_session_attrs=read-write"
    fi
    {
        echo "PRIMARY_PORT=$p1"
        echo "STANDBY_PORT=$p2"
        echo "PRIMARY_URL=$(url "$p1")"
        if [ -n "$p2" ]; then echo "STANDBY_URL=$(url "$p2")"; else echo "STANDBY_URL="; fi
        echo "CLUSTER_URL=$cluster"
    } >"$DIR/env.tmp"
    mv "$DIR/env.tmp" "$DIR/env"
    echo "$mode" >"$DIR/mode"
    trap - EXIT
    cat "$DIR/env"
}

# ----------------------------------------------------------------------------------- kill-primary
cmd_kill_primary() {
    [ $# -eq 0 ] || usage
    load_env
    [ -f "$PRIMARY/postmaster.pid" ] || die "the primary is not running ($PRIMARY/postmaster.pid is missing)"
    local pid
    pid=$(head -n 1 "$PRIMARY/postmaster.pid")
    [[ "$pid" =~ ^[0-9]+$ ]] || die "no pid in $PRIMARY/postmaster.pid"
    alive "$pid" || die "the primary's postmaster (pid $pid) is not running"
    kill -9 "$pid" || die "kill -9 $pid (the primary's postmaster) failed"
    echo "killed_at_ms=$(now_ms)"
    # The postmaster is gone at once (a zombie until init reaps it); its children notice and
    # exit within moments.
    local i
    for i in $(seq 50); do alive "$pid" || break; sleep 0.1; done
    ! alive "$pid" || die "the primary's postmaster (pid $pid) survived kill -9"
}

# ---------------------------------------------------------------------------------------- promote
cmd_promote() {
    [ $# -eq 0 ] || usage
    load_env
    [ -n "$STANDBY_PORT" ] || die "$DIR has no standby (started with --solo)"
    up "$STANDBY_PORT" || { show_log "$STANDBY_LOG"; die "the standby on port $STANDBY_PORT is not up"; }
    [ "$(q "$STANDBY_PORT" 'SELECT pg_is_in_recovery()')" = t ] \
        || die "the standby on port $STANDBY_PORT is not in recovery (already promoted?)"
    local t0 t1 deadline
    t0=$(now_ms)
    "${AS_PG[@]}" "$BIN/pg_ctl" -D "$STANDBY" -w -t "$WAIT_S" promote >/dev/null 2>&1 \
        || { show_log "$STANDBY_LOG"; die "pg_ctl promote of the standby failed"; }
    deadline=$(( $(date +%s) + WAIT_S ))
    until [ "$(q "$STANDBY_PORT" 'SELECT pg_is_in_recovery()' 2>/dev/null || true)" = f ]; do
        if [ "$(date +%s)" -ge "$deadline" ]; then
            show_log "$STANDBY_LOG"
            die "the standby is still in recovery ${WAIT_S}s after pg_ctl promote"
        fi
        sleep 0.05
    done
    t1=$(now_ms)
    echo "promoted_at_ms=$t1"
    echo "promote_ms=$((t1 - t0))"
}

# ----------------------------------------------------------------------------------------- status
cmd_status() {
    [ $# -eq 0 ] || usage
    load_env
    local name port rec
    for name in primary standby; do
        if [ "$name" = primary ]; then port="$PRIMARY_PORT"; else port="$STANDBY_PORT"; fi
        if [ -z "$port" ]; then
            echo "$name: none"
            continue
        fi
        if ! up "$port"; then
            echo "$name: port $port down"
            continue
        fi
        rec=$(q "$port" 'SELECT pg_is_in_recovery()' 2>/dev/null || echo "?")
        case "$rec" in
            t) echo "$name: port $port up, in recovery (read-only standby)" ;;
            f) echo "$name: port $port up, not in recovery (read-write)"
               echo "  pg_stat_replication (application_name | state | sync_state | replay_lag):"
               q "$port" "SELECT application_name, state, sync_state, coalesce(replay_lag::text, '-')
                          FROM pg_stat_replication ORDER BY application_name" | sed 's/^/    /;s/|/ | /g'
               if [ -z "$(q "$port" 'SELECT 1 FROM pg_stat_replication LIMIT 1')" ]; then
                   echo "    (none)"
               fi ;;
            *) echo "$name: port $port up, but pg_is_in_recovery() failed" ;;
        esac
    done
}

# ------------------------------------------------------------------------------------------- stop
cmd_stop() {
    [ $# -eq 0 ] || usage
    [ -d "$DIR" ] || die "$DIR does not exist"
    [ -f "$DIR/$MARKER" ] || die "$DIR was not made by tools/pg-pair.sh start (no $DIR/$MARKER); not removing it"
    stop_node "$STANDBY"
    stop_node "$PRIMARY"
    rm -rf "$DIR"
}

case "$CMD" in
    start) cmd_start "$@" ;;
    kill-primary) cmd_kill_primary "$@" ;;
    promote) cmd_promote "$@" ;;
    status) cmd_status "$@" ;;
    stop) cmd_stop "$@" ;;
    *) usage ;;
esac
