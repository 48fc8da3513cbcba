#!/usr/bin/env python3
"""Derive Guidepost's MDL data file from the Natural Earth line (standard library only).

Input : ../shared/data/geo/mdl.geojson (Natural Earth 1:10m, public domain; see its SOURCES.md)
Output: Sources/Border/Resources/mdl-guidepost.geojson

One published correction is applied, nothing else is invented:
  The Joint Security Area conference row at Panmunjom (37.95583 N, 126.67667 E) straddles
  the MDL, but lies 1.25 km from the generalised Natural Earth line. We pin the line through
  it: the nearest point of the line is moved onto the JSA and the displacement is tapered
  to zero with a raised cosine over TAPER_M metres of line either side (vertices are added
  every STEP_M metres inside the taper so the bend stays smooth). Vertices outside the
  taper are copied unchanged.

The line is NOT stretched to the official 248 km (docs/border.md explains why).

Usage: python3 tools/make-mdl.py [input] [output]
"""
import json
import math
import sys

JSA = (126.67667, 37.95583)  # lon, lat; domain.md section 1.4
TAPER_M = 12_000.0
STEP_M = 500.0
R = 6_371_008.8  # mean Earth radius, metres (haversine lengths)


def haversine(a, b):
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * R * math.asin(math.sqrt(h))


def length(line):
    return sum(haversine(line[i], line[i + 1]) for i in range(len(line) - 1))


class Local:
    """Equirectangular metres about a reference point: ample for a 12 km taper."""

    def __init__(self, lon0, lat0):
        self.lon0, self.lat0 = lon0, lat0
        self.kx = math.radians(1) * R * math.cos(math.radians(lat0))
        self.ky = math.radians(1) * R

    def fwd(self, p):
        return ((p[0] - self.lon0) * self.kx, (p[1] - self.lat0) * self.ky)

    def inv(self, q):
        return (self.lon0 + q[0] / self.kx, self.lat0 + q[1] / self.ky)


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/geo/mdl.geojson"
    out = sys.argv[2] if len(sys.argv) > 2 else "Sources/Border/Resources/mdl-guidepost.geojson"
    with open(src) as f:
        doc = json.load(f)
    feature = doc["features"][0]
    line = [tuple(c) for c in feature["geometry"]["coordinates"]]
    loc = Local(*JSA)
    xy = [loc.fwd(p) for p in line]
    cum = [0.0]
    for i in range(len(xy) - 1):
        cum.append(cum[-1] + math.dist(xy[i], xy[i + 1]))
    # Nearest point of the line to the JSA (the JSA is the local origin).
    best = None
    for i in range(len(xy) - 1):
        (ax, ay), (bx, by) = xy[i], xy[i + 1]
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
        px, py = ax + t * dx, ay + t * dy
        dist = math.hypot(px, py)
        if best is None or dist < best[0]:
            best = (dist, cum[i] + t * math.dist(xy[i], xy[i + 1]), (px, py))
    offset_m, s_jsa, near = best
    shift = (-near[0], -near[1])
    # Sample positions: original vertices outside the taper, plus a regular comb inside it.
    s_values = sorted(set([c for c in cum if abs(c - s_jsa) >= TAPER_M] +
                          [s_jsa + k * STEP_M for k in range(-int(TAPER_M // STEP_M), int(TAPER_M // STEP_M) + 1)
                           if 0 <= s_jsa + k * STEP_M <= cum[-1]] +
                          [c for c in cum if abs(c - s_jsa) < TAPER_M]))

    def at(s):
        i = max(0, min(len(cum) - 2, next((k for k in range(len(cum) - 1) if cum[k + 1] >= s), len(cum) - 2)))
        seg = cum[i + 1] - cum[i]
        t = 0.0 if seg == 0 else (s - cum[i]) / seg
        return (xy[i][0] + t * (xy[i + 1][0] - xy[i][0]), xy[i][1] + t * (xy[i + 1][1] - xy[i][1]))

    result = []
    for s in s_values:
        x, y = at(s)
        u = abs(s - s_jsa) / TAPER_M
        w = 0.5 * (1 + math.cos(math.pi * u)) if u < 1 else 0.0
        lon, lat = loc.inv((x + w * shift[0], y + w * shift[1]))
        result.append([round(lon, 6), round(lat, 6)])
    dedup = [result[0]] + [p for a, p in zip(result, result[1:]) if p != a]
    props = {
        "name": "Military Demarcation Line 1953 (Guidepost)",
        "role": "MDL",
        "source": feature["properties"]["source"],
        "retrieved_from": feature["properties"]["retrieved_from"],
        "licence": "Natural Earth: public domain; conversion repository CC0-1.0. This derived file: public domain (CC0-1.0).",
        "method": (f"tools/make-mdl.py: the Natural Earth line (44 vertices) pinned through the JSA conference row "
                   f"({JSA[1]} N, {JSA[0]} E, domain.md 1.4), which lay {offset_m:.0f} m from it; the displacement "
                   f"is tapered by a raised cosine over {TAPER_M/1000:.0f} km of line either side, with vertices every "
                   f"{STEP_M:.0f} m in the taper. All other vertices unchanged. Not stretched to 248 km: see docs/border.md."),
        "vertex_count": len(dedup),
        "length_km_haversine": round(length(dedup) / 1000, 2),
        "source_length_km_haversine": round(length(line) / 1000, 2),
        "jsa_offset_before_m": round(offset_m, 1),
        "official_length_km": 248,
        "accuracy_note": "1:10,000,000 generalisation; errors of 0.3-2 km away from the JSA. Simulation backdrop only.",
    }
    out_doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": {"type": "LineString", "coordinates": dedup}}]}
    with open(out, "w") as f:
        json.dump(out_doc, f, indent=1)
        f.write("\n")
    print(f"{out}: {len(dedup)} vertices, {length(dedup)/1000:.2f} km (source {length(line)/1000:.2f} km); "
          f"JSA was {offset_m:.0f} m off, now on the line", file=sys.stderr)


if __name__ == "__main__":
    main()
