"""What the best tracker could score on the sweep's scenes, and what each thing Guidepost is not told
costs it: clairvoyant trackers and Guidepost told more and more, all scored with the same scorer as
Guidepost and Stone Soup.

    .venv/bin/python bounds.py [--binary ../../.build/release/guidepost] [--table results-bounds.md]

It reads the sweep's cached scenes (work/sweep, made by sweep.py) and the records of
results-sweep.json, and writes its tracks and clutter-free scenes to work/bounds.

- **oracle**: knows which detection is whose (the nearest truth within 4 σ), when every target is
  born and dies, and the true model; a Kalman filter at the cell's q per target, reported from its
  first detection while reporting lowers expected GOSPA (E[min(d, c)] < c/2). In practice a lower
  bound for any tracker.
- **partition**: knows only which detections share an origin (so a target's second detection proves
  it), and the cell's true q, P_D, clutter density and birth rate. A target's first detection is a
  target with the Bayes probability P_D D_u / (P_D D_u + λ), D_u the density of targets not yet
  detected (the PMBM's Poisson part: D_u ← p_s (1 − P_D) D_u + β, from β / P_D at the start, as a
  tracker starting cold knows no more); a target not detected fades by Bayes' rule with the mean
  lifetime `--lifetime` (600 s, Guidepost's default, unless given; the sweep's true one is 200 s). It is reported
  when r ≥ (c/2) / (c − E[min(d, c)]).
- **selection**: as the partition, but a detection raises a track's existence only by what it says
  (Bayes' rule with L = P_D N(ν; 0, S) / λ), not by knowing its origin: a tracker whose association
  never errs (it always picks each target's own detection, never clutter, never another target's),
  told everything, with the true model. The best any association scheme (PMBM, MHT) could give.
- **Guidepost, one change a row**: its defaults; with GOSPA-optimal reports (`--report-cutoff 50`);
  told each cell's q, P_D, λ, β, σ_v and `--lifetime`, all fixed; with the true constant-velocity model; and on the
  same scenes less their clutter (each target's nearest detection within 4 σ kept, the rest dropped:
  nearly all clutter goes, though a missed target's nearest clutter within 4 σ stays), still told
  the cell's λ, so association is left mostly between targets.
"""
import argparse
import json
import math
import os
import statistics as st
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
C = 50.0
SS = ("Stone Soup GNN", "Stone Soup JPDA")
GP = "Guidepost (defaults)"


def load(path, key):
    out = {}
    for line in open(path):
        r = json.loads(line)
        out.setdefault(r["t"], []).append((r[key], r["x"], r["y"]) if key else (r["x"], r["y"]))
    return out


def expected_cost(P):
    """E[min(d, c)] for a position error with covariance P's position block, taken isotropic."""
    s = math.sqrt(max((P[0, 0] + P[2, 2]) / 2, 1e-12))
    return s * math.sqrt(math.pi / 2) * math.erf(C / (s * math.sqrt(2)))


