"""Throughput of Guidepost's default tracker against Stone Soup's GNN, from a sweep's JSON.

    python3 bench/tracking/rates.py bench/tracking/results-sweep.json [--tracker "Guidepost (defaults)"]

Two scopes, both from the same records:
- like for like: Guidepost's time inside `tracker.step` (`--stats` "without I/O") against Stone
  Soup's time inside its tracker's iterator, fed from frames already in memory (the same scope);
- with I/O: Guidepost's whole in-process time, reading the detections' JSON lines and writing its
  tracks' (what `sweep.py` tabulates), against the same Stone Soup time.
Prints, per scope, the lowest ratio per cell (rates pooled over the cell's seeds) and scenario by
scenario, split by whether Stone Soup's timing was reused from a cache (made under another load)
or measured in the same process run as Guidepost's. Standard library only.
"""
import argparse
import collections
import json
import statistics


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("results")
    parser.add_argument("--tracker", default="Guidepost (defaults)")
    args = parser.parse_args()
    records = json.load(open(args.results))["records"]
    cells = collections.defaultdict(lambda: collections.Counter())
    scenarios = {"like for like": collections.defaultdict(list), "with I/O": collections.defaultdict(list)}
    for r in records:
        g, s = r["trackers"][args.tracker], r["trackers"]["Stone Soup GNN"]
        if not g.get("tracker_secs") or not g.get("secs"):
            continue
        c = cells[r["cell_name"]]
        c["dets"] += g["dets"]
        c["tracker"] += g["tracker_secs"]
        c["io"] += g["secs"]
        c["ss_dets"] += s["dets"]
        c["ss"] += s["secs"]
        # A record whose Stone Soup ran in this sweep has reused_stonesoup false.
        timing = "Stone Soup timed from a cache" if r.get("reused_stonesoup") else "timed in one run"
        ss_rate = s["dets"] / s["secs"]
        scenarios["like for like"][timing].append((g["dets"] / g["tracker_secs"] / ss_rate, r["cell_name"], r["seed"], g["dets"]))
        scenarios["with I/O"][timing].append((g["dets"] / g["secs"] / ss_rate, r["cell_name"], r["seed"], g["dets"]))
    for scope, key in (("like for like", "tracker"), ("with I/O", "io")):
        ratios = sorted((c["dets"] / c[key]) / (c["ss_dets"] / c["ss"]) for c in cells.values())
        print(f"{scope}: per cell, pooled over seeds ({len(ratios)} cells): lowest {ratios[0]:.0f}x, "
              f"median {statistics.median(ratios):.0f}x, cells under 100x {sum(x < 100 for x in ratios)}")
        for timing, rows in sorted(scenarios[scope].items()):
            rows.sort()
            low = ", ".join(f"{x:.0f}x ({cell} seed {seed}, {dets} detections)" for x, cell, seed, dets in rows[:3])
            print(f"  scenario by scenario, {timing} ({len(rows)}): under 100x {sum(x < 100 for x, *_ in rows)}, "
                  f"median {statistics.median(x for x, *_ in rows):.0f}x; lowest {low}")


if __name__ == "__main__":
    main()
