#!/usr/bin/env bash
# tools/with-tak.sh CMD ARGS…: runs CMD with what the real-TAK-server tests need.
#
# Makes (or repairs) the Python venv .venv-tak in the repository root with pinned taky (the
# TAK server), pytak (the TAK client library) and takproto, makes a throwaway certificate
# folder (a CA, a server certificate for 127.0.0.1/localhost, client certificates for
# "guidepost" and for pytak clients; see tests/tak/README.md), exports
#   GUIDEPOST_TAK_PYTHON=<abs path to .venv-tak/bin/python>
#   GUIDEPOST_TAK_CERTS=<the certificate folder>
#   GUIDEPOST_REQUIRE_TAK=1          (tests needing taky/pytak fail, not skip, if they are gone)
# runs CMD, then removes the certificate folder (also on failure or Ctrl-C), and exits with
# CMD's status. It starts no server: each test starts its own tests/tak/server.py on a free
# port. Composes with the other wrapper: tools/with-postgres.sh tools/with-tak.sh swift test.
# On a Debian machine without python3's venv module it installs python3-venv with apt-get
# (as root).
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: tools/with-tak.sh CMD [ARGS…]" >&2
    exit 2
fi

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$ROOT/.venv-tak"
# Exact pins, checked together on Python 3.11 (Debian 12): taky 0.10 is the newest release and
# needs pkg_resources, which setuptools 82 removed, hence setuptools<82.
PINS=(setuptools==81.0.0 taky==0.10 pytak==7.6.1 takproto==3.0.1)
STAMP="$VENV/.guidepost-pins"

venv_ok() {
    [ -x "$VENV/bin/python" ] &&
        [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "${PINS[*]}" ] &&
        "$VENV/bin/python" -c 'import taky.cot, pytak, takproto, lxml' >/dev/null 2>&1
}

if ! venv_ok; then
    # One builder at a time (two wrappers started together share the venv): lock this script.
    exec 9<"${BASH_SOURCE[0]}"
    flock 9
    if ! venv_ok; then
        if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
            if [ "$(id -u)" -ne 0 ]; then
                echo "with-tak: python3's venv module is missing; install python3-venv (apt-get install python3-venv) as root" >&2
                exit 1
            fi
            echo "with-tak: installing python3-venv" >&2
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
        fi
        echo "with-tak: making $VENV (${PINS[*]})" >&2
        rm -rf "$VENV"
        python3 -m venv "$VENV"
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-input "${PINS[@]}" >&2 || {
            echo "with-tak: pip install failed" >&2
            rm -rf "$VENV"
            exit 1
        }
        echo "${PINS[*]}" >"$STAMP"
        venv_ok || { echo "with-tak: the venv does not import taky/pytak/takproto" >&2; exit 1; }
    fi
    exec 9<&-
fi

DIR=$(mktemp -d "${TMPDIR:-/tmp}/guidepost-tak.XXXXXX")
chmod 700 "$DIR"

cleanup() {
    rm -rf "$DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The certificates: RSA 2048, SHA-256, valid 2 days (they live as long as this run).
# ca.pem/ca.key               the CA that signs the rest; taky and clients trust it
# server.pem/server.key       CN=taky, SAN IP:127.0.0.1, DNS:localhost, serverAuth
# guidepost.pem/guidepost.key CN=guidepost, clientAuth; guidepost.p12 (password atakatak)
# pytak.pem/pytak.key         CN=pytak, clientAuth (shared by every pytak client)
# other.pem/other.key         a client certificate from a second CA that taky must refuse
make_certs() {
    local d=$1 name
    cd "$d"
    cat >ext.cnf <<'EOF'
[gp_ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[gp_server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
[gp_client]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
EOF
    openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 2 \
        -subj "/O=Guidepost test/CN=Guidepost test CA" \
        -keyout ca.key -out ca.pem -extensions gp_ca -config <(cat /etc/ssl/openssl.cnf ext.cnf)
    openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 2 \
        -subj "/O=Guidepost test/CN=Untrusted CA" \
        -keyout other-ca.key -out other-ca.pem -extensions gp_ca -config <(cat /etc/ssl/openssl.cnf ext.cnf)
    sign() { # sign NAME CN PROFILE CA
        openssl req -new -newkey rsa:2048 -nodes -subj "/O=Guidepost test/CN=$2" \
            -keyout "$1.key" -out "$1.csr"
        openssl x509 -req -in "$1.csr" -CA "$4.pem" -CAkey "$4.key" -CAcreateserial -sha256 -days 2 \
            -extfile ext.cnf -extensions "gp_$3" -out "$1.pem"
        rm -f "$1.csr"
    }
    sign server taky server ca
    sign guidepost guidepost client ca
    sign pytak pytak client ca
    sign other other client other-ca
    openssl pkcs12 -export -in guidepost.pem -inkey guidepost.key -certfile ca.pem \
        -name guidepost -passout pass:atakatak -out guidepost.p12
    rm -f ext.cnf ./*.srl other-ca.key
    chmod 600 ./*.key guidepost.p12
    for name in server guidepost pytak other; do
        openssl verify -CAfile "$([ $name = other ] && echo other-ca.pem || echo ca.pem)" "$name.pem" >/dev/null
    done
}
# A subshell of its own, so that set -e stops it at the first failing step (and its cd stays there).
set +e
(set -e; make_certs "$DIR") >"$DIR/openssl.log" 2>&1
CERTS_STATUS=$?
set -e
if [ $CERTS_STATUS -ne 0 ]; then
    cat "$DIR/openssl.log" >&2
    echo "with-tak: making the certificates failed" >&2
    exit 1
fi
rm -f "$DIR/openssl.log"

export GUIDEPOST_TAK_PYTHON="$VENV/bin/python"
export GUIDEPOST_TAK_CERTS="$DIR"
export GUIDEPOST_REQUIRE_TAK=1
echo "with-tak: taky/pytak in $VENV, certificates in $DIR" >&2

set +e
"$@"
STATUS=$?
set -e
exit $STATUS
