#!/usr/bin/env python3
"""Seeded, realistic DMZ cost grids for the planning bench (DESIGN.md cost-grid format).

Rows run north (row 0, d = +2 km) to south (row 399, d = -2 km) at 10 m; the MDL is row 200.
Columns run along the border. Layers, each seeded:
  vegetation   smooth noise: open ground 1.0 to dense scrub/forest 3.0 per metre
  mines        smooth mine-density blobs, denser near the MDL and near the fences: + up to 120
  roads        a patrol road inside each fence and north-south supply roads to posts: 0.5
  rivers       north-south meandering rivers, 3-8 cells wide: impassable, with a bridge
               (where a road crosses) and a ford (cost 6) each
  fences       the southern limit-line fence (rows 388-389) and the northern one (rows 10-11):
               impassable except gates every ~2.5 km
Writes NAME.npy ('<f4') and NAME-crossing.json / NAME-traverse.json tasks.

usage: generate.py OUTDIR [--seed 7] [--cols-sector 2480] [--cols-border 24800]
"""
import argparse, json, os
import numpy as np
from scipy.ndimage import gaussian_filter

ROWS = 400
CELL_M = 10.0


def smooth_noise(rng, shape, sigma):
    f = gaussian_filter(rng.standard_normal(shape).astype(np.float32), sigma=sigma, mode="wrap")
    f -= f.min()
    return f / max(f.max(), 1e-9)


def make_grid(cols, seed):
    rng = np.random.default_rng(seed)
    shape = (ROWS, cols)
    veg = 1.0 + 2.0 * smooth_noise(rng, shape, 12) ** 1.5
    rows = np.arange(ROWS)[:, None]
    # Mines: blobs; more of them near the MDL (row 200) and just inside the fences.
    profile = 0.35 + 0.65 * np.exp(-((rows - 200) / 60.0) ** 2) + 0.5 * np.exp(-((rows - 380) / 8.0) ** 2) \
        + 0.5 * np.exp(-((rows - 20) / 8.0) ** 2)
    blobs = smooth_noise(rng, shape, 6)
    mines = np.clip((blobs - 0.55) / 0.45, 0, 1) * profile
    cost = veg + 120.0 * mines
    # Roads: an east-west patrol road inside each fence, north-south roads every ~3 km.
    cost[384:386, :] = 0.5
    cost[14:16, :] = 0.5
    road_cols = []
    for c0 in range(150, cols - 100, 300):
        c = c0 + int(rng.integers(-60, 60))
        road_cols.append(c)
        wander = np.cumsum(rng.integers(-1, 2, size=ROWS - 200)) // 4
        for i, r in enumerate(range(200, ROWS)):  # from the fence up to a guard post near the MDL
            cc = int(np.clip(c + wander[i], 1, cols - 3))
            cost[r, cc:cc + 2] = 0.5
    # Rivers: impassable, meandering north-south, one per ~20 km, with a bridge and a ford.
    for c0 in range(int(rng.integers(400, 1200)), cols - 50, 2000):
        width = int(rng.integers(3, 9))
        drift = np.cumsum(rng.normal(0, 0.6, size=ROWS))
        bridge, ford = int(rng.integers(60, 190)), int(rng.integers(210, 370))
        for r in range(ROWS):
            cc = int(np.clip(c0 + drift[r], 0, cols - width))
            if abs(r - bridge) <= 1:
                cost[r, cc:cc + width] = 0.5
            elif abs(r - ford) <= 2:
                cost[r, cc:cc + width] = 6.0
            else:
                cost[r, cc:cc + width] = np.inf
    # Fences with gates every ~2.5 km.
    for fence in (388, 10):
        cost[fence:fence + 2, :] = np.inf
        for g in range(125, cols, 250):
            cost[fence:fence + 2, g:g + 2] = 0.5
    return cost.astype("<f4")


def finite_near(cost, r, c):
    """The nearest finite cell to (r, c), searching outwards."""
    for radius in range(0, 50):
        for dr in range(-radius, radius + 1):
            for dc in range(-radius, radius + 1):
                rr, cc = r + dr, c + dc
                if 0 <= rr < cost.shape[0] and 0 <= cc < cost.shape[1] and np.isfinite(cost[rr, cc]):
                    return [int(rr), int(cc)]
    raise SystemExit("no finite cell near (%d, %d)" % (r, c))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--cols-sector", type=int, default=2480)
    ap.add_argument("--cols-border", type=int, default=24800)
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    for name, cols, seed in (("sector", a.cols_sector, a.seed), ("border", a.cols_border, a.seed + 1)):
        cost = make_grid(cols, seed)
        np.save(os.path.join(a.outdir, name + ".npy"), cost)
        mid = cols // 2
        tasks = {
            # A person just south of the MDL walks to a reception point beyond the southern fence.
            "crossing": (finite_near(cost, 203, mid), finite_near(cost, 396, mid + 300)),
            # The whole window, west end at the MDL to east end beyond the southern fence.
            "traverse": (finite_near(cost, 200, 3), finite_near(cost, 396, cols - 4)),
        }
        for task, (start, goal) in tasks.items():
            with open(os.path.join(a.outdir, "%s-%s.json" % (name, task)), "w") as f:
                json.dump({"cell_m": CELL_M, "start": start, "goal": goal, "connectivity": 8}, f)
        print("%s: %d x %d = %d cells, %.1f%% impassable" % (name, ROWS, cols, ROWS * cols,
                                                            100 * np.mean(~np.isfinite(cost))))


if __name__ == "__main__":
    main()
