"""What the best tracker could score on the sweep's scenes: two clairvoyant trackers, scored with the
same scorer as Guidepost and Stone Soup, to say how far each is from the best possible and what
better association alone could still buy.

    .venv/bin/python bounds.py [--binary ../../.build/release/guidepost] [--table results-bounds.md]

It reads the sweep's cached scenes (work/sweep, made by sweep.py) and the records of
results-sweep.json, and writes each bound's tracks beside nothing of ours (work/bounds).

- **oracle**: knows which detection is whose (the nearest truth within 4 σ), when every target is
  born and dies, and the true model; a Kalman filter at the cell's q per target, reported from its
  first detection while reporting lowers expected GOSPA (E[min(d, c)] < c/2). In practice a lower
  bound for any tracker.
- **partition**: knows only which detections share an origin (so a target's second detection proves
  it), and the cell's true q, P_D, clutter density and birth rate. A target's first detection is a
  target with the Bayes probability P_D D_u / (P_D D_u + λ), D_u the density of targets not yet
  detected (the PMBM's Poisson part: D_u ← p_s (1 − P_D) D_u + β, from β / P_D at the start, as a
  tracker starting cold knows no more); a target not detected fades by Bayes' rule with the mean
  lifetime `--lifetime` (600 s, Guidepost's default; the sweep's true one is 200 s). It is reported
  when r ≥ (c/2) / (c − E[min(d, c)]). The best any tracker could do by better association alone
  (PMBM, MHT) with what Guidepost knows of births and deaths.
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
                        K = P @ H.T @ np.linalg.inv(S)
                        m, P, r = m + K @ (taken[i][1] - H @ m), (np.eye(4) - K @ H) @ P, 1.0
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(HERE, "..", "..", ".build", "release", "guidepost"))
    parser.add_argument("--records", default=os.path.join(HERE, "results-sweep.json"))
    parser.add_argument("--work", default=os.path.join(HERE, "work"))
    parser.add_argument("--lifetime", type=float, default=600, help="the partition bound's mean lifetime, s")
    parser.add_argument("--table", default=os.path.join(HERE, "results-bounds.md"))
    args = parser.parse_args()
    records = json.load(open(args.records))["records"]
    os.makedirs(os.path.join(args.work, "bounds"), exist_ok=True)

    def one(r):
        name = f"{r['cell_name']}-s{r['seed_index']}"
        folder = os.path.join(args.work, "sweep", name)
        if r["scans_scored"] != r["scans"]:
            sys.exit(f"{name}: Stone Soup stopped early; bounds need whole scenes")
        scores = {}
        for mode in ("oracle", "partition"):
            out = os.path.join(args.work, "bounds", f"{name}-{mode}.jsonl")
            clairvoyant(folder, out, r["cell"], r["width_m"] * r["height_m"], r["targets"], mode, args.lifetime)
            scores[mode] = score(args.binary, os.path.join(folder, "scenario-truth.jsonl"), out)
        return r, scores

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(one, records))
    cells = {}
    for r, s in results:
        c = cells.setdefault(r["cell_name"], dict(cell=r["cell"], runs=[]))
        row = {n: r["trackers"][n] for n in (*SS, GP)}
        row.update(s)
        c["runs"].append(row)
    names = (*SS, GP, "oracle", "partition")
    parts = ("gospa", "localisation", "missed", "false")
    rows = []
    for name, c in sorted(cells.items()):
        mean = {n: {p: st.mean(run[n][p] for run in c["runs"]) for p in parts} for n in names}
        best = min(mean[n]["gospa"] for n in SS)
        rows.append(dict(name=name, cell=c["cell"], mean=mean, ratio={n: mean[n]["gospa"] / best for n in names}))

    lines = [f"# What the best tracker could score on the sweep (bench/tracking/bounds.py)", "",
             f"`bounds.py {' '.join(sys.argv[1:])}`, on the {len(records)} scenes of `{os.path.basename(args.records)}`; "
             "GOSPA c = 50 m, p = 1, α = 2, means per scan over a cell's seeds, each divided by Stone Soup's best. "
             f"Partition bound's lifetime {args.lifetime:g} s.", "",
             "| rows | Guidepost defaults | partition bound | oracle | Guidepost's gap to the partition bound closed by 0.9 |",
             "|---|---:|---:|---:|---:|"]

    def summary(label, sel, target=False):
        g = st.mean(x["ratio"][GP] for x in sel)
        p = st.mean(x["ratio"]["partition"] for x in sel)
        o = st.mean(x["ratio"]["oracle"] for x in sel)
        need = f"{(g - 0.9) / (g - p):.0%}" if target and g > p else "—"
        lines.append(f"| {label} | {g:.3f} | {p:.3f} | {o:.3f} | {need} |")

    summary(f"all {len(rows)} cells (mean of cell ratios)", rows, target=True)
    for key in ("sigma", "pd", "clutter", "q"):
        for v in sorted({x["cell"][key] for x in rows}):
            summary(f"{key} {v:g}", [x for x in rows if x["cell"][key] == v])
    lines += ["", f"Worst cell: Guidepost {max(x['ratio'][GP] for x in rows):.3f}, partition bound "
              f"{max(x['ratio']['partition'] for x in rows):.3f}, oracle {max(x['ratio']['oracle'] for x in rows):.3f}.", "",
              "| cell | SS best | Guidepost L / M / F | partition L / M / F | oracle L / M / F | Guidepost ÷ best | partition ÷ best | oracle ÷ best |",
              "|---|---:|---|---|---|---:|---:|---:|"]
    for x in rows:
        m = x["mean"]
        best = min(m[n]["gospa"] for n in SS)
        lmf = lambda n: " / ".join(f"{m[n][p]:.0f}" for p in parts[1:])
        lines.append(f"| {x['name']} | {best:.1f} | {lmf(GP)} | {lmf('partition')} | {lmf('oracle')} | "
                     f"{x['ratio'][GP]:.3f} | {x['ratio']['partition']:.3f} | {x['ratio']['oracle']:.3f} |")
    open(args.table, "w").write("\n".join(lines) + "\n")
    print("\n".join(lines[:20]))


if __name__ == "__main__":
    main()
