#!/usr/bin/env python3
"""Writes the CoT fixtures of Tests/CoTTests/Fixtures: events as pytak and ATAK write them, and
the TAK protocol (protobuf) bytes takproto makes of each.

Run in a virtual environment with the reference libraries:

    python3 -m venv /tmp/cotvenv && /tmp/cotvenv/bin/pip install pytak takproto
    /tmp/cotvenv/bin/python tools/cot-fixtures/make-fixtures.py

For each fixture NAME it writes
    NAME.xml                  the event as sent on a TAK stream (pytak.serialize_cot: declaration, newline, event)
    NAME.takproto.hex         takproto.xml2proto(xml, MESH) without its 0xBF 0x01 0xBF header: the TakMessage
    NAME.takproto-stream.hex  takproto.xml2proto(xml, STREAM): 0xBF, varint length, TakMessage
and versions.txt with the library versions used. Times are fixed, so the output is the same on every run.
The event layouts (element and attribute order) follow ATAK's own CoT where the event is ATAK's.
"""
import datetime
import importlib.metadata
import os
import xml.etree.ElementTree as ET

import pytak
import takproto
from takproto.functions import xml2message

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "CoTTests", "Fixtures")

# pytak names its flow tag after the host; fix it so the fixtures do not depend on the machine.
pytak.DEFAULT_HOST_ID = "pytak@guidepost-gw"

T0 = datetime.datetime(2026, 12, 3, 1, 2, 3, 456000, tzinfo=datetime.timezone.utc)


def atak_time(t: datetime.datetime) -> str:
    """ATAK writes milliseconds."""
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def event(uid, cot_type, how, lat, lon, hae, ce, le, stale_s=60, time_format=atak_time):
    """<event> and <point> in ATAK's attribute order."""
    e = ET.Element("event")
    for k, v in [("version", "2.0"), ("uid", uid), ("type", cot_type), ("time", time_format(T0)),
                 ("start", time_format(T0)), ("stale", time_format(T0 + datetime.timedelta(seconds=stale_s))),
                 ("how", how)]:
        e.set(k, v)
    p = ET.SubElement(e, "point")
    for k, v in [("lat", lat), ("lon", lon), ("hae", hae), ("ce", ce), ("le", le)]:
        p.set(k, v)
    return e


def sub(parent, name, attrs=(), text=None):
    element = ET.SubElement(parent, name)
    for k, v in attrs:
        element.set(k, v)
    if text is not None:
        element.text = text
    return element


def sa_atak():
    """An ATAK position report (SA) as ATAK 5 sends it through a TAK server."""
    e = event("ANDROID-589520ccfcd20f01", "a-f-G-U-C", "h-e", "38.2654321", "127.4567891", "212.3", "4.9",
              "9999999.0", stale_s=75)
    d = sub(e, "detail")
    sub(d, "takv", [("os", "34"), ("version", "5.1.0.6 (f0cdf35e)[playstore].1712854563-CIV"),
                    ("device", "SAMSUNG SM-G991N"), ("platform", "ATAK-CIV")])
    sub(d, "contact", [("endpoint", "*:-1:stcp"), ("callsign", "BRAVO-2")])
    sub(d, "uid", [("Droid", "BRAVO-2")])
    sub(d, "precisionlocation", [("altsrc", "GPS"), ("geopointsrc", "GPS")])
    sub(d, "__group", [("role", "Team Lead"), ("name", "Cyan")])
    sub(d, "status", [("battery", "87")])
    sub(d, "track", [("course", "142.7"), ("speed", "1.25")])
    return e


def sa_pytak():
    """pytak's own event (cot_event with a callsign): flow tags, then the contact."""
    e = pytak.cot_event(lat=38.1234567, lon=127.7654321, ce=10, hae=55, le=9999999.0, uid="guidepost-gw",
                        stale=120, cot_type="a-f-G-U-C", callsign="GUIDEPOST")
    stamp = T0.strftime(pytak.W3C_XML_DATETIME)
    for k, v in [("time", stamp), ("start", stamp),
                 ("stale", (T0 + datetime.timedelta(seconds=120)).strftime(pytak.W3C_XML_DATETIME))]:
        e.set(k, v)
    for tags in e.iter("_flow-tags_"):
        for k in list(tags.attrib):
            tags.set(k, stamp)
    return e


