"""Guidepost and Stone Soup on our own simulator's output (detections, truth and scans JSON Lines,
e.g. from `guidepost simulate` over the full border), scored with the same scorer.

Stone Soup is given each detection as a position with the line's own covariance; both trackers get
the same motion noise, pd and clutter density. Stone Soup runs under a time budget; when it stops
early every tracker is scored on the same prefix of scans.

    .venv/bin/python own.py DIR [--q 0.02 --pd 0.9 --clutter-density 1e-7 --budget 600] \
        [--instants truth|all] [--reuse-stonesoup] [--guidepost NAME=ARGS ...]

DIR holds detections.jsonl, truth.jsonl and scans.jsonl. The simulator writes truth every 10 s but
detections (and so tracks) every second: by default only the instants that have truth are scored
(track lines at other instants are dropped before `guidepost score`), since at the others every track would count as false whether
right or wrong. `--instants all` scores every instant of either file, as before 2026-11-21 evening.
`--reuse-stonesoup` reuses Stone Soup's tracks and rates from the previous run (same DIR and budget),
and `--guidepost "name=--associator gnn --filter cv"` replaces the Guidepost configurations run.
"""
import argparse
import datetime
import json
import os
import subprocess
import sys
import time

import numpy as np
from stonesoup.models.measurement.linear import LinearGaussian
from stonesoup.models.transition.linear import CombinedLinearGaussianTransitionModel, ConstantVelocity
from stonesoup.types.detection import Detection

import stonesoup_trackers
from run import prefix, score, track

START = datetime.datetime(2026, 1, 1)
HERE = os.path.dirname(os.path.abspath(__file__))


class OwnScenario:
    """The attributes stonesoup_trackers needs, read from JSON Lines."""

    def __init__(self, folder, q, pd, clutter_density):
        self.q, self.pd, self.clutter_density = q, pd, clutter_density
        self.transition = CombinedLinearGaussianTransitionModel([ConstantVelocity(q), ConstantVelocity(q)])
        self.measurement = LinearGaussian(ndim_state=4, mapping=(0, 2), noise_covar=np.diag([25.0, 25.0]))
        by_time = {}
        with open(os.path.join(folder, "scans.jsonl")) as f:
            for line in f:
                by_time.setdefault(json.loads(line)["t"], set())
        with open(os.path.join(folder, "detections.jsonl")) as f:
            for line in f:
                try:
                    r = json.loads(line)
                    model = LinearGaussian(ndim_state=4, mapping=(0, 2), noise_covar=np.array(r["cov"], dtype=float))
                    det = Detection(np.array([[r["x"]], [r["y"]]]), timestamp=START + datetime.timedelta(seconds=r["t"]),
                                    measurement_model=model)
                except (ValueError, KeyError, TypeError):
                    continue  # Guidepost reports bad lines; Stone Soup simply skips them here
                by_time.setdefault(r["t"], set()).add(det)
        self.frames = [(START + datetime.timedelta(seconds=t), by_time[t]) for t in sorted(by_time)]
        self.detection_count = sum(len(d) for _, d in self.frames)


def truth_times(path):
    with open(path) as f:
        return {json.loads(line)["t"] for line in f}


def at_instants(path, times, out_path):
    """The track lines of `path` whose time is one of `times`."""
    with open(path) as src, open(out_path, "w") as dst:
        for line in src:
            if json.loads(line)["t"] in times:
                dst.write(line)
    return out_path


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--q", type=float, default=0.02)
    parser.add_argument("--pd", type=float, default=0.9)
    parser.add_argument("--clutter-density", type=float, default=1e-7)
    parser.add_argument("--budget", type=float, default=600)
    parser.add_argument("--binary", default=os.path.join(HERE, "..", "..", ".build", "release", "guidepost"))
    parser.add_argument("--instants", choices=("truth", "all"), default="truth")
    parser.add_argument("--reuse-stonesoup", action="store_true")
    parser.add_argument("--guidepost", action="append", default=[],
                        help='a configuration as "name=extra arguments" (repeatable)')
    args = parser.parse_args()
    work = os.path.join(HERE, "work", "own")
    os.makedirs(work, exist_ok=True)
    sc = OwnScenario(args.folder, args.q, args.pd, args.clutter_density)
    results, scored_scans = {}, len(sc.frames)
    cache = os.path.join(work, "stonesoup.json")
    if args.reuse_stonesoup:
        with open(cache) as f:
            results = json.load(f)
        scored_scans = min(scored_scans, results.pop("scans"))
    else:
        for kind in ("gnn", "jpda"):
            out = f"{work}/stonesoup-{kind}.jsonl"
            n, dets, secs = stonesoup_trackers.run(kind, sc, out, len(sc.frames), args.budget)
            results[f"Stone Soup {kind.upper()}"] = dict(tracks=out, rate=dets / secs)
            scored_scans = min(scored_scans, n)
        with open(cache, "w") as f:
            json.dump(dict(results, scans=scored_scans), f)
    common = ["--process-noise", str(args.q), "--pd", str(args.pd), "--clutter-density", str(args.clutter_density)]
    configurations = {"Guidepost GNN": ["--associator", "gnn"], "Guidepost JPDA+IMM": []}
    if args.guidepost:
        configurations = {"Guidepost " + c.split("=", 1)[0]: c.split("=", 1)[1].split() for c in args.guidepost}
    for index, (name, extra) in enumerate(configurations.items()):
        out = f"{work}/guidepost-{index}.jsonl"
        _, in_process, _ = track(args.binary, os.path.join(args.folder, "detections.jsonl"),
                        os.path.join(args.folder, "scans.jsonl"), out, common + extra)
        results[name] = dict(tracks=out, rate=sc.detection_count / in_process)
    truth = os.path.join(args.folder, "truth.jsonl")
    if scored_scans < len(sc.frames):
        end = (sc.frames[scored_scans - 1][0] - START).total_seconds()
        truth = prefix(truth, end, f"{work}/truth-prefix.jsonl")
        for r in results.values():
            r["tracks"] = prefix(r["tracks"], end, r["tracks"].replace(".jsonl", "-prefix.jsonl"))
    print(f"| tracker | scans scored | GOSPA | localisation | missed | false | ID switches | detections/s |")
    print("|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        tracks = r["tracks"]
        if args.instants == "truth":
            tracks = at_instants(tracks, truth_times(truth), tracks.replace(".jsonl", "-at-truth.jsonl"))
        s = score(args.binary, truth, tracks)
        print(f"| {name} | {scored_scans} | {s['gospa']:.2f} | {s['localisation']:.2f} | {s['missed']:.2f} | "
              f"{s['false']:.2f} | {s['id_switches']} | {r['rate']:,.0f} |")


if __name__ == "__main__":
    main()
