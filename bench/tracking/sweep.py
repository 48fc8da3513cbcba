"""Guidepost against Stone Soup over a parameter sweep, every tracker scored by one scorer.

A cell is (P_D, clutter per scan, sigma, q); the full factorial of the default levels is
3 x 3 x 3 x 2 = 54 cells. Each cell is run on `--seeds` scenarios generated with Stone Soup's own
simulators (scenario.py: births and deaths, EPSG:5179 coordinates). A scenario's target count is
taken deterministically from `--targets` (20, 50, 100) by its seed index and cell, and its area is
500 m x targets wide and 4 km high, so targets are as dense as in run.py; the clutter density is
the cell's clutter count over that area.

Trackers on each scenario:
  Stone Soup GNN, Stone Soup JPDA (EHM)  stonesoup_trackers.py, given the cell's q, P_D, sigma and
                                          clutter density (its nominal parameters)
  Guidepost (defaults)                   `guidepost track DET --scans SCANS --out OUT --stats`
  Guidepost (nominal)                    the same plus the cell's --process-noise, --pd,
                                          --clutter-density, --birth-density and --speed-sigma 1.5
  Guidepost NAME                         each `--variant "NAME=ARGS"` (ARGS may contain {nominal}, or
                                          one nominal value: {q}, {pd}, {clutter}, {birth})
Every tracker is scored with `guidepost score TRUTH TRACKS --c 50 --p 1 --json` (GOSPA, alpha = 2).
Each Stone Soup tracker may spend `--budget` seconds tracking a scenario; when either stops early,
every tracker is scored on the same prefix of scans. Rates: Stone Soup's counts its tracker's time
only; Guidepost's is the in-process total with I/O from `--stats` (as run.py).

Generated files, Stone Soup's tracks and a stonesoup.json of its timing and scans finished go to
work/sweep/<cell>-s<seed>/; `--reuse-stonesoup` reuses them (when they were made for the same
cell, seed, targets and scans), so Guidepost alone can be rerun with another `--binary`.

    cd bench/tracking
    .venv/bin/python sweep.py --binary PATH/guidepost --jobs 2 --seeds 3 --scans 100 --budget 120   # ~45 min, 2 free cores
    .venv/bin/python sweep.py --pd 0.9 --clutter 20 --sigma 8 --q 0.05 --seeds 1 --scans 40   # one cell
    .venv/bin/python sweep.py --reuse-stonesoup --binary OTHER/guidepost --variant "gnn=--associator gnn"

Writes a Markdown table (`--table`, one row per cell, means over seeds, then a summary against the
targets) and a JSON of every per-seed number (`--json-out`); progress goes to stderr.
"""
import argparse
import collections
import concurrent.futures
import datetime
import itertools
import json
import os
import re
import sys
import time
import zlib

import scenario as scenarios
import stonesoup_trackers
from run import prefix, score, track

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
HEIGHT_M = 4_000.0
WIDTH_PER_TARGET_M = 500.0
BIRTHS_PER_TARGET = 0.005  # per scan, as scenario.py's MultiTargetGroundTruthSimulator
SPEED_SIGMA = 1.5  # m/s, the spread of new targets' speeds in scenario.py
STONE_SOUP = ("Stone Soup GNN", "Stone Soup JPDA")
DEFAULTS, NOMINAL = "Guidepost (defaults)", "Guidepost (nominal)"

Cell = collections.namedtuple("Cell", "pd clutter sigma q")


def cell_name(cell):
    return f"pd{cell.pd:g}-clutter{cell.clutter:g}-sigma{cell.sigma:g}-q{cell.q:g}"


