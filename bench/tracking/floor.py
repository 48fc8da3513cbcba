"""The part of a full-border GOSPA no tracker can avoid: actors no sensor has detected yet.

    python3 floor.py RUN_DIR TRUTH_PREFIX [--jpda GOSPA] [--guidepost GOSPA] [--c 50]

RUN_DIR is a `guidepost simulate` output (its first-detections.jsonl: each actor's first detection
by any sensor); TRUTH_PREFIX the truth own.py scored (work/own/truth-prefix.jsonl). At each truth
instant an actor not yet detected cannot be placed by any tracker, and costs c/2 (GOSPA, p = 1,
α = 2) however good the tracker. Prints that floor per instant, averaged as `guidepost score`
averages, and, given both trackers' scores, what a ≤ 0.9× target leaves for the rest.
"""
import argparse
import json
import statistics as st

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("run")
parser.add_argument("truth")
parser.add_argument("--jpda", type=float)
parser.add_argument("--guidepost", type=float)
parser.add_argument("--c", type=float, default=50)
args = parser.parse_args()

first = {}
for line in open(f"{args.run}/first-detections.jsonl"):
    r = json.loads(line)
    first[r["id"]] = min(first.get(r["id"], float("inf")), r["t"])
instants = {}
for line in open(args.truth):
    r = json.loads(line)
    instants.setdefault(r["t"], []).append(r["id"])
unseen = [sum(1 for i in ids if first.get(i, float("inf")) > t) for t, ids in sorted(instants.items())]
actors = st.mean(len(ids) for ids in instants.values())
floor = args.c / 2 * st.mean(unseen)
print(f"{len(instants)} instants, {actors:.1f} actors each; not yet detected: {st.mean(unseen):.1f} on average; "
      f"floor {floor:.1f}")
if args.jpda:
    target = 0.9 * args.jpda
    print(f"0.9 × JPDA {args.jpda:.2f} = {target:.1f}; left above the floor: {target - floor:.1f} "
          f"(JPDA spends {args.jpda - floor:.1f} there)")
    if args.guidepost:
        print(f"Guidepost spends {args.guidepost - floor:.1f} there: {(args.guidepost - floor) / (args.jpda - floor):.3f}× "
              f"JPDA; the target asks for {(target - floor) / (args.jpda - floor):.3f}×")
