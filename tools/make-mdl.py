#!/usr/bin/env python3
"""Derive Guidepost's MDL data file from the Natural Earth line (standard library only).

Input : ../shared/data/geo/mdl.geojson (Natural Earth 1:10m, public domain; see its SOURCES.md)
Output: Sources/Border/Resources/mdl-guidepost.geojson

Two changes, both documented in the output's properties and in docs/border.md:
  1. Smoothing. A mitred offset of a polyline folds on the inside of any bend tighter than
     the offset, so the +-2 km limit lines and the (s, d) frame would be multi-valued at the
     sharp vertices of the 1:10M line. The line is densified to 100 m and Laplacian-smoothed
     (ends fixed) until every bend has a radius of at least 2.6 km; this moves it by at most
     a few hundred metres, inside the 0.3-2 km error of the source.
  2. One published correction: the Joint Security Area conference row at Panmunjom
     (37.95583 N, 126.67667 E) straddles the MDL, but lies over a kilometre from the
     generalised line. The line is pinned through it, the displacement tapered to zero with
     a raised cosine over TAPER_M metres of line either side.
Then Douglas-Peucker simplification at 2 m drops redundant vertices.

The line is NOT stretched to the official 248 km (docs/border.md explains why).

Usage: python3 tools/make-mdl.py [input] [output]
"""
import json
import math
import sys

JSA = (126.67667, 37.95583)  # lon, lat; domain.md section 1.4
TAPER_M = 15_000.0
STEP_M = 1000.0
MIN_GAP_M = 400.0
DENSE_M = 100.0
MIN_RADIUS_M = 3_500.0
SIMPLIFY_M = 2.0  # comb points this close to an original vertex are dropped
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


def radii(xy, span):
    """Circumradius of each vertex triple (i - span, i, i + span), metres."""
    out = []
    for i in range(span, len(xy) - span):
        a, b, c = xy[i - span], xy[i], xy[i + span]
        ab, bc, ca = math.dist(a, b), math.dist(b, c), math.dist(c, a)
        area2 = abs((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]))
        out.append(float("inf") if area2 == 0 else ab * bc * ca / (2 * area2))
    return out


def densify(xy, step):
    out = [xy[0]]
    for a, b in zip(xy, xy[1:]):
        n = max(1, int(math.ceil(math.dist(a, b) / step)))
        out += [(a[0] + (b[0] - a[0]) * k / n, a[1] + (b[1] - a[1]) * k / n) for k in range(1, n + 1)]
    return out


def smooth(xy, pinned):
    """Laplacian smoothing of the line densified to DENSE_M, ends and `pinned` held, until
    every bend has a radius >= MIN_RADIUS_M (measured over 200 m baselines). A mitred offset
    folds on the inside of a bend at a distance of about the bend's radius; a radius above
    2 km keeps the +-2 km limit lines and the (s, d) frame single-valued. Returns the points
    and the largest displacement, metres."""
    pts = densify(xy, DENSE_M)
    fixed = {0, len(pts) - 1} | {min(range(len(pts)), key=lambda i: math.dist(pts[i], q)) for q in pinned}
    orig = list(pts)
    passes = 0
    while min(radii(pts, 2)) < MIN_RADIUS_M and passes < 5000:
        new = list(pts)
        for i in range(1, len(pts) - 1):
            if i in fixed:
                continue
            mx = (pts[i - 1][0] + pts[i + 1][0]) / 2
            my = (pts[i - 1][1] + pts[i + 1][1]) / 2
            new[i] = (pts[i][0] + 0.5 * (mx - pts[i][0]), pts[i][1] + 0.5 * (my - pts[i][1]))
        pts = new
        passes += 1
    moved = max(min(math.dist(p, q) for q in orig[max(0, i - 60):i + 60]) for i, p in enumerate(pts))
    return pts, moved, passes


def simplify(xy, tol):
    """Douglas-Peucker with tolerance `tol` metres (keeps the ends)."""
    if len(xy) < 3:
        return xy
    a, b = xy[0], xy[-1]
    dx, dy = b[0] - a[0], b[1] - a[1]
    l = math.hypot(dx, dy) or 1e-9
    far, idx = -1.0, 0
    for i in range(1, len(xy) - 1):
        d = abs(dy * (xy[i][0] - a[0]) - dx * (xy[i][1] - a[1])) / l
        if d > far:
            far, idx = d, i
    if far <= tol:
        return [a, b]
    return simplify(xy[:idx + 1], tol)[:-1] + simplify(xy[idx:], tol)