def numbers(text, kind=float):
    return [kind(v) for v in text.split(",") if v.strip()]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pd", type=numbers, default=[0.6, 0.75, 0.9], help="detection probabilities")
    parser.add_argument("--clutter", type=numbers, default=[2, 20, 60], help="false detections per scan")
    parser.add_argument("--sigma", type=numbers, default=[3, 8, 15], help="measurement noise, metres")
    parser.add_argument("--q", type=numbers, default=[0.05, 1.0], help="process noise, m²/s³")
    parser.add_argument("--targets", type=lambda t: numbers(t, int), default=[20, 50, 100],
                        help="target counts a scenario's count is taken from, by seed index and cell")
    parser.add_argument("--seeds", type=int, default=2, help="scenarios per cell")
    parser.add_argument("--scans", type=int, default=100)
    parser.add_argument("--budget", type=float, default=300,
                        help="seconds of tracking each Stone Soup tracker may spend on one scenario")
    parser.add_argument("--jobs", type=int, default=1, help="scenarios run in parallel processes")
    parser.add_argument("--reuse-stonesoup", action="store_true",
                        help="reuse each scenario's generated files and Stone Soup tracks when cached")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=ARGS",
                        help="another Guidepost row with these options ({nominal}: the nominal ones; "
                             "{q}, {pd}, {clutter}, {birth}: one nominal value)")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "guidepost"))
    parser.add_argument("--work", default=os.path.join(HERE, "work", "sweep"))
    parser.add_argument("--table", default=os.path.join(HERE, "results-sweep.md"))
    parser.add_argument("--json-out", help="per-seed numbers (default: the table's path with .json)")
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)
    args.json_out = args.json_out or os.path.splitext(args.table)[0] + ".json"
    return args


def units(args):
    """Every (cell, seed index) to run, each with its target count, seed, area and folder."""
    result = []
    for cell in itertools.starmap(Cell, itertools.product(args.pd, args.clutter, args.sigma, args.q)):
        name = cell_name(cell)
        for index in range(args.seeds):
            targets = args.targets[(index + zlib.crc32(name.encode())) % len(args.targets)]
            result.append(dict(cell=cell, cell_name=name, seed_index=index, targets=targets,
                               seed=1000 * (index + 1) + targets, width=WIDTH_PER_TARGET_M * targets,
                               height=HEIGHT_M, scans=args.scans, folder=os.path.join(args.work, f"{name}-s{index}")))
    return result


def scenario_key(unit):
    """What a cached scenario must match to be reused."""
    return dict(cell=unit["cell"]._asdict(), targets=unit["targets"], seed=unit["seed"], width=unit["width"],
                height=unit["height"], scans=unit["scans"])


