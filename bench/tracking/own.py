"""Guidepost and Stone Soup on our own simulator's output (detections, truth and scans JSON Lines,
e.g. from `guidepost simulate` over the full border), scored with the same scorer.

Stone Soup is given each detection as a position with the line's own covariance; both trackers get
the same motion noise, pd and clutter density. Stone Soup runs under a time budget; when it stops
early every tracker is scored on the same prefix of scans.

    .venv/bin/python own.py DIR [--q 0.02 --pd 0.9 --clutter-density 1e-7 --budget 600]

DIR holds detections.jsonl, truth.jsonl and scans.jsonl.
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--q", type=float, default=0.02)
    parser.add_argument("--pd", type=float, default=0.9)
    parser.add_argument("--clutter-density", type=float, default=1e-7)
    parser.add_argument("--budget", type=float, default=600)
    parser.add_argument("--binary", default=os.path.join(HERE, "..", "..", ".build", "release", "guidepost"))
    args = parser.parse_args()
    work = os.path.join(HERE, "work", "own")
    os.makedirs(work, exist_ok=True)
    sc = OwnScenario(args.folder, args.q, args.pd, args.clutter_density)
    results, scored_scans = {}, len(sc.frames)
    for kind in ("gnn", "jpda"):
        out = f"{work}/stonesoup-{kind}.jsonl"
        n, dets, secs = stonesoup_trackers.run(kind, sc, out, len(sc.frames), args.budget)
        results[f"Stone Soup {kind.upper()}"] = dict(tracks=out, rate=dets / secs)
        scored_scans = min(scored_scans, n)
    common = ["--process-noise", str(args.q), "--pd", str(args.pd), "--clutter-density", str(args.clutter_density)]
    for name, extra in {"Guidepost GNN": ["--associator", "gnn"], "Guidepost JPDA+IMM": []}.items():
        out = f"{work}/{name.split()[1].lower().replace('+', '-')}.jsonl"
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
        s = score(args.binary, truth, r["tracks"])
        print(f"| {name} | {scored_scans} | {s['gospa']:.2f} | {s['localisation']:.2f} | {s['missed']:.2f} | "
              f"{s['false']:.2f} | {s['id_switches']} | {r['rate']:,.0f} |")


if __name__ == "__main__":
    main()
