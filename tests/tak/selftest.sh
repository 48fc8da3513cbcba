#!/usr/bin/env bash
# tests/tak/selftest.sh: proves by hand that the real-TAK-server harness works, without Swift.
#
# Run it as tools/with-tak.sh tests/tak/selftest.sh (run bare, it wraps itself in
# tools/with-tak.sh). For plain TCP and then for TLS with client certificates it starts
# tests/tak/server.py (taky) on a free loopback port, starts pytak client A
# (tests/tak/client.py --count 3), has pytak client B send three events (a-f-G-U-C SA with a
# contact callsign, a b-m-r route with three <link uid type point> waypoints, a b-t-f GeoChat
# to All Chat Rooms) and checks that A printed all three, parsed, with their details; then that
# a late joiner C gets the SA replayed from taky's cache. On the TLS port it checks that a client
# with no certificate, and one with a certificate from another CA (raw Python ssl and pytak),
# are refused, and that what they send reaches nobody. Exits 0 when everything held, 1 when
# anything is missing (each failure is said on stderr). Two cores: the clients and servers run
# one after another, a handful of Python processes at a time.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
if [ -z "${GUIDEPOST_TAK_PYTHON:-}" ] || [ -z "${GUIDEPOST_TAK_CERTS:-}" ]; then
    exec "$ROOT/tools/with-tak.sh" "$0" "$@"
fi
PY=$GUIDEPOST_TAK_PYTHON
CERTS=$GUIDEPOST_TAK_CERTS

WORK=$(mktemp -d "${TMPDIR:-/tmp}/guidepost-tak-selftest.XXXXXX")
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [ -n "${SELFTEST_KEEP:-}" ]; then echo "selftest: outputs kept in $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