def load_cache(unit):
    path = os.path.join(unit["folder"], "stonesoup.json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        cached = json.load(f)
    return cached if cached["scenario"] == scenario_key(unit) else None


def generate_and_run_stonesoup(unit, budget):
    """Generates the scenario, runs both Stone Soup trackers on it and writes stonesoup.json."""
    cell, folder = unit["cell"], unit["folder"]
    os.makedirs(folder, exist_ok=True)
    sc = scenarios.Scenario("scenario", unit["targets"], unit["scans"], unit["width"], unit["height"], q=cell.q,
                            pd=cell.pd, sigma=cell.sigma, clutter_density=None, seed=unit["seed"],
                            clutter_per_scan=cell.clutter)
    t0 = time.perf_counter()
    sc.generate(folder)
    generate_secs = time.perf_counter() - t0
    stonesoup = {}
    for kind, name in zip(("gnn", "jpda"), STONE_SOUP):
        out = os.path.join(folder, f"stonesoup-{kind}.jsonl")
        scans, dets, secs = stonesoup_trackers.run(kind, sc, out, len(sc.frames), budget)
        stonesoup[name] = dict(tracks=os.path.basename(out), scans=scans, dets=dets, secs=secs)
    scored = min(r["scans"] for r in stonesoup.values())
    cached = dict(scenario=scenario_key(unit), budget=budget, generate_secs=generate_secs,
                  detections=sc.detection_count, scans_generated=len(sc.frames), scans_scored=scored,
                  end_time=(sc.frames[scored - 1][0] - scenarios.START).total_seconds(),
                  files=dict(detections=os.path.basename(sc.detections_path),
                             truth=os.path.basename(sc.truth_path), scans=os.path.basename(sc.scans_path)),
                  stonesoup=stonesoup)
    with open(os.path.join(folder, "stonesoup.json"), "w") as f:
        json.dump(cached, f, indent=1)
    return cached


def guidepost_configurations(unit, variants):
    """Name -> extra options of every Guidepost row for this scenario."""
    cell, area = unit["cell"], unit["width"] * unit["height"]
    nominal = ["--process-noise", f"{cell.q:g}", "--pd", f"{cell.pd:g}",
               "--clutter-density", f"{cell.clutter / area:.6g}",
               "--birth-density", f"{BIRTHS_PER_TARGET * unit['targets'] / area:.6g}",
               "--speed-sigma", f"{SPEED_SIGMA:g}"]
    configurations = {DEFAULTS: [], NOMINAL: nominal}
    # One nominal value alone: "{q}" is the cell's process noise, and so on.
    single = {"{q}": nominal[1], "{pd}": nominal[3], "{clutter}": nominal[5], "{birth}": nominal[7]}
    for variant in variants:
        name, _, options = variant.partition("=")
        expanded = []
        for option in options.split():
            expanded += nominal if option == "{nominal}" else [single.get(option, option)]
        configurations[f"Guidepost {name}"] = expanded
    return configurations


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def run_guidepost(binary, unit, cached, configurations):
    """Runs every Guidepost configuration on the scenario's detections; name -> tracks and timing."""
    folder, files = unit["folder"], cached["files"]
    results = {}
    for name, options in configurations.items():
        out = os.path.join(folder, f"{slug(name)}.jsonl")
        wall, in_process, tracker_only = track(binary, os.path.join(folder, files["detections"]),
                                               os.path.join(folder, files["scans"]), out, options)
        results[name] = dict(tracks=os.path.basename(out), scans=cached["scans_generated"],
                             dets=cached["detections"], secs=in_process, wall=wall, tracker_secs=tracker_only,
                             options=options)
    return results


def score_all(binary, unit, cached, results):
    """Scores every tracker's tracks on the scans all of them finished; adds the scores to results."""
    folder = unit["folder"]
    truth = os.path.join(folder, cached["files"]["truth"])
    trimmed = cached["scans_scored"] < cached["scans_generated"]
    if trimmed:
        truth = prefix(truth, cached["end_time"], os.path.join(folder, "truth-prefix.jsonl"))
    for r in results.values():
        tracks = os.path.join(folder, r["tracks"])
        if trimmed:
            tracks = prefix(tracks, cached["end_time"], tracks.replace(".jsonl", "-prefix.jsonl"))
        s = score(binary, truth, tracks)
        r.update({k: s[k] for k in ("gospa", "localisation", "missed", "false", "id_switches")})
        r["rate"] = r["dets"] / r["secs"]


def run_unit(unit, args):
    """One scenario end to end (a worker's job): Stone Soup (or its cache), Guidepost, scores."""
    t0 = time.perf_counter()
    cached = load_cache(unit) if args.reuse_stonesoup else None
    reused = cached is not None
    if not reused:
        cached = generate_and_run_stonesoup(unit, args.budget)
    results = {name: dict(r) for name, r in cached["stonesoup"].items()}
    results.update(run_guidepost(args.binary, unit, cached, guidepost_configurations(unit, args.variant)))
    score_all(args.binary, unit, cached, results)
    return dict(cell=unit["cell"]._asdict(), cell_name=unit["cell_name"], seed_index=unit["seed_index"],
                seed=unit["seed"], targets=unit["targets"], width_m=unit["width"], height_m=unit["height"],
                scans=unit["scans"], scans_scored=cached["scans_scored"], detections=cached["detections"],
                budget=cached["budget"], generate_secs=cached["generate_secs"], reused_stonesoup=reused,
                secs=time.perf_counter() - t0, trackers=results)


def progress(done, total, record, started):
    r = record["trackers"]
    best = min(r[n]["gospa"] for n in STONE_SOUP)
    timings = ", ".join(f"{n.split()[-1]} {r[n]['scans']} scans {r[n]['secs']:.1f} s ({r[n]['rate']:.0f} det/s)"
                        for n in STONE_SOUP)
    source = "cached" if record["reused_stonesoup"] else f"generated in {record['generate_secs']:.1f} s"
    print(f"[{done}/{total}] {record['cell_name']} s{record['seed_index']} ({record['targets']} targets, "
          f"{record['detections']} detections {source}): Stone Soup {timings}; GOSPA Stone Soup best {best:.2f}, "
          f"defaults {r[DEFAULTS]['gospa']:.2f}, nominal {r[NOMINAL]['gospa']:.2f} "
          f"({r[DEFAULTS]['rate']:,.0f} det/s); {record['secs']:.0f} s, "
          f"{time.perf_counter() - started:.0f} s so far", file=sys.stderr, flush=True)


def run_all(todo, args):
    """Runs every scenario, heaviest first, in `--jobs` processes; returns the records."""
    todo = sorted(todo, key=lambda u: -(u["targets"] * u["cell"].pd + u["cell"].clutter) * u["cell"].sigma)
    records, started = [], time.perf_counter()
    if args.jobs <= 1:
        for unit in todo:
            records.append(run_unit(unit, args))
            progress(len(records), len(todo), records[-1], started)
        return records
    with concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(run_unit, unit, args) for unit in todo]
        for future in concurrent.futures.as_completed(futures):
            records.append(future.result())
            progress(len(records), len(todo), records[-1], started)
    return records


