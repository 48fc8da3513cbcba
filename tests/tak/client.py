#!/usr/bin/env python3
"""tests/tak/client.py --url tcp://127.0.0.1:P|ssl://127.0.0.1:P [--certs DIR] [--count N]
                      [--timeout S] [--send FILE] [--callsign C] [--cert NAME]

A real pytak client, for the tests: the connection, the send queue and the reader (which cuts
the stream at each `</event>`) are pytak's own (pytak.CLITool, pytak.protocol_factory,
pytak.TXWorker/RXWorker, configured with pytak's keys: COT_URL, PYTAK_TLS_CLIENT_CERT, …).
Run it with the venv's python (GUIDEPOST_TAK_PYTHON from tools/with-tak.sh).

stdout, one line each, flushed:
  connected                       once the connection (and TLS handshake) is up
  {"recv_ns": …, "uid": …, …}     each event received, parsed with xml.etree from the bytes
                                  pytak delivered (see fields below); everything is printed,
                                  taky's own events (pongs, t-x-…) too
  {"error": "…", "recv_ns": …, "raw": "…"}   a received chunk that does not parse
Event fields: recv_ns (time.time_ns()), uid, type, how, time, start, stale, lat, lon, hae, ce,
le (numbers, or null when missing/not numeric), callsign (detail/contact@callsign or null),
remarks (detail/remarks text or null), detail_xml ("<detail>…</detail>" or null).

--send FILE: after connecting, sends each non-blank line of FILE (one CoT XML event a line) as
it stands, in order, through pytak's TX queue; taky needs no newline or XML declaration
between events, so none is added.
--callsign C: pytak's COT_HOST_ID (the uid of pytak's hello event, if --hello); no effect on
the events sent from FILE.
--cert NAME: with ssl://, which client certificate in DIR to present (default pytak:
DIR/pytak.pem + DIR/pytak.key); the server is verified against DIR/ca.pem and 127.0.0.1.
--hello: let pytak send its t-x-d-d hello event on connecting (off by default, because taky
relays it to every other client).

Stops after N events (--count) or S seconds (--timeout, default 30), whichever is first.
Exit status: 0 when N events arrived (or, without --count, when S seconds passed);
2 when S seconds passed with fewer than N; 3 when the server closed the connection first;
1 when it could not connect (message on stderr).
"""

import argparse
import asyncio
import configparser
import json
import os
import sys
import time
import warnings
import xml.etree.ElementTree as ET

warnings.filterwarnings("ignore", message="Disabled TLS")
warnings.filterwarnings("ignore", message="The .aiohttp. package")

import pytak  # noqa: E402


def number(value):
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def describe(data: bytes, recv_ns: int) -> dict:
    """One received chunk (pytak delivers the bytes up to and with `</event>`) as a dict."""
    text = data.decode("utf-8", errors="replace")
    try:
        elm = ET.fromstring(text.lstrip())
    except ET.ParseError as exc:
        return {"error": f"XML parse error: {exc}", "recv_ns": recv_ns, "raw": text}
    if elm.tag != "event":
        return {"error": f"root element is <{elm.tag}>, not <event>", "recv_ns": recv_ns,
                "raw": text}
    point = elm.find("point")
    detail = elm.find("detail")
    contact = detail.find("contact") if detail is not None else None
    remarks = detail.find("remarks") if detail is not None else None
    pget = (lambda k: point.get(k)) if point is not None else (lambda k: None)
    return {
        "recv_ns": recv_ns,
        "uid": elm.get("uid"),
        "type": elm.get("type"),
        "how": elm.get("how"),
        "time": elm.get("time"),
        "start": elm.get("start"),
        "stale": elm.get("stale"),
        "lat": number(pget("lat")),
        "lon": number(pget("lon")),
        "hae": number(pget("hae")),
        "ce": number(pget("ce")),
        "le": number(pget("le")),
        "callsign": contact.get("callsign") if contact is not None else None,
        "remarks": remarks.text if remarks is not None else None,
        "detail_xml": (ET.tostring(detail, encoding="unicode").strip()
                       if detail is not None else None),
    }


def emit(obj):
    sys.stdout.write((obj if isinstance(obj, str) else json.dumps(obj)) + "\n")
    sys.stdout.flush()


