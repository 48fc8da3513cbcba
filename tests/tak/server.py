#!/usr/bin/env python3
"""tests/tak/server.py --port P [--tls --certs DIR] [--host 127.0.0.1] [--log-level L]

Runs a real taky CoT server (taky.cot.COTServer, the same object `taky` runs) in the
foreground on HOST:P, for the tests. Run it with the venv's python (GUIDEPOST_TAK_PYTHON from
tools/with-tak.sh).

  plain:  a TCP CoT stream, XML only.
  --tls:  TLS that requires a client certificate signed by DIR/ca.pem; the server presents
          DIR/server.pem (SAN 127.0.0.1, localhost). A client with no certificate, or one from
          another CA, is dropped during the handshake.

taky is configured through a taky.conf written into a fresh temporary folder, which is also
its root_dir (its management socket, taky-mgmt.sock, lives there) and its upload path; the
folder is removed on exit, so nothing is written elsewhere. No COT log, no Redis (persistence
is in memory), no monitor port.

Prints exactly one line, `ready`, to stdout once the listening socket accepts connections
(everything else goes to stderr), then serves until SIGTERM or SIGINT, on which it
disconnects its clients and exits 0. Exits 1 if the server cannot start (the port is taken,
a certificate is missing).
"""

import argparse
import logging
import os
import shutil
import signal
import sys
import tempfile
import warnings

# taky 0.10 imports pkg_resources, which setuptools 81 flags as deprecated on import.
warnings.filterwarnings("ignore", message="pkg_resources is deprecated")

from taky.config import load_config, app_config  # noqa: E402
from taky.cot import COTServer  # noqa: E402


class Stop(Exception):
    """Raised from the signal handler, so a stop does not wait out taky's 1 s select()."""


def write_config(folder, args):
    lines = [
        "[taky]",
        f"bind_ip = {args.host}",
        f"root_dir = {folder}",
        "[dp_server]",
        f"upload_path = {os.path.join(folder, 'dp-user')}",
        "[cot_server]",
        f"port = {args.port}",
        "[ssl]",
        f"enabled = {'true' if args.tls else 'false'}",
    ]
    if args.tls:
        certs = os.path.abspath(args.certs)
        lines += [
            "client_cert_required = true",
            f"ca = {os.path.join(certs, 'ca.pem')}",
            f"cert = {os.path.join(certs, 'server.pem')}",
            f"key = {os.path.join(certs, 'server.key')}",
            # A revocation list that does not exist: every certificate from the CA is let in.
            f"cert_db = {os.path.join(folder, 'cert-db.txt')}",
        ]
    path = os.path.join(folder, "taky.conf")
    with open(path, "w", encoding="utf8") as conf:
        conf.write("\n".join(lines) + "\n")
    return path


def main():
    argp = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argp.add_argument("--port", type=int, required=True)
    argp.add_argument("--host", default="127.0.0.1")
    argp.add_argument("--tls", action="store_true")
    argp.add_argument("--certs", default=os.environ.get("GUIDEPOST_TAK_CERTS"))
    argp.add_argument("--log-level", default="warning",
                      choices=["debug", "info", "warning", "error", "critical"])
    args = argp.parse_args()
    if args.tls and not args.certs:
        argp.error("--tls needs --certs DIR (or GUIDEPOST_TAK_CERTS)")

    logging.basicConfig(level=args.log_level.upper(), stream=sys.stderr,
                        format="taky %(levelname)s %(name)s: %(message)s")

    folder = tempfile.mkdtemp(prefix="guidepost-taky.")
    server = None
    status = 0
    try:
        load_config(write_config(folder, args), explicit=True)
        # taky reads relative paths against its working directory in places: keep it in the folder.
        os.chdir(folder)

        def stop(signum, _frame):
            raise Stop(signal.Signals(signum).name)

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

        server = COTServer()
        try:
            server.sock_setup()  # binds and listen()s: connections queue from here on
        except Exception as exc:  # pylint: disable=broad-except
            print(f"server.py: taky did not start on {args.host}:{args.port}: {exc}",
                  file=sys.stderr)
            status = 1
            return status
        print("ready", flush=True)
        logging.info("taky %s on %s:%s", "tls" if args.tls else "tcp",
                     app_config.get("taky", "bind_ip"), app_config.get("cot_server", "port"))
        try:
            while True:
                server.loop()
        except Stop:
            pass
    except Stop:
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if server is not None:
            try:
                server.shutdown()
            except Exception as exc:  # pylint: disable=broad-except
                print(f"server.py: taky shutdown: {exc}", file=sys.stderr)
                status = 1
        shutil.rmtree(folder, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