def mean(values):
    values = list(values)
    return sum(values) / len(values)


def summarise_cell(records):
    """Means over a cell's seeds: each tracker's GOSPA and parts, pooled rates, and the ratios."""
    names = list(records[0]["trackers"])
    trackers = {}
    for name in names:
        rs = [rec["trackers"][name] for rec in records]
        trackers[name] = {k: mean(r[k] for r in rs) for k in ("gospa", "localisation", "missed", "false",
                                                               "id_switches")}
        trackers[name]["rate"] = sum(r["dets"] for r in rs) / sum(r["secs"] for r in rs)
    best_name = min(STONE_SOUP, key=lambda n: trackers[n]["gospa"])
    best = trackers[best_name]["gospa"]
    return dict(cell=records[0]["cell"], cell_name=records[0]["cell_name"],
                targets=[rec["targets"] for rec in records], scans_scored=[rec["scans_scored"] for rec in records],
                trackers=trackers, stonesoup_best=best_name,
                ratio={n: trackers[n]["gospa"] / best for n in names if n not in STONE_SOUP},
                throughput={n: trackers[n]["rate"] / trackers["Stone Soup GNN"]["rate"]
                            for n in names if n not in STONE_SOUP})


def summarise(records):
    """Per-cell summaries in sweep order, and the sweep's figures against the targets per Guidepost row."""
    by_cell = collections.defaultdict(list)
    for rec in sorted(records, key=lambda r: (r["cell_name"], r["seed_index"])):
        by_cell[rec["cell_name"]].append(rec)
    cells = sorted((summarise_cell(rs) for rs in by_cell.values()),
                   key=lambda c: tuple(c["cell"][k] for k in Cell._fields))
    sweep = {}
    for name in cells[0]["ratio"]:
        worst = max(cells, key=lambda c: c["ratio"][name])
        slowest = min(cells, key=lambda c: c["throughput"][name])
        sweep[name] = dict(
            mean_ratio=mean(c["ratio"][name] for c in cells),
            ratio_of_means=(mean(c["trackers"][name]["gospa"] for c in cells)
                            / mean(c["trackers"][c["stonesoup_best"]]["gospa"] for c in cells)),
            max_ratio=worst["ratio"][name], max_ratio_cell=worst["cell_name"],
            min_throughput=slowest["throughput"][name], min_throughput_cell=slowest["cell_name"],
            cells_lost=[c["cell_name"] for c in cells if c["ratio"][name] > 1.0])
    return cells, sweep


