#!/usr/bin/env python3
"""The planning side-by-side: exact references (C Dijkstra and C A*, scipy.sparse.csgraph), a
continuous-space view (scikit-fmm) and Guidepost, on the same seeded grids, in one run.

Checks every exact cost against the C Dijkstra to 1e-9 relative, times the solve of each (best
of --repeat interleaved rounds, because the machine is shared; file reading excluded for all, reported
separately for Guidepost), then times Guidepost's incremental re-plan (`guidepost replan`,
D* Lite) after 50 m deviations from the route and after search parties appear on it, on the
1 M-cell sector, and writes work/results.md and an SVG of the sector and its route.

usage: run.py [--guidepost ../../.build/release/guidepost] [--repeat 3] [--no-scipy-border]
              [--no-fmm-border] [--seed 7] [--svg ../../docs/images/guidance-sector-route.svg]
"""
import argparse, base64, json, math, os, statistics, struct, subprocess, sys, time, zlib

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work")
REL = 1e-9


def sh(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    return p


def task_args(task):
    return [str(task["start"][0]), str(task["start"][1]), str(task["goal"][0]), str(task["goal"][1]), str(task["cell_m"])]


def run_c(binary, mode, npy, task, repeat):
    out = []
    for _ in range(repeat):
        p = sh([binary, mode, npy] + task_args(task))
        if p.returncode:
            raise SystemExit(p.stderr)
        out.append(json.loads(p.stdout))
    return out[0]["cost"], out[0]["expanded"], min(o["seconds"] for o in out)


def run_guidepost(gp, planner, npy, task_path, repeat):
    res = []
    for _ in range(repeat):
        p = sh([gp, "plan", "--cost", npy, "--task", task_path, "--json", "--timing", "--planner", planner])
        if p.returncode not in (0, 2):
            raise SystemExit(p.stderr)
        o = json.loads(p.stdout)
        line = [l for l in p.stderr.splitlines() if l.startswith("read ")][0]
        read_ms = float(line.split()[1])
        solve_ms = float(line.split("solve ")[1].split()[0])
        res.append((o, read_ms, solve_ms))
    o = res[0][0]
    return o, min(r[1] for r in res) / 1e3, min(r[2] for r in res) / 1e3


def edge_graph(cost, cell_m):
    """The 8-connected graph of the edge rule as an upper-triangular scipy CSR matrix."""
    from scipy.sparse import coo_matrix
    rows, cols = cost.shape
    c = cost.astype(np.float64)
    fin = np.isfinite(c)
    idx = np.arange(rows * cols, dtype=np.int64).reshape(rows, cols)
    parts_i, parts_j, parts_w = [], [], []

    def add(a_sl, b_sl, diag, side1=None, side2=None):
        ok = fin[a_sl] & fin[b_sl]
        if diag:
            ok &= fin[side1] & fin[side2]
        ca, cb = c[a_sl][ok], c[b_sl][ok]
        w = (math.sqrt(2.0) * cell_m * (ca + cb) / 2) if diag else (cell_m * (ca + cb) / 2)
        parts_i.append(idx[a_sl][ok]); parts_j.append(idx[b_sl][ok]); parts_w.append(w)

    S = slice
    add((S(None), S(0, -1)), (S(None), S(1, None)), False)                       # east
    add((S(0, -1), S(None)), (S(1, None), S(None)), False)                       # south
    add((S(0, -1), S(0, -1)), (S(1, None), S(1, None)), True,                     # south-east
        (S(1, None), S(0, -1)), (S(0, -1), S(1, None)))
    add((S(0, -1), S(1, None)), (S(1, None), S(0, -1)), True,                     # south-west
        (S(1, None), S(1, None)), (S(0, -1), S(0, -1)))
    i = np.concatenate(parts_i); j = np.concatenate(parts_j); w = np.concatenate(parts_w)
    return coo_matrix((w, (i, j)), shape=(rows * cols, rows * cols)).tocsr()


def run_scipy(cost, task, graph):
    from scipy.sparse.csgraph import dijkstra
    if graph.get(task["cell_m"]) is None:
        t0 = time.perf_counter()
        graph[task["cell_m"]] = (edge_graph(cost, task["cell_m"]), time.perf_counter() - t0)
    g, build = graph[task["cell_m"]]
    s = task["start"][0] * cost.shape[1] + task["start"][1]
    t0 = time.perf_counter()
    d = dijkstra(g, directed=False, indices=s)
    solve = time.perf_counter() - t0
    return d, build, solve


def run_fmm(cost, task):
    import skfmm
    phi = np.ones(cost.shape)
    phi[tuple(task["goal"])] = -1
    blocked = ~np.isfinite(cost)
    speed = np.where(blocked, 1.0, 1.0 / np.where(blocked, 1.0, cost.astype(np.float64)))
    t0 = time.perf_counter()
    tt = skfmm.travel_time(np.ma.MaskedArray(phi, blocked), speed, dx=task["cell_m"])
    secs = time.perf_counter() - t0
    v = tt[tuple(task["start"])]
    return (None if np.ma.is_masked(v) else float(v)), secs


def replan_events(path, cost, metres, cell_m, count):
    """The person's story along the optimal route: at `count` points they are on the route
    ("move"), then `metres` to its side ("deviation", alternating sides, only onto a finite cell);
    at every fifth point a search party appears on the route ~600 m ahead: a disc of radius
    100 m becomes impassable ("party"). Parties stay out of the last fifth of the route (the
    reception point)."""
    k = int(round(metres / cell_m))
    events = []
    n = len(path)
    for m in range(count):
        i = int((m + 1) * n / (count + 2))
        a, b = path[max(0, i - 3)], path[min(n - 1, i + 3)]
        dr, dc = b[0] - a[0], b[1] - a[1]
        norm = math.hypot(dr, dc) or 1.0
        pr, pc = -dc / norm, dr / norm
        side = 1 if m % 2 == 0 else -1
        for sd in (side, -side):
            r = int(round(path[i][0] + sd * k * pr)); c = int(round(path[i][1] + sd * k * pc))
            if 0 <= r < cost.shape[0] and 0 <= c < cost.shape[1] and np.isfinite(cost[r, c]):
                events.append(("move", {"start": path[i]}))
                events.append(("deviation", {"start": [r, c]}))
                break
        ahead = i + 60
        if m % 5 == 2 and ahead < 0.8 * n:
            pr0, pc0 = path[ahead]
            disc = [[pr0 + dr, pc0 + dc] for dr in range(-10, 11) for dc in range(-10, 11)
                    if dr * dr + dc * dc <= 100 and 0 <= pr0 + dr < cost.shape[0] and 0 <= pc0 + dc < cost.shape[1]]
            events.append(("party", {"cells": disc, "cost": None}))
    return events


def png(rgb):
    h, w, _ = rgb.shape
    raw = b"".join(b"\x00" + rgb[r].tobytes() for r in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def write_svg(path_out, cost, routes, starts, step=2):
    """The grid as an embedded PNG (every `step`-th cell, costs in 8 shades), the routes on top."""
    c = cost[::step, ::step]
    fin = np.isfinite(c)
    v = np.log10(np.where(fin, c, 1.0).astype(np.float64))
    t = np.clip((v - np.log10(0.5)) / (np.log10(125) - np.log10(0.5)), 0, 1)
    t = np.round(t * 7) / 7
    rgb = np.empty(c.shape + (3,), np.uint8)
    rgb[..., 0] = (235 - 20 * t).astype(np.uint8)
    rgb[..., 1] = (240 - 200 * t).astype(np.uint8)
    rgb[..., 2] = (225 - 190 * t).astype(np.uint8)
    rgb[~fin] = (30, 60, 140)
    h, w = cost.shape
    img = base64.b64encode(png(rgb)).decode()
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d">' % (w, h + 30, w // 2, (h + 30) // 2),
           '<image width="%d" height="%d" preserveAspectRatio="none" style="image-rendering:pixelated" '
           'href="data:image/png;base64,%s"/>' % (w, h, img)]
    colours = ["#000000", "#d01c8b"]
    for (name, cells), colour in zip(routes, colours):
        pts = " ".join("%d,%d" % (cc, r) for r, cc in cells[::2] + cells[-1:])
        out.append('<polyline fill="none" stroke="%s" stroke-width="3" points="%s"><title>%s</title></polyline>' % (colour, pts, name))
    for r, cc in starts:
        out.append('<circle cx="%d" cy="%d" r="6" fill="#d01c8b"/>' % (cc, r))
    out.append('<text x="8" y="%d" font-size="22" font-family="sans-serif">sector 24.8 km x 4 km at 10 m; north up; blue impassable (rivers, fences); '
               'darker = costlier (mines); black: optimal route; pink: re-planned after a 50 m deviation</text>' % (h + 24))
    out.append("</svg>")
    os.makedirs(os.path.dirname(path_out), exist_ok=True)
    with open(path_out, "w") as f:
        f.write("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--guidepost", default=os.path.join(HERE, "..", "..", ".build", "release", "guidepost"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-scipy-border", action="store_true")
    ap.add_argument("--no-fmm-border", action="store_true")
    ap.add_argument("--deviations", type=int, default=25)
    ap.add_argument("--svg", default=os.path.join(HERE, "..", "..", "docs", "images", "guidance-sector-route.svg"))
    a = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    ref = os.path.join(WORK, "reference")
    subprocess.run(["gcc", "-O2", "-o", ref, os.path.join(HERE, "reference.c"), "-lm"], check=True)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), WORK, "--seed", str(a.seed)], check=True)
    gp = os.path.abspath(a.guidepost)
    rows, failures = [], []
    for grid in ("sector", "border"):
        npy = os.path.join(WORK, grid + ".npy")
        cost = np.load(npy)
        graph = {}
        for tname in ("crossing", "traverse"):
            tpath = os.path.join(WORK, "%s-%s.json" % (grid, tname))
            task = json.load(open(tpath))
            label = "%s %s (%d cells)" % (grid, tname, cost.size)
            print("==", label, file=sys.stderr)
            # Interleaved rounds, best of each: every tool sees the same mix of load from the
            # machine's other jobs.
            times = {k: [] for k in ("c_dijkstra", "c_astar", "astar", "dijkstra", "dstar-lite")}
            gp_out, read_times = {}, []
            for _ in range(a.repeat):
                exact, exp_d, t = run_c(ref, "dijkstra", npy, task, 1)
                times["c_dijkstra"].append(t)
                c_a, exp_a, t = run_c(ref, "astar", npy, task, 1)
                times["c_astar"].append(t)
                for planner in ("astar", "dijkstra", "dstar-lite"):
                    o, read_s, solve_s = run_guidepost(gp, planner, npy, tpath, 1)
                    gp_out[planner] = o
                    times[planner].append(solve_s)
                    read_times.append(read_s)
            row = {"case": label, "exact": exact, "c_dijkstra": min(times["c_dijkstra"]), "c_astar": min(times["c_astar"]),
                   "exp_d": exp_d, "exp_a": exp_a, "gp_read": min(read_times)}
            for planner, o in gp_out.items():
                row["gp_" + planner] = min(times[planner])
                row["gp_exp_" + planner] = o["cells_expanded"]
                if not (o["cost"] is not None and abs(o["cost"] - exact) <= REL * exact):
                    failures.append("%s: guidepost %s cost %s != C Dijkstra %s" % (label, planner, o["cost"], exact))
            row["route"] = gp_out["astar"]["path"]
            row["median_ratio"] = statistics.median(times["astar"]) / statistics.median(times["c_dijkstra"])
            if abs(c_a - exact) > REL * exact:
                failures.append("%s: C A* %s != C Dijkstra %s" % (label, c_a, exact))
            if grid == "sector" or not a.no_scipy_border:
                d, build, solve = run_scipy(cost, task, graph)
                sc = float(d[task["goal"][0] * cost.shape[1] + task["goal"][1]])
                row["scipy"] = (sc, build, solve)
                if abs(sc - exact) > REL * exact:
                    failures.append("%s: scipy %s != C Dijkstra %s" % (label, sc, exact))
            if grid == "sector" or not a.no_fmm_border:
                row["fmm"] = run_fmm(cost, task)
            rows.append(row)
            print(json.dumps({k: v for k, v in row.items() if k != "route"}), file=sys.stderr)

    # Re-planning after 50 m deviations and search parties on the 1 M-cell sector.
    sector = np.load(os.path.join(WORK, "sector.npy"))
    route = rows[0]["route"]
    story = replan_events(route, sector, 50.0, 10.0, a.deviations)
    changes = os.path.join(WORK, "sector-replan.jsonl")
    with open(changes, "w") as f:
        for _, change in story:
            f.write(json.dumps(change) + "\n")
    task = os.path.join(WORK, "sector-crossing.json")
    replan_ms = {"deviation": [], "party": []}
    replan_exp = {"deviation": [], "party": []}
    first_ms = []
    for _ in range(a.repeat):
        p = sh([gp, "replan", "--cost", os.path.join(WORK, "sector.npy"), "--task", task, "--changes", changes, "--timing", "--path"])
        if p.returncode:
            raise SystemExit(p.stderr)
        events = [json.loads(l) for l in p.stdout.splitlines()]
        times = {int(l.split()[1].rstrip(":")): float(l.split()[2]) for l in p.stderr.splitlines() if l.startswith("event ")}
        first_ms.append(times[0])
        for kind in replan_ms:
            idx = [i + 1 for i, (k, _) in enumerate(story) if k == kind]
            replan_ms[kind].append([times[e] for e in idx])
            replan_exp[kind] = [events[e]["cells_expanded"] for e in idx]
    # Best of the repeats, event by event.
    best = {kind: [min(run[j] for run in replan_ms[kind]) for j in range(len(replan_ms[kind][0]))] for kind in replan_ms}
    check = sh([gp, "replan", "--cost", os.path.join(WORK, "sector.npy"), "--task", task, "--changes", changes, "--check"])
    if check.returncode:
        failures.append("replan --check: " + check.stderr.strip().splitlines()[-1])
    dev_events = [i + 1 for i, (k, _) in enumerate(story) if k == "deviation"]
    deviated = next(events[e] for e in dev_events[len(dev_events) // 2:] if events[e]["outcome"] == "found")
    write_svg(os.path.abspath(a.svg), sector, [("optimal route", route), ("after a 50 m deviation", deviated["path"])],
              [deviated["path"][0]])

    def ms(x):
        return "%.1f" % (x * 1e3)
    lines = ["| case | exact cost (C Dijkstra) | C Dijkstra ms | C A* ms | Guidepost A* ms | Guidepost Dijkstra ms | Guidepost D* Lite (first plan) ms | A*/C-Dijkstra (best; median) | A*/C-A* | cells expanded C A* / Guidepost A* | scipy csgraph build + solve s | scikit-fmm cost (ratio) , s |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        sc = "%.1f + %.1f" % (r["scipy"][1], r["scipy"][2]) if "scipy" in r else "skipped"
        if "fmm" in r and r["fmm"][0] is not None:
            fm = "%.1f (%.4f), %.1f" % (r["fmm"][0], r["fmm"][0] / r["exact"], r["fmm"][1])
        else:
            fm = "skipped"
        lines.append("| %s | %.6f | %s | %s | %s | %s | %s | %.2f; %.2f | %.2f | %d / %d | %s | %s |" % (
            r["case"], r["exact"], ms(r["c_dijkstra"]), ms(r["c_astar"]), ms(r["gp_astar"]), ms(r["gp_dijkstra"]),
            ms(r["gp_dstar-lite"]), r["gp_astar"] / r["c_dijkstra"], r["median_ratio"], r["gp_astar"] / r["c_astar"], r["exp_a"],
            r["gp_exp_astar"], sc, fm))
    lines.append("")
    lines.append("Guidepost reads a 10 M-cell .npy in %.0f ms (not in the solve times above)." % (rows[-1]["gp_read"] * 1e3))
    lines.append("")
    for kind, what in (("deviation", "a 50 m deviation"), ("party", "a search party (a 100 m disc on the route 600 m ahead becomes impassable)")):
        t = sorted(best[kind])
        lines.append("Re-plan after %s (D* Lite, sector crossing, %d events, best of %d runs each): median %.2f ms, "
                     "p90 %.2f ms, max %.2f ms; cells expanded median %d, max %d." % (
                         what, len(t), a.repeat, statistics.median(t), t[int(0.9 * (len(t) - 1))], t[-1],
                         statistics.median(replan_exp[kind]), max(replan_exp[kind])))
    lines.append("First D* Lite plan in `guidepost replan`: %.1f ms. Every re-plan was checked against A* from scratch "
                 "(`guidepost replan --check`)." % min(first_ms))
    lines.append("")
    lines.append("All exact costs agree with the C Dijkstra to 1e-9 relative." if not failures else
                 "MISMATCHES:\n" + "\n".join("- " + f for f in failures))
    text = "\n".join(lines) + "\n"
    with open(os.path.join(WORK, "results.md"), "w") as f:
        f.write(text)
    print(text)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
