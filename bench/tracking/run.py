"""Guidepost's tracker side by side with Stone Soup's on the same detections, in one run.

For each scenario: generate it with Stone Soup's simulators, run Stone Soup's GNNWith2DAssignment
and JPDAwithEHM trackers (bounded by a time budget: when a run would take too long it stops after
a prefix of the scans, and every tracker is then scored on that same prefix), run `guidepost track`
with GNN and JPDA, score everything with `guidepost score` (GOSPA c = 50 m, p = 1, alpha = 2),
and write a Markdown table.
"""
import argparse
import json
import os
import subprocess
import sys
import time

import scenario as scenarios
import stonesoup_trackers

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def guidepost(binary, *args, stdout=None):
    return subprocess.run([binary, *args], check=True, capture_output=stdout is None, text=True)


def track(binary, detections, scans, out, extra):
    t0 = time.perf_counter()
    result = subprocess.run([binary, "track", detections, "--scans", scans, "--out", out, "--stats", *extra],
                            capture_output=True, text=True)
    # 65: some lines were refused (each reported on stderr) and the rest tracked, e.g. the
    # simulator's occasional camera detection with a singular covariance; anything else failed.
    if result.returncode not in (0, 65):
        raise subprocess.CalledProcessError(result.returncode, result.args, result.stdout, result.stderr)
    if result.returncode == 65:
        refused = sum(1 for line in result.stderr.splitlines() if ":" in line and "refused" not in line)
        print(f"note: {detections}: some lines refused by guidepost track ({refused} reported)", file=sys.stderr)
    wall = time.perf_counter() - t0
    in_process = tracker_only = None
    for line in result.stderr.splitlines():
        if "without I/O" in line:
            in_process = float(line.split("total ")[1].split(" s")[0])
            tracker_only = float(line.split("tracker ")[1].split(" s")[0])
    return wall, in_process, tracker_only


def score(binary, truth, tracks):
    out = guidepost(binary, "score", truth, tracks, "--c", "50", "--p", "1", "--json").stdout
    return json.loads(out)


def prefix(path, end_time, out_path):
    with open(path) as src, open(out_path, "w") as dst:
        for line in src:
            if json.loads(line)["t"] <= end_time:
                dst.write(line)
    return out_path


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10x500,100x500,1000x200",
                        help="targets x scans, comma separated")
    parser.add_argument("--budget", type=float, default=600,
                        help="seconds of tracking each Stone Soup tracker may spend on one scenario")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "guidepost"))
    parser.add_argument("--work", default=os.path.join(HERE, "work"))
    parser.add_argument("--table", default=os.path.join(HERE, "results.md"))
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    rows = []
    for index, size in enumerate(args.sizes.split(",")):
        targets, scans = (int(v) for v in size.split("x"))
        width = {10: 5_000, 100: 50_000}.get(targets, 248_000)
        sc = scenarios.Scenario(f"{targets}x{scans}", targets, scans, width, 4_000, q=0.05, pd=0.9, sigma=5.0,
                                clutter_density=2.5e-7, seed=1000 + index)
        t0 = time.perf_counter()
        sc.generate(args.work)
        print(f"[{sc.name}] generated {sc.detection_count} detections in {time.perf_counter() - t0:.1f} s "
              f"({sc.clutter_rate:.0f} clutter/scan over {width / 1000:.0f} km x 4 km)", file=sys.stderr, flush=True)
        results = {}
        scored_scans = scans
        for kind in ("gnn", "jpda"):
            out = f"{args.work}/{sc.name}-stonesoup-{kind}.jsonl"
            n, dets, secs = stonesoup_trackers.run(kind, sc, out, scans, args.budget)
            results[f"Stone Soup {kind.upper()}"] = dict(tracks=out, dets=dets, secs=secs, scans=n)
            scored_scans = min(scored_scans, n)
            print(f"[{sc.name}] Stone Soup {kind}: {n} scans, {dets} detections in {secs:.1f} s "
                  f"({dets / secs:.0f} det/s)", file=sys.stderr, flush=True)
        truth, detections, scan_file = sc.truth_path, sc.detections_path, sc.scans_path
        end = (sc.frames[scored_scans - 1][0] - scenarios.START).total_seconds()
        if scored_scans < scans:
            # Every tracker is scored on the scans the slowest Stone Soup run finished.
            truth = prefix(sc.truth_path, end, f"{args.work}/{sc.name}-truth-prefix.jsonl")
            for r in results.values():
                r["tracks"] = prefix(r["tracks"], end, r["tracks"].replace(".jsonl", "-prefix.jsonl"))
        variants = {
            "Guidepost GNN": ["--associator", "gnn", "--filter", "cv"],
            "Guidepost JPDA": ["--associator", "jpda", "--filter", "cv"],
            "Guidepost JPDA+IMM": ["--associator", "jpda", "--filter", "imm"],
        }
        # The parameters Stone Soup's trackers are given too: the scenario's motion noise, pd,
        # clutter density, the speed spread of new targets; plus its birth density.
        birth_density = 0.005 * targets / (width * 4_000)
        common = ["--process-noise", "0.05", "--pd", "0.9", "--clutter-density", "2.5e-7",
                  "--birth-density", f"{birth_density:.6g}", "--speed-sigma", "1.5"]
        for name, extra in variants.items():
            out = f"{args.work}/{sc.name}-{name.split()[1].lower().replace('+', '-')}.jsonl"
            wall, in_process, tracker_only = track(args.binary, detections, scan_file, out, common + extra)
            scored = out
            if scored_scans < scans:
                scored = prefix(out, end, out.replace(".jsonl", "-prefix.jsonl"))
            # Like Stone Soup's, the rate excludes process start-up; it includes reading, parsing,
            # tracking and writing. Wall-clock (with start-up) and tracker-only rates are shown too.
            results[name] = dict(tracks=scored, dets=sc.detection_count, secs=in_process, tracker_secs=tracker_only,
                                 wall=wall, scans=scans)
            print(f"[{sc.name}] {name}: {sc.detection_count} detections in {in_process:.3f} s with I/O, "
                  f"{wall:.3f} s wall, {tracker_only:.3f} s tracking "
                  f"({sc.detection_count / in_process:.0f} det/s with I/O)", file=sys.stderr, flush=True)
        base = results["Stone Soup GNN"]["dets"] / results["Stone Soup GNN"]["secs"]
        for name, r in results.items():
            s = score(args.binary, truth, r["tracks"])
            rate = r["dets"] / r["secs"]
            rows.append((sc.name, name, scored_scans, s, rate, rate / base, r.get("tracker_secs"), r["dets"],
                         r["scans"], r.get("wall")))
    with open(args.table, "w") as f:
        f.write("| scenario | tracker | scans scored | GOSPA | localisation | missed | false | ID switches | "
                "detections/s | × Stone Soup GNN |\n|---|---|---|---|---|---|---|---|---|---|\n")
        for name, tracker, scored, s, rate, ratio, tracker_secs, dets, ran, wall in rows:
            extra = (f" (wall {dets / wall:,.0f}; tracker only {dets / tracker_secs:,.0f})" if tracker_secs
                     else f" ({ran} scans timed)")
            f.write(f"| {name} | {tracker} | {scored} | {s['gospa']:.2f} | {s['localisation']:.2f} | "
                    f"{s['missed']:.2f} | {s['false']:.2f} | {s['id_switches']} | {rate:,.0f}{extra} | "
                    f"{ratio:,.1f} |\n")
    print(open(args.table).read())


if __name__ == "__main__":
    main()