def clairvoyant(folder, out, cell, area, targets, mode, lifetime):
    q, sigma, pd = cell["q"], cell["sigma"], cell["pd"]
    lam, beta, ps = cell["clutter"] / area, 0.005 * targets / area, math.exp(-1 / lifetime)
    truth = {t: {i: (x, y) for i, x, y in v} for t, v in load(f"{folder}/scenario-truth.jsonl", "id").items()}
    dets = load(f"{folder}/scenario-detections.jsonl", None)
    R = np.eye(2) * sigma**2
    H = np.array([[1, 0, 0, 0], [0, 0, 1, 0]], float)
    F = np.eye(4); F[0, 1] = F[2, 3] = 1
    b = q * np.array([[1 / 3, 1 / 2], [1 / 2, 1]]); Q = np.zeros((4, 4)); Q[0:2, 0:2] = b; Q[2:4, 2:4] = b
    filters, du, last = {}, beta / pd, None
    with open(out, "w") as f:
        for t in sorted(set(truth) | set(dets)):
            assert last is None or t - last == 1, "the sweep's scans are one second apart"
            if last is not None:
                du = ps * du + beta
            last = t
            alive = truth.get(t, {})
            ids = list(alive)
            pos = np.array([alive[i] for i in ids]) if ids else np.zeros((0, 2))
            taken = {}
            for x, y in dets.get(t, []):
                if not ids:
                    break
                d = np.hypot(pos[:, 0] - x, pos[:, 1] - y)
                k = int(np.argmin(d))
                if d[k] < 4 * sigma and (ids[k] not in taken or d[k] < taken[ids[k]][0]):
                    taken[ids[k]] = (d[k], np.array([x, y]))
            # The oracle follows the living targets it has seen; the partition its own beliefs.
            keys = [i for i in ids if i in filters or i in taken] if mode == "oracle" else list(set(filters) | set(taken))
            for i in keys:
                if i in filters:
                    m, P, r = filters[i]
                    m, P, r = F @ m, F @ P @ F.T + Q, ps * r
                    if i in taken:
                        S = H @ P @ H.T + R
                        Si = np.linalg.inv(S)
                        K = P @ H.T @ Si
                        nu = taken[i][1] - H @ m
                        if mode == "selection":
                            # Bayes' rule on what the detection says, not on knowing its origin.
                            g = math.exp(-0.5 * nu @ Si @ nu) / (2 * math.pi * math.sqrt(np.linalg.det(S)))
                            delta = pd - pd * g / lam
                            r = (1 - delta) * r / (1 - delta * r)
                        else:
                            r = 1.0
                        m, P = m + K @ nu, (np.eye(4) - K @ H) @ P
                    else:
                        r = r * (1 - pd) / (1 - r * pd)
                    if mode == "oracle":
                        r = 1.0  # it knows the target is there
                else:
                    z = taken[i][1]
                    m, P = np.array([z[0], 0, z[1], 0.0]), np.diag([sigma**2, 1.5**2, sigma**2, 1.5**2])
                    r = 1.0 if mode == "oracle" else pd * du / (pd * du + lam)
                filters[i] = (m, P, r)
                e = expected_cost(P)
                if e < C / 2 and r >= (C / 2) / (C - e):
                    f.write(json.dumps({"t": t, "track": i, "x": m[0], "y": m[2], "vx": m[1], "vy": m[3],
                                        "class": "unknown", "p_class": 0.5}) + "\n")
            du = (1 - pd) * du
            for i in list(filters):
                if (mode == "oracle" and i not in alive) or filters[i][2] < 1e-4:
                    del filters[i]