FAILURES=0
fail() {
    echo "selftest: FAIL: $*" >&2
    FAILURES=$((FAILURES + 1))
}
pass() {
    echo "selftest: ok: $*" >&2
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# wait_line FILE LINE SECONDS PID: waits until FILE has the line LINE, while PID lives.
wait_line() {
    local i
    for ((i = 0; i < $3 * 10; i++)); do
        if grep -qx "$2" "$1" 2>/dev/null; then return 0; fi
        if ! kill -0 "$4" 2>/dev/null; then return 1; fi
        sleep 0.1
    done
    return 1
}

# The three events, stamped now (stale in 10 minutes), one a line.
"$PY" - "$WORK/events.cot" <<'EOF'
import datetime, sys
now = datetime.datetime.now(datetime.timezone.utc)
fmt = lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
t, stale = fmt(now), fmt(now + datetime.timedelta(minutes=10))
head = 'version="2.0" time="%s" start="%s" stale="%s"' % (t, t, stale)
events = [
    f'<event {head} uid="ANDROID-selftest-alpha1" type="a-f-G-U-C" how="m-g">'
    '<point lat="48.856600" lon="2.352200" hae="35.0" ce="9.9" le="9999999.0"/>'
    '<detail><takv os="34" device="selftest" version="4.10.0" platform="ATAK-CIV"/>'
    '<contact callsign="ALPHA-1" endpoint="*:-1:stcp"/><__group name="Cyan" role="Team Member"/>'
    '<track course="90.0" speed="1.5"/><status battery="88"/></detail></event>',
    f'<event {head} uid="guidepost-route-selftest" type="b-m-r" how="h-e">'
    '<point lat="48.856600" lon="2.352200" hae="0.0" ce="9999999.0" le="9999999.0"/>'
    '<detail><link uid="guidepost-route-selftest-wp1" type="b-m-p-w" point="48.8566,2.3522" callsign="WP1" relation="c"/>'
    '<link uid="guidepost-route-selftest-wp2" type="b-m-p-w" point="48.8600,2.3600" callsign="WP2" relation="c"/>'
    '<link uid="guidepost-route-selftest-wp3" type="b-m-p-w" point="48.8650,2.3700" callsign="WP3" relation="c"/>'
    '<contact callsign="Search route 1"/><remarks>Guidepost search route</remarks></detail></event>',
    f'<event {head} uid="GeoChat.guidepost.All Chat Rooms.selftest" type="b-t-f" how="h-g-i-g-o">'
    '<point lat="48.856600" lon="2.352200" hae="0.0" ce="9999999.0" le="9999999.0"/>'
    '<detail><__chat parent="RootContactGroup" groupOwner="false" chatroom="All Chat Rooms" '
    'id="All Chat Rooms" senderCallsign="GUIDEPOST"><chatgrp uid0="guidepost" uid1="All Chat Rooms" '
    'id="All Chat Rooms"/></__chat><link uid="guidepost" type="a-f-G-U-C" relation="p-p"/>'
    f'<remarks source="BAO.F.ATAK.guidepost" to="All Chat Rooms" time="{t}">Search area B &amp; C: start now</remarks>'
    '</detail></event>',
]
with open(sys.argv[1], "w") as out:
    out.write("\n".join(events) + "\n")
EOF

# check_relay OUTPUT: A's stdout must hold the three events, parsed, with their details.
check_relay() {
    "$PY" - "$1" <<'EOF'
import json, sys
lines = open(sys.argv[1]).read().splitlines()
problems = []
if not lines or lines[0] != "connected":
    problems.append("first line is not 'connected'")
events = {}
for line in lines[1:]:
    obj = json.loads(line)
    if "error" in obj:
        problems.append("unparsed event: " + obj["error"])
        continue
    events[obj["uid"]] = obj
sa = events.get("ANDROID-selftest-alpha1")
route = events.get("guidepost-route-selftest")
chat = events.get("GeoChat.guidepost.All Chat Rooms.selftest")
if not sa:
    problems.append("the SA a-f-G-U-C is missing")
elif not (sa["type"] == "a-f-G-U-C" and sa["callsign"] == "ALPHA-1" and abs(sa["lat"] - 48.8566) < 1e-6
          and abs(sa["lon"] - 2.3522) < 1e-6 and sa["hae"] == 35.0 and sa["ce"] == 9.9
          and 'course="90.0"' in sa["detail_xml"] and isinstance(sa["recv_ns"], int)):
    problems.append("the SA came out wrong: " + json.dumps(sa))
if not route:
    problems.append("the b-m-r route is missing")
else:
    pts = [p for p in ("48.8566,2.3522", "48.8600,2.3600", "48.8650,2.3700") if f'point="{p}"' in route["detail_xml"]]
    if not (route["type"] == "b-m-r" and len(pts) == 3 and route["detail_xml"].count("<link ") == 3
            and route["remarks"] == "Guidepost search route"):
        problems.append("the route came out wrong: " + json.dumps(route))
if not chat:
    problems.append("the b-t-f GeoChat is missing")
elif not (chat["type"] == "b-t-f" and chat["remarks"] == "Search area B & C: start now"
          and "__chat" in chat["detail_xml"] and 'senderCallsign="GUIDEPOST"' in chat["detail_xml"]):
    problems.append("the chat came out wrong: " + json.dumps(chat))
for p in problems:
    print(p, file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
}

# refused HOST PORT CERT: a raw TLS client with CERT (or none) must be dropped by taky:
# the handshake alert or end of stream on the first read, within 5 s, nothing received.
refused() {
    "$PY" - "$1" "$2" "$CERTS" "${3:-}" <<'EOF'
import socket, ssl, sys
host, port, certs, cert = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
ctx = ssl.create_default_context(cafile=f"{certs}/ca.pem")
if cert:
    ctx.load_cert_chain(f"{certs}/{cert}.pem", f"{certs}/{cert}.key")
sock = socket.create_connection((host, port), timeout=5)
try:
    tls = ctx.wrap_socket(sock, server_hostname=host)
    # TLS 1.3: the client's side of the handshake ends before the server checks the client's
    # certificate, so the refusal shows on the first read.
    data = tls.recv(4096)
    if data:
        print(f"received {len(data)} bytes", file=sys.stderr)
        sys.exit(1)
    print("closed (end of stream)")
except ssl.SSLError as exc:
    print(f"refused: {exc.reason or exc}")
except (ConnectionResetError, BrokenPipeError) as exc:
    print(f"refused: {exc}")
except TimeoutError:
    print("still open after 5 s", file=sys.stderr)
    sys.exit(1)
EOF
}

run_mode() { # run_mode tcp|tls
    local mode=$1 port url srv a b c server_args=()
    port=$(free_port)
    if [ "$mode" = tls ]; then
        url="ssl://127.0.0.1:$port"
        server_args=(--tls --certs "$CERTS")
    else
        url="tcp://127.0.0.1:$port"
    fi
    "$PY" "$HERE/server.py" --port "$port" "${server_args[@]}" >"$WORK/$mode-server.out" 2>"$WORK/$mode-server.err" &
    srv=$!
    PIDS+=("$srv")
    if ! wait_line "$WORK/$mode-server.out" ready 15 "$srv"; then
        cat "$WORK/$mode-server.err" >&2
        fail "$mode: the server did not print ready"
        return
    fi
    pass "$mode: taky ready on 127.0.0.1:$port"

    "$PY" "$HERE/client.py" --url "$url" --callsign listener-a --count 3 --timeout 20 \
        >"$WORK/$mode-a.out" 2>"$WORK/$mode-a.err" &
    a=$!
    PIDS+=("$a")
    if ! wait_line "$WORK/$mode-a.out" connected 15 "$a"; then
        cat "$WORK/$mode-a.err" >&2
        fail "$mode: client A did not connect"
        return
    fi
    sleep 0.3 # taky registers A on its next loop turn
    if "$PY" "$HERE/client.py" --url "$url" --callsign sender-b --send "$WORK/events.cot" --timeout 2 \
        >"$WORK/$mode-b.out" 2>"$WORK/$mode-b.err" && grep -qx connected "$WORK/$mode-b.out"; then
        pass "$mode: client B sent 3 events"
    else
        cat "$WORK/$mode-b.err" >&2
        fail "$mode: client B could not send"
    fi
    local a_status=0
    wait "$a" || a_status=$?
    if [ $a_status -ne 0 ]; then
        cat "$WORK/$mode-a.err" >&2
        fail "$mode: client A exited $a_status (3 events expected within 20 s)"
    fi
    if check_relay "$WORK/$mode-a.out"; then
        pass "$mode: client A got the SA, the route and the chat, parsed"
    else
        cut -c1-400 "$WORK/$mode-a.out" >&2
        fail "$mode: client A's events are incomplete"
    fi

    # A late joiner gets taky's cached a-* events (the SA), not the route or the chat.
    c=0
    "$PY" "$HERE/client.py" --url "$url" --callsign late-c --count 1 --timeout 5 \
        >"$WORK/$mode-c.out" 2>"$WORK/$mode-c.err" || c=$?
    if [ $c -eq 0 ] && grep -q '"uid": "ANDROID-selftest-alpha1"' "$WORK/$mode-c.out"; then
        pass "$mode: a late joiner got the SA replayed"
    else
        cat "$WORK/$mode-c.err" >&2
        fail "$mode: a late joiner did not get the SA replayed (exit $c)"
    fi

    if [ "$mode" = tls ]; then
        local out
        if out=$(refused 127.0.0.1 "$port" ""); then
            pass "tls: a client with no certificate is refused ($out)"
        else
            fail "tls: a client with no certificate was not refused"
        fi
        if out=$(refused 127.0.0.1 "$port" other); then
            pass "tls: a client with another CA's certificate is refused ($out)"
        else
            fail "tls: a client with another CA's certificate was not refused"
        fi
        # The same through pytak, sending the events: dropped, and nothing reaches listener D.
        "$PY" "$HERE/client.py" --url "$url" --callsign listener-d --count 2 --timeout 6 \
            >"$WORK/tls-d.out" 2>"$WORK/tls-d.err" &
        local d=$!
        PIDS+=("$d")
        wait_line "$WORK/tls-d.out" connected 15 "$d" || fail "tls: listener D did not connect"
        # D gets the replayed SA on connecting, and must get nothing else in its 6 s.
        local e=0
        "$PY" "$HERE/client.py" --url "$url" --cert other --callsign intruder --send "$WORK/events.cot" \
            --timeout 3 >"$WORK/tls-e.out" 2>"$WORK/tls-e.err" || e=$?
        wait "$d" || true
        if [ $e -ne 0 ] && ! grep -q '^{' "$WORK/tls-e.out"; then
            pass "tls: pytak with another CA's certificate is dropped (exit $e)"
        else
            fail "tls: pytak with another CA's certificate was not dropped (exit $e)"
        fi
        if [ "$(grep -c '^{' "$WORK/tls-d.out")" -eq 1 ] && grep -q '"uid": "ANDROID-selftest-alpha1"' "$WORK/tls-d.out"; then
            pass "tls: nothing the refused client sent was relayed"
        else
            fail "tls: the refused client's events were relayed: $(cut -c1-200 "$WORK/tls-d.out")"
        fi
    fi

    kill "$srv"
    local s=0
    wait "$srv" || s=$?
    if [ $s -eq 0 ]; then
        pass "$mode: the server stopped cleanly on SIGTERM"
    else
        cat "$WORK/$mode-server.err" >&2
        fail "$mode: the server exited $s on SIGTERM"
    fi
}

run_mode tcp
run_mode tls

if [ $FAILURES -ne 0 ]; then
    echo "selftest: $FAILURES check(s) failed" >&2
    exit 1
fi
echo "selftest: all checks passed" >&2