def geochat():
    """A GeoChat message to All Chat Rooms, as ATAK sends it (Korean text; takproto's GeoChat path
    cannot take a newline in it: its regex has no DOTALL)."""
    sender, message_id = "ANDROID-589520ccfcd20f01", "f3a2c1d0-1b2c-4d5e-8f90-a1b2c3d4e5f6"
    e = event(f"GeoChat.{sender}.All Chat Rooms.{message_id}", "b-t-f", "h-g-i-g-o", "38.2654321", "127.4567891",
              "9999999.0", "9999999.0", "9999999.0", stale_s=86400)
    d = sub(e, "detail")
    chat = sub(d, "__chat", [("parent", "RootContactGroup"), ("groupOwner", "false"), ("messageId", message_id),
                             ("chatroom", "All Chat Rooms"), ("id", "All Chat Rooms"), ("senderCallsign", "BRAVO-2")])
    sub(chat, "chatgrp", [("uid0", sender), ("uid1", "All Chat Rooms"), ("id", "All Chat Rooms")])
    sub(d, "link", [("uid", sender), ("type", "a-f-G-U-C"), ("relation", "p-p")])
    sub(d, "remarks", [("source", f"BAO.F.ATAK.{sender}"), ("to", "All Chat Rooms"), ("time", atak_time(T0))],
        "북쪽 철책 200m, 인원 1명 확인 & 접근 중 <주의>")
    sub(d, "__serverdestination", [("destinations", "10.0.0.5:8089:tcp:" + sender)])
    return e


def route():
    """A route (b-m-r) with three check points, as ATAK's route tool writes it."""
    e = event("9a1d5b1e-0b7e-4c55-9d0e-6f1f4d5b2a11", "b-m-r", "h-e", "38.25", "127.45", "0.0", "9999999.0",
              "9999999.0", stale_s=86400)
    d = sub(e, "detail")
    for n, (lat, lon) in enumerate([(38.25, 127.45), (38.2468, 127.4512), (38.2431, 127.4533)], 1):
        sub(d, "link", [("uid", f"9a1d5b1e-cp{n}"), ("callsign", f"CP{n}"), ("type", "b-m-p-w"),
                        ("point", f"{lat},{lon},0.0"), ("remarks", ""), ("relation", "c")])
    sub(d, "link_attr", [("planningmethod", "Infil"), ("color", "-1"), ("method", "Walking"),
                         ("prefix", "CP"), ("type", "On Foot"), ("stroke", "3"), ("direction", "Infil"),
                         ("routetype", "Primary"), ("order", "Ascending Check Points")])
    sub(d, "strokeColor", [("value", "-1")])
    sub(d, "strokeWeight", [("value", "3.0")])
    info = sub(d, "__routeinfo")
    sub(info, "__navcues")
    sub(d, "contact", [("callsign", "Guidance 7")])
    sub(d, "remarks", [], "Safe lane south; avoid the paddy edge.")
    sub(d, "archive")
    sub(d, "labels_on", [("value", "false")])
    sub(d, "color", [("value", "-1")])
    return e


def marker_spot():
    """A spot marker (b-m-p-s-m) as ATAK drops it."""
    e = event("5c1b2a3d-7e8f-4a9b-8c0d-1e2f3a4b5c6d", "b-m-p-s-m", "h-g-i-g-o", "38.2612", "127.4398", "187.0",
              "9999999.0", "9999999.0", stale_s=31536000)
    d = sub(e, "detail")
    sub(d, "status", [("readiness", "true")])
    sub(d, "archive")
    sub(d, "link", [("uid", "ANDROID-589520ccfcd20f01"), ("production_time", atak_time(T0)), ("type", "a-f-G-U-C"),
                    ("parent_callsign", "BRAVO-2"), ("relation", "p-p")])
    sub(d, "contact", [("callsign", "R 1")])
    sub(d, "remarks")
    sub(d, "color", [("argb", "-65536")])
    sub(d, "precisionlocation", [("altsrc", "DTED0")])
    sub(d, "usericon", [("iconsetpath", "COT_MAPPING_SPOTMAP/b-m-p-s-m/-65536")])
    return e


