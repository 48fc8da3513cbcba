#!/usr/bin/env python3
"""Writes Tests/GuidepostCoreTests/Fixtures/projection.csv: the oracle for Guidepost's projections.

For every point: WGS84 lon, lat; EPSG:5179 x, y from PROJ (pyproj, always_xy, 6 decimals);
the MGRS reference at 1 m precision from the `mgrs` package (GEOTRANS 3.10). The Swift tests
(ProjectionFixtureTests) check the forward and inverse projections and MGRS against it.

Points, all seeded (same seed => byte-identical file):
  - 600 uniform over the peninsula and its seas, lon 124..132, lat 33..43.5;
  - the 4 corners of that box, and points on the UTM zone edge (126 E) and the band edge (40 N);
  - every vertex of the MDL (Sources/Border/Resources/mdl.geojson) and 3 points on each segment.

Usage: tools/make-projection-fixture.py            (creates bench/projection/.venv on first use)
Also writes Tests/GuidepostCoreTests/Fixtures/mgrs-world.csv: 400 seeded points over the whole
UTM area (lat -80..84), southern hemisphere, one-digit zones, and the Norway and Svalbard
exceptions included, each with a seeded precision 0..5 and the `mgrs` reference at it.

The venv lives under an ignored path; only this script and the CSV are committed.
"""
import json
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, "bench", "projection", ".venv")
FIXTURES = os.path.join(ROOT, "Tests", "GuidepostCoreTests", "Fixtures")
OUT = os.path.join(FIXTURES, "projection.csv")
WORLD = os.path.join(FIXTURES, "mgrs-world.csv")
MDL = os.path.join(ROOT, "Sources", "Border", "Resources", "mdl.geojson")
SEED = 5179
PACKAGES = ["pyproj==3.7.2", "mgrs==1.6.0"]


def ensure_venv():
    """Re-runs this script inside the venv, creating it (and installing the packages) if needed."""
    python = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(python):
        print(f"creating {VENV}", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
        subprocess.check_call([python, "-m", "pip", "install", "-q", *PACKAGES])
    os.execv(python, [python, *sys.argv])


def points():
    """Yields (lon, lat) pairs, already rounded to the 9 decimals written to the file."""
    rng = random.Random(SEED)
    pts = [(124.0, 33.0), (132.0, 33.0), (124.0, 43.5), (132.0, 43.5)]
    # Edges where a letter changes: the zone 51/52 meridian and the S/T band parallel.
    pts += [(126.0, 33.0 + 0.5 * i) for i in range(22)]
    pts += [(124.25 + 0.5 * i, 40.0) for i in range(16)]
    with open(MDL) as f:
        line = json.load(f)["features"][0]["geometry"]["coordinates"]
    for (lon0, lat0), (lon1, lat1) in zip(line, line[1:]):
        pts.append((lon0, lat0))
        for t in (0.25, 0.5, 0.75):
            pts.append((lon0 + t * (lon1 - lon0), lat0 + t * (lat1 - lat0)))
    pts.append(tuple(line[-1]))
    pts += [(rng.uniform(124.0, 132.0), rng.uniform(33.0, 43.5)) for _ in range(600)]
    for lon, lat in pts:
        yield float(f"{lon:.9f}"), float(f"{lat:.9f}")


def world_points():
    """Yields (lon, lat, precision) over the whole UTM area, rounded to 9 decimals."""
    rng = random.Random(SEED + 1)
    pts = [(rng.uniform(-180.0, 180.0), rng.uniform(-80.0, 84.0)) for _ in range(300)]
    pts += [(rng.uniform(0.0, 12.0), rng.uniform(56.0, 64.0)) for _ in range(40)]  # Norway, 31V/32V
    pts += [(rng.uniform(0.0, 42.0), rng.uniform(72.0, 84.0)) for _ in range(60)]  # Svalbard, 31X-37X
    for lon, lat in pts:
        yield float(f"{lon:.9f}"), float(f"{lat:.9f}"), rng.randrange(6)


def main():
    ensure_venv()
    import mgrs
    import pyproj
    from importlib.metadata import version

    to5179 = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:5179", always_xy=True)
    m = mgrs.MGRS()
    rows = []
    for lon, lat in points():
        x, y = to5179.transform(lon, lat)
        rows.append(f"{lon:.9f},{lat:.9f},{x:.6f},{y:.6f},{m.toMGRS(lat, lon, MGRSPrecision=5)}")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", newline="\n") as f:
        f.write(
            f"# tools/make-projection-fixture.py, seed {SEED}: pyproj {version('pyproj')} "
            f"(PROJ {pyproj.proj_version_str}), mgrs {version('mgrs')}\n"
        )
        f.write("lon,lat,x,y,mgrs\n")
        f.write("\n".join(rows) + "\n")
    print(f"wrote {len(rows)} points to {os.path.relpath(OUT, ROOT)}", file=sys.stderr)
    world = [
        f"{lon:.9f},{lat:.9f},{p},{m.toMGRS(lat, lon, MGRSPrecision=p)}" for lon, lat, p in world_points()
    ]
    with open(WORLD, "w", newline="\n") as f:
        f.write(f"# tools/make-projection-fixture.py, seed {SEED + 1}: mgrs {version('mgrs')}\n")
        f.write("lon,lat,precision,mgrs\n")
        f.write("\n".join(world) + "\n")
    print(f"wrote {len(world)} points to {os.path.relpath(WORLD, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