def pin_through(xy, target):
    """Moves the line so it passes through `target`: the nearest point is moved onto it and
    the displacement tapered to zero by a raised cosine over TAPER_M of line either side.
    Returns the new points and the offset before, metres."""
    cum = [0.0]
    for a, b in zip(xy, xy[1:]):
        cum.append(cum[-1] + math.dist(a, b))
    best = None
    for i in range(len(xy) - 1):
        (ax, ay), (bx, by) = xy[i], xy[i + 1]
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((target[0] - ax) * dx + (target[1] - ay) * dy) / (dx * dx + dy * dy)))
        px, py = ax + t * dx, ay + t * dy
        dist = math.hypot(px - target[0], py - target[1])
        if best is None or dist < best[0]:
            best = (dist, cum[i] + t * math.dist(xy[i], xy[i + 1]), (px, py), i, t)
    offset, s_pin, near, seg, t = best
    shift = (target[0] - near[0], target[1] - near[1])
    pts = xy[:seg + 1] + [near] + xy[seg + 1:]
    ss = cum[:seg + 1] + [s_pin] + cum[seg + 1:]
    out = []
    for p, s in zip(pts, ss):
        u = abs(s - s_pin) / TAPER_M
        w = 0.5 * (1 + math.cos(math.pi * u)) if u < 1 else 0.0
        out.append((p[0] + w * shift[0], p[1] + w * shift[1]))
    return out, offset


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/geo/mdl.geojson"
    out = sys.argv[2] if len(sys.argv) > 2 else "Sources/Border/Resources/mdl-guidepost.geojson"
    with open(src) as f:
        doc = json.load(f)
    feature = doc["features"][0]
    line = [tuple(c) for c in feature["geometry"]["coordinates"]]
    loc = Local(*JSA)
    xy = [loc.fwd(p) for p in line]
    first, offset_m = pin_through(xy, (0.0, 0.0))
    smoothed, moved, passes = smooth(first, [])
    pinned, residual_m = pin_through(smoothed, (0.0, 0.0))
    final = simplify(pinned, SIMPLIFY_M)
    result = [[round(v, 6) for v in loc.inv(q)] for q in final]
    dedup = [result[0]] + [p for a, p in zip(result, result[1:]) if p != a]
    min_radius = min(radii(densify(final, DENSE_M), 2))
    props = {
        "name": "Military Demarcation Line 1953 (Guidepost)",
        "role": "MDL",
        "source": feature["properties"]["source"],
        "retrieved_from": feature["properties"]["retrieved_from"],
        "licence": "Natural Earth: public domain; conversion repository CC0-1.0. This derived file: public domain (CC0-1.0).",
        "method": (f"tools/make-mdl.py: (1) the Natural Earth line (44 vertices) pinned through the JSA (see 2), densified to {DENSE_M:.0f} m and "
                   f"Laplacian-smoothed ({passes} passes, ends fixed) until every bend has a radius >= "
                   f"{MIN_RADIUS_M/1000:.1f} km, so the +-2 km limit lines and the (s, d) frame do not fold; "
                   f"largest displacement {moved:.0f} m. (2) Pinned through the JSA conference row "
                   f"({JSA[1]} N, {JSA[0]} E, domain.md 1.4), which lay {offset_m:.0f} m off the source line, with a raised-cosine "
                   f"taper over {TAPER_M/1000:.0f} km either side, before smoothing and again after it "
                   f"({residual_m:.0f} m residual). (3) Douglas-Peucker simplified at {SIMPLIFY_M:.0f} m. "
                   f"Not stretched to 248 km: see docs/border.md."),
        "vertex_count": len(dedup),
        "length_km_haversine": round(length(dedup) / 1000, 2),
        "source_length_km_haversine": round(length(line) / 1000, 2),
        "largest_displacement_m": round(moved),
        "jsa_offset_before_m": round(offset_m, 1),
        "jsa_residual_after_smoothing_m": round(residual_m, 1),
        "smallest_bend_radius_m": round(min_radius),
        "official_length_km": 248,
        "accuracy_note": "1:10,000,000 generalisation; errors of 0.3-2 km away from the JSA. Simulation backdrop only.",
    }
    out_doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": {"type": "LineString", "coordinates": dedup}}]}
    with open(out, "w") as f:
        json.dump(out_doc, f, indent=1)
        f.write("\n")
    print(f"{out}: {len(dedup)} vertices, {length(dedup)/1000:.2f} km (source {length(line)/1000:.2f} km); "
          f"smoothing {passes} passes, moved <= {moved:.0f} m, smallest radius {min_radius:.0f} m; "
          f"JSA was {offset_m:.0f} m off, now on the line", file=sys.stderr)


if __name__ == "__main__":
    main()