def marker_unknown():
    """An unknown-affiliation ground marker (a-u-G) for a sighted person."""
    e = event("guidepost.track.T-0042", "a-u-G", "m-g", "38.2701", "127.4322", "9999999.0", "35.0", "9999999.0",
              stale_s=300)
    d = sub(e, "detail")  # Guidepost's own layout: contact first, track last (all typed in TAK protocol)
    sub(d, "contact", [("callsign", "T-0042")])
    sub(d, "remarks", [], "Thermal: 1 person, walking south")
    sub(d, "archive")
    sub(d, "track", [("course", "181.0"), ("speed", "0.8")])
    return e


def alert():
    """An alert: ATAK's emergency (b-a-o-tbl, '911 Alert'), with multi-line remarks."""
    e = event("guidepost.alert.A-0007", "b-a-o-tbl", "m-g", "38.2701", "127.4322", "9999999.0", "35.0",
              "9999999.0", stale_s=600)
    d = sub(e, "detail")  # Guidepost's own layout: contact first
    sub(d, "contact", [("callsign", "GUIDEPOST")])
    sub(d, "link", [("uid", "guidepost.track.T-0042"), ("type", "a-u-G"), ("relation", "p-p")])
    sub(d, "emergency", [("type", "911 Alert")], "GUIDEPOST")
    sub(d, "remarks", [], "경보: 군사분계선 남쪽 150 m\nPerson crossing at GP-3 \"east\" & heading south")
    return e


def takp_offer():
    """TAK Server's protocol offer (t-x-takp-v)."""
    e = event("protouid-8f6f6794-466d-4404-9b60-557511f9dab1", "t-x-takp-v", "m-g", "0.0", "0.0", "0.0",
              "999999", "999999")
    d = sub(e, "detail")
    control = sub(d, "TakControl")
    sub(control, "TakProtocolSupport", [("version", "1")])
    sub(control, "TakServerVersionInfo", [("serverVersion", "5.2-RELEASE-30-HEAD"), ("apiVersion", "3")])
    return e


def takp_response(status):
    e = event("protouid-8f6f6794-466d-4404-9b60-557511f9dab1", "t-x-takp-r", "m-g", "0.0", "0.0", "0.0",
              "999999", "999999")
    d = sub(e, "detail")
    sub(sub(d, "TakControl"), "TakResponse", [("status", status)])
    return e


FIXTURES = {
    "sa-atak": sa_atak, "sa-pytak": sa_pytak, "geochat": geochat, "route": route, "marker-spot": marker_spot,
    "marker-unknown": marker_unknown, "alert": alert, "takp-offer": takp_offer,
    "takp-response-true": lambda: takp_response("true"), "takp-response-false": lambda: takp_response("false"),
}


def check_times(xml: bytes, message) -> None:
    """takproto computes milliseconds through a float; make sure no fixture time was rounded down."""
    root = ET.fromstring(xml)
    for attr, field in [("time", "sendTime"), ("start", "startTime"), ("stale", "staleTime")]:
        text = root.get(attr)
        base, _, frac = text[:-1].partition(".")
        t = datetime.datetime.strptime(base, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=datetime.timezone.utc)
        exact = (t - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)) // datetime.timedelta(milliseconds=1)
        exact += int((frac + "000")[:3]) if frac else 0
        got = getattr(message.cotEvent, field)
        assert got == exact, f"takproto {field} {got} != {exact} for {text}"


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    for name, make in FIXTURES.items():
        xml = pytak.serialize_cot(make())
        mesh = takproto.xml2proto(xml, takproto.TAKProtoVer.MESH)
        stream = takproto.xml2proto(xml, takproto.TAKProtoVer.STREAM)
        assert bytes(mesh[:3]) == b"\xbf\x01\xbf"
        check_times(xml, xml2message(xml))
        with open(os.path.join(OUT, f"{name}.xml"), "wb") as f:
            f.write(xml)
        with open(os.path.join(OUT, f"{name}.takproto.hex"), "w") as f:
            f.write(bytes(mesh[3:]).hex() + "\n")
        with open(os.path.join(OUT, f"{name}.takproto-stream.hex"), "w") as f:
            f.write(bytes(stream).hex() + "\n")
    with open(os.path.join(OUT, "versions.txt"), "w") as f:
        for package in ["pytak", "takproto", "protobuf"]:
            f.write(f"{package} {importlib.metadata.version(package)}\n")
    print(f"wrote {len(FIXTURES)} fixtures to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