class Printer(pytak.QueueWorker):
    """Drains pytak's RX queue: one JSON line per received event."""

    def __init__(self, queue, config, count, done):
        super().__init__(queue, config)
        self.count = count
        self.done = done
        self.seen = 0

    async def handle_data(self, data):
        emit(describe(data, time.time_ns()))
        self.seen += 1
        if self.count and self.seen >= self.count:
            self.done.set()


class Sender(pytak.QueueWorker):
    """Puts each event of the file onto pytak's TX queue, once."""

    def __init__(self, queue, config, events):
        super().__init__(queue, config)
        self.events = events

    async def run(self, _=-1):
        for event in self.events:
            await self.put_queue(event)
        await asyncio.Event().wait()  # stay, as CLITool expects its workers to

    async def handle_data(self, data):  # pragma: no cover - not used
        pass


def make_config(args):
    conf = configparser.ConfigParser(interpolation=None)
    conf["pytak"] = {
        "COT_URL": args.url,
        "COT_HOST_ID": args.callsign,
        "TAK_PROTO": "0",  # XML on the wire, as taky speaks
        "PYTAK_NO_HELLO": "" if args.hello else "1",
        "MAX_IN_QUEUE": "10000",
        "MAX_OUT_QUEUE": "10000",
    }
    scheme = args.url.split("://", 1)[0].lower()
    if scheme.startswith(("ssl", "tls")):
        if not args.certs:
            raise SystemExit("client.py: ssl:// needs --certs DIR (or GUIDEPOST_TAK_CERTS)")
        certs = os.path.abspath(args.certs)
        conf["pytak"].update({
            "PYTAK_TLS_CLIENT_CERT": os.path.join(certs, f"{args.cert}.pem"),
            "PYTAK_TLS_CLIENT_KEY": os.path.join(certs, f"{args.cert}.key"),
            "PYTAK_TLS_CLIENT_CAFILE": os.path.join(certs, "ca.pem"),
        })
    return conf["pytak"]


async def run(args, events):
    config = make_config(args)
    clitool = pytak.CLITool(config)
    try:
        await asyncio.wait_for(clitool.setup(), timeout=min(args.timeout, 15))
    except Exception as exc:  # pylint: disable=broad-except
        print(f"client.py: could not connect to {args.url}: {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return 1
    readers = [t.reader for t in clitool.tasks if isinstance(t, pytak.RXWorker)]
    emit("connected")

    done = asyncio.Event()
    printer = Printer(clitool.rx_queue, config, args.count, done)
    clitool.add_task(printer)
    if events:
        clitool.add_task(Sender(clitool.tx_queue, config, events))
    runner = asyncio.ensure_future(clitool.run())

    # pytak's RXWorker turns end of stream into "nothing read" and reads again, so watch the
    # stream ourselves for the server closing the connection.
    async def closed():
        while not any(r.at_eof() for r in readers):
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)  # let the printer drain what came before the close

    closer = asyncio.ensure_future(closed())
    finished = asyncio.ensure_future(done.wait())
    await asyncio.wait({runner, closer, finished}, timeout=args.timeout,
                       return_when=asyncio.FIRST_COMPLETED)

    if done.is_set():
        status = 0
    elif runner.done() and runner.exception() is not None:
        print(f"client.py: pytak stopped: {runner.exception()!r}", file=sys.stderr)
        status = 3
    elif closer.done():
        print("client.py: the server closed the connection", file=sys.stderr)
        status = 3
    else:
        status = 2 if args.count else 0
        if status:
            print(f"client.py: {printer.seen} of {args.count} events in {args.timeout} s",
                  file=sys.stderr)
    for task in (runner, closer, finished):
        task.cancel()
    for task in list(clitool.running_tasks):
        task.cancel()
    return status


def main():
    argp = argparse.ArgumentParser(description="A pytak client for the TAK tests")
    argp.add_argument("--url", required=True, help="tcp://HOST:PORT or ssl://HOST:PORT")
    argp.add_argument("--certs", default=os.environ.get("GUIDEPOST_TAK_CERTS"))
    argp.add_argument("--cert", default="pytak", help="client certificate name in --certs")
    argp.add_argument("--count", type=int, default=0)
    argp.add_argument("--timeout", type=float, default=30.0)
    argp.add_argument("--send", metavar="FILE")
    argp.add_argument("--callsign", default="pytak")
    argp.add_argument("--hello", action="store_true")
    args = argp.parse_args()

    events = []
    if args.send:
        with open(args.send, "rb") as src:
            events = [line.strip() for line in src if line.strip()]
    try:
        return asyncio.run(run(args, events))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