def score(binary, truth, tracks):
    out = subprocess.run([binary, "score", truth, tracks, "--c", "50", "--p", "1", "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


# The steps from Guidepost's defaults to the clairvoyant trackers, each changing one thing: how it
# reports, what it is told, its motion model, the clutter it must associate. {…} is the cell's own.
TOLD = ["--fixed-pd", "--pd", "{pd}", "--process-noise", "{q}", "--fixed-process-noise", "--speed-sigma", "1.5",
        "--fixed-clutter", "--clutter-density", "{clutter}", "--birth-density", "{birth}", "--lifetime", "{lifetime}"]
STEPS = (
    ("reports", "defaults, GOSPA-optimal reports", ["--report-cutoff", "50"], False),
    ("told", "told the cell's q, P_D, λ, β, σ_v and the lifetime", ["--report-cutoff", "50", *TOLD], False),
    ("told-cv", "told, the true (constant-velocity) model", ["--report-cutoff", "50", "--filter", "cv", *TOLD], False),
    ("told-cv-clean", "told, constant velocity, no clutter to associate", ["--report-cutoff", "50", "--filter", "cv", *TOLD], True),
    # Off the chain: its own (stop, walk, manoeuvre) model with no clutter to associate.
    ("told-clean", "told, its own model, no clutter to associate", ["--report-cutoff", "50", *TOLD], True),
)
CHAIN = ("reports", "told", "told-cv", "told-cv-clean")


def without_clutter(folder, out, sigma):
    """The scene's detections less its clutter: at each scan each target keeps its nearest detection
    within 4 σ (the oracle's rule); the others are dropped. Truth and scans are linked."""
    os.makedirs(out, exist_ok=True)
    truth = load(f"{folder}/scenario-truth.jsonl", None)
    lines = {}
    for line in open(f"{folder}/scenario-detections.jsonl"):
        r = json.loads(line)
        lines.setdefault(r["t"], []).append((r["x"], r["y"], line))
    with open(f"{out}/scenario-detections.jsonl", "w") as f:
        for t in sorted(lines):
            dets, keep = lines[t], set()
            if truth.get(t):
                pos = np.array([(x, y) for x, y, _ in dets])
                for tx, ty in truth[t]:
                    d = np.hypot(pos[:, 0] - tx, pos[:, 1] - ty)
                    k = int(np.argmin(d))
                    if d[k] < 4 * sigma:
                        keep.add(k)
            for k in sorted(keep):
                f.write(dets[k][2])
    for name in ("scenario-truth.jsonl", "scenario-scans.jsonl"):
        if not os.path.lexists(f"{out}/{name}"):
            os.symlink(os.path.abspath(f"{folder}/{name}"), f"{out}/{name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(HERE, "..", "..", ".build", "release", "guidepost"))
    parser.add_argument("--records", default=os.path.join(HERE, "results-sweep.json"))
    parser.add_argument("--work", default=os.path.join(HERE, "work"))
    parser.add_argument("--lifetime", type=float, default=600,
                        help="the mean lifetime the bounds and the told rows assume, s (the sweep's true one is 200)")
    parser.add_argument("--table", default=os.path.join(HERE, "results-bounds.md"))
    args = parser.parse_args()
    records = json.load(open(args.records))["records"]
    os.makedirs(os.path.join(args.work, "bounds"), exist_ok=True)

    def one(r):
        name = f"{r['cell_name']}-s{r['seed_index']}"
        folder = os.path.join(args.work, "sweep", name)
        if r["scans_scored"] != r["scans"]:
            sys.exit(f"{name}: Stone Soup stopped early; bounds need whole scenes")
        truth = os.path.join(folder, "scenario-truth.jsonl")
        scores = {}
        for mode in ("oracle", "partition", "selection"):
            out = os.path.join(args.work, "bounds", f"{name}-{mode}.jsonl")
            clairvoyant(folder, out, r["cell"], r["width_m"] * r["height_m"], r["targets"], mode, args.lifetime)
            scores[mode] = score(args.binary, truth, out)
        area = r["width_m"] * r["height_m"]
        values = {"{pd}": r["cell"]["pd"], "{q}": r["cell"]["q"], "{clutter}": f"{r['cell']['clutter'] / area:.6g}",
                  "{birth}": f"{0.005 * r['targets'] / area:.6g}", "{lifetime}": f"{args.lifetime:g}"}
        clean = os.path.join(args.work, "bounds", f"{name}-clean")
        without_clutter(folder, clean, r["cell"]["sigma"])
        for key, _, extra, no_clutter in STEPS:
            scene = clean if no_clutter else folder
            out = os.path.join(args.work, "bounds", f"{name}-{key}.jsonl")
            subprocess.run([args.binary, "track", f"{scene}/scenario-detections.jsonl", "--scans",
                            f"{scene}/scenario-scans.jsonl", "--out", out, *[str(values.get(a, a)) for a in extra]],
                           check=True, capture_output=True)
            scores[key] = score(args.binary, truth, out)
        return r, scores

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(one, records))
    cells = {}
    for r, s in results:
        c = cells.setdefault(r["cell_name"], dict(cell=r["cell"], runs=[]))
        row = {n: r["trackers"][n] for n in (*SS, GP)}
        row.update(s)
        c["runs"].append(row)
    steps = [k for k, *_ in STEPS]
    names = (*SS, GP, *steps, "selection", "partition", "oracle")
    parts = ("gospa", "localisation", "missed", "false")
    rows = []
    for name, c in sorted(cells.items()):
        mean = {n: {p: st.mean(run[n][p] for run in c["runs"]) for p in parts} for n in names}
        best = min(mean[n]["gospa"] for n in SS)
        rows.append(dict(name=name, cell=c["cell"], mean=mean, ratio={n: mean[n]["gospa"] / best for n in names}))

    chain = [(GP, "Guidepost, defaults (nothing told)")] + [(k, f"Guidepost, {label}") for k, label, *_ in STEPS
                                                             if k in CHAIN] + [
        ("selection", "**selection bound**: perfect association, Bayes' existence, told, true model"),
        ("partition", "partition bound: as selection, but a second detection proves a target"),
        ("oracle", "oracle: knows every target, birth and death")]
    lines = ["# What the best tracker could score on the sweep (bench/tracking/bounds.py)", "",
             f"`bounds.py {' '.join(sys.argv[1:])}`, on the {len(records)} scenes of `{os.path.basename(args.records)}`; "
             "GOSPA c = 50 m, p = 1, α = 2, means per scan over a cell's seeds, each divided by Stone Soup's best "
             f"(its GNN or JPDA, told the cell's parameters). Lifetime assumed by the bounds and the told rows: {args.lifetime:g} s.", "",
             "From Guidepost's defaults to the clairvoyant trackers, one change a row (told: `"
             + " ".join(TOLD) + "`, the cell's own values):", "",
             "| tracker | mean of cell ratios | σ 3 / 8 / 15 m | worst cell | cells above 1.0 | step from the row above |",
             "|---|---:|---:|---:|---:|---:|"]
    previous = None
    for key, label in chain:
        mean = st.mean(x["ratio"][key] for x in rows)
        by_sigma = " / ".join(f"{st.mean(x['ratio'][key] for x in rows if x['cell']['sigma'] == v):.3f}"
                              for v in sorted({x["cell"]["sigma"] for x in rows}))
        worst = max(x["ratio"][key] for x in rows)
        lost = sum(x["ratio"][key] > 1 for x in rows)
        step = f"{mean - previous:+.3f}" if previous is not None else "—"
        lines.append(f"| {label} | {mean:.3f} | {by_sigma} | {worst:.3f} | {lost} | {step} |")
        previous = mean
    own = st.mean(x["ratio"]["told-clean"] for x in rows)
    lines += ["", f"Off the chain: Guidepost told, with its own stop–walk–manoeuvre model, and no clutter to associate: "
              f"{own:.3f} (worst cell {max(x['ratio']['told-clean'] for x in rows):.3f}).",
              "", "| rows | Guidepost defaults | selection bound | partition bound | oracle |", "|---|---:|---:|---:|---:|"]
    for key in ("sigma", "pd", "clutter", "q"):
        for v in sorted({x["cell"][key] for x in rows}):
            sel = [x for x in rows if x["cell"][key] == v]
            lines.append(f"| {key} {v:g} | " + " | ".join(f"{st.mean(x['ratio'][n] for x in sel):.3f}"
                                                          for n in (GP, "selection", "partition", "oracle")) + " |")
    cols = (GP, "told", "told-cv-clean", "selection", "partition", "oracle")
    lines += ["", "Per cell, L / M / F (localisation, missed, false parts) and ratio to Stone Soup's best:", "",
              "| cell | SS best | " + " | ".join(f"{n} L / M / F" for n in ("defaults", "told", "told CV no clutter",
                                                                             "selection", "partition", "oracle"))
              + " | " + " | ".join(f"{n} ÷ best" for n in ("defaults", "told", "told CV no clutter", "selection",
                                                            "partition", "oracle")) + " |",
              "|---|---:|" + "---|" * len(cols) + "---:|" * len(cols)]
    for x in rows:
        m = x["mean"]
        best = min(m[n]["gospa"] for n in SS)
        lmf = lambda n: " / ".join(f"{m[n][p]:.0f}" for p in parts[1:])
        lines.append(f"| {x['name']} | {best:.1f} | " + " | ".join(lmf(n) for n in cols) + " | "
                     + " | ".join(f"{x['ratio'][n]:.3f}" for n in cols) + " |")
    open(args.table, "w").write("\n".join(lines) + "\n")
    print("\n".join(lines[:24]))


if __name__ == "__main__":
    main()