def losses(cells, name):
    """For each cell where `name` scores worse than Stone Soup's best: its parts minus the best's."""
    lines = []
    for c in cells:
        if c["ratio"][name] > 1.0:
            mine, best = c["trackers"][name], c["trackers"][c["stonesoup_best"]]
            delta = ", ".join(f"{k} {mine[k] - best[k]:+.2f}" for k in ("localisation", "missed", "false"))
            lines.append(f"- {c['cell_name']}: {mine['gospa']:.2f} vs {c['stonesoup_best']} {best['gospa']:.2f} "
                         f"(× {c['ratio'][name]:.3f}; {delta})")
    return lines


def write_table(path, cells, sweep, args, started_at):
    extra = [n for n in cells[0]["ratio"] if n not in (DEFAULTS, NOMINAL)]
    head = ["P_D", "clutter/scan", "σ m", "q m²/s³", "targets", "scans scored", "Stone Soup GNN",
            "Stone Soup JPDA", "Guidepost defaults", "loc.", "missed", "false", "ID sw.", "Guidepost nominal",
            *extra, "defaults ÷ best SS", "nominal ÷ best SS", "det/s defaults ÷ SS GNN"]
    lines = [f"# Guidepost vs Stone Soup sweep ({started_at:%Y-%m-%d %H:%M})", "",
             f"`sweep.py {' '.join(sys.argv[1:])}`; binary `{args.binary}`; GOSPA c = 50 m, p = 1, α = 2, "
             "means per scan in metres, then means over a cell's seeds; rates pooled over its seeds.", "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for c in cells:
        t, cell = c["trackers"], c["cell"]
        d = t[DEFAULTS]
        row = [f"{cell['pd']:g}", f"{cell['clutter']:g}", f"{cell['sigma']:g}", f"{cell['q']:g}",
               "/".join(map(str, c["targets"])), "/".join(map(str, c["scans_scored"])),
               f"{t['Stone Soup GNN']['gospa']:.2f}", f"{t['Stone Soup JPDA']['gospa']:.2f}", f"{d['gospa']:.2f}",
               f"{d['localisation']:.2f}", f"{d['missed']:.2f}", f"{d['false']:.2f}", f"{d['id_switches']:.1f}",
               f"{t[NOMINAL]['gospa']:.2f}", *(f"{t[n]['gospa']:.2f}" for n in extra),
               f"{c['ratio'][DEFAULTS]:.3f}", f"{c['ratio'][NOMINAL]:.3f}", f"{c['throughput'][DEFAULTS]:,.0f}"]
        lines.append("| " + " | ".join(row) + " |")
    lines += ["", "| Guidepost row | mean of cell ratios (target ≤ 0.9) | ratio of sweep means | "
              "max ratio (target ≤ 1.0) | at cell | min det/s ÷ SS GNN (target ≥ 100) | at cell | cells lost |",
              "|---|---|---|---|---|---|---|---|"]
    for name, s in sweep.items():
        lines.append(f"| {name} | {s['mean_ratio']:.3f} | {s['ratio_of_means']:.3f} | {s['max_ratio']:.3f} | "
                     f"{s['max_ratio_cell']} | {s['min_throughput']:,.0f} | {s['min_throughput_cell']} | "
                     f"{len(s['cells_lost'])} of {len(cells)} |")
    lost = losses(cells, DEFAULTS)
    if lost:
        lines += ["", "Cells where Guidepost (defaults) is worse than Stone Soup's best (its parts minus the best's):",
                  "", *lost]
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    args = parse_args()
    started_at = datetime.datetime.now()
    todo = units(args)
    print(f"{len(todo)} scenarios ({len(todo) // args.seeds} cells × {args.seeds} seeds), {args.scans} scans, "
          f"budget {args.budget:g} s per Stone Soup tracker, {args.jobs} jobs", file=sys.stderr, flush=True)
    records = run_all(todo, args)
    cells, sweep = summarise(records)
    write_table(args.table, cells, sweep, args, started_at)
    with open(args.json_out, "w") as f:
        json.dump(dict(arguments=sys.argv[1:], binary=args.binary, started=started_at.isoformat(),
                       records=records, cells=cells, sweep=sweep), f, indent=1)
    print(open(args.table).read())


if __name__ == "__main__":
    main()
