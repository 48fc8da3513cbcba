"""Classification under clutter: how much of each kind's tracked time `guidepost track` gives each class.

    python3 classes.py SIM_DIR [--tracks TRACKS.jsonl | --binary GUIDEPOST [--track-args "..."]] \
        [--gate 50] [--unknown-below P] [--features] [--variant NAME=OPTIONS ...] [--group ACTOR ...] \
        [--top 10] [--json OUT.json]

SIM_DIR is a `guidepost simulate` folder (truth.jsonl with "kind" per actor id; detections.jsonl and
scans.jsonl when the tracker is run here or --features is asked for). Without --tracks the script
runs `GUIDEPOST track SIM_DIR/detections.jsonl --scans SIM_DIR/scans.jsonl` itself (default binary:
the repository's .build/release/guidepost) and writes the tracks to SIM_DIR/tracks-classes.jsonl.
Standard library only.

Matching. At every truth instant (the simulator writes truth every 10 s; the tracker reports
every scan, so every truth instant has its track lines) tracks and truth actors are matched one
to one by optimal assignment on Euclidean distance with cost min(d, gate), keeping pairs closer
than the gate (50 m, the GOSPA cut-off `guidepost score` uses): the assignment GOSPA makes. The
problem is split into the connected groups of truth–track pairs within the gate and each group
is solved exactly (Hungarian method), which gives the same optimum as one big assignment.
Track-time is the number of matched (instant, track) pairs times the truth interval. A track
not within the gate of any actor (clutter, or a drifted track) is counted apart, by class.

Note on the simulator: a group actor (an animal group, a KPA party of 25) is one truth point and
yields one detection per look, so a group is one target here and "companions" (other tracks
within 40 m moving alike) only count when the tracker holds several tracks close together.
--group ACTOR counts every track within the gate of that actor, not only the one assigned to it.

Reported: per truth kind, the share of matched track-time in each class and the matched instants
behind it; the headline figures (human classed human or unknown, target >= 99 %; animal classed
human, target <= 5 %); per human actor, time in each class and every spell classed animal (when,
how long, which tracks, p_class); the animal actors with the most time classed human.

--unknown-below P re-reads a reported class whose p_class is below P as "unknown".

--features replays the classifier (ClassFeatures.swift, KinematicClassifier.swift as of
2026-11-22) on every track line: the velocity the track reports, companions counted among the
reported tracks (within 40 m, velocity difference < 1 m/s: the tracker's rule over its confirmed
tracks, which are the reported ones), and two inputs the track lines do not carry, decoded from
the reported p_class (see `replay`): whether the tracker took the track as stopped (IMM
stationary-mode probability > 0.5, or speed < 0.2 m/s) and the apparent size of the detection it
associated. The agreement of the replay with the reported classes is printed (99.97-100 % of
track lines on the full-border and work-party runs; about 2 minutes for 2 h of the full border). For each spell of a human classed animal it prints the features and each
feature's contribution to ln p(f | animal) - ln p(f | human), and a table of what drives each
(truth kind, class) outcome. --variant reruns a changed classifier on the same decoded inputs
(options below), so a proposed change can be measured without rebuilding the tracker: the
classifier does not feed back into tracking, so the tracks would be the same.
"""
import argparse
import bisect
import copy
import json
import math
import os
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CLASSES = ("human", "unknown", "animal", "vehicle")


# ---------------------------------------------------------------------------------------------
# Reading


def read_truth(path):
    """{t: [(id, x, y)]}, {id: kind}, {id: role}."""
    by_time, kinds, roles = defaultdict(list), {}, {}
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            by_time[r["t"]].append((r["id"], r["x"], r["y"]))
            kinds[r["id"]] = r.get("kind", "unknown")
            if r.get("role"):
                roles[r["id"]] = r["role"]
    return by_time, kinds, roles


def read_tracks(path, times=None):
    """{t: [(track, x, y, class, p_class, vx, vy)]} for every t (or only those in `times`)."""
    by_time = defaultdict(list)
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            t = r["t"]
            if times is not None and t not in times:
                continue
            by_time[t].append((r["track"], r["x"], r["y"], r.get("class", "unknown"), r.get("p_class", float("nan")),
                               r.get("vx", 0.0), r.get("vy", 0.0)))
    return by_time


def interval_of(times):
    ts = sorted(times)
    gaps = sorted(b - a for a, b in zip(ts, ts[1:]))
    return gaps[len(gaps) // 2] if gaps else 0.0


# ---------------------------------------------------------------------------------------------
# Optimal assignment


def hungarian(cost):
    """Minimum-cost assignment of every row of an n x m matrix (n <= m) to a distinct column
    (the potentials / shortest augmenting path form of the Hungarian method, O(n^2 m)).
    Returns the column of each row."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)  # p[j]: row (1-based) holding column j
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            row = cost[i0 - 1]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    col = [0] * n
    for j in range(1, m + 1):
        if p[j]:
            col[p[j] - 1] = j - 1
    return col


def match(truths, tracks, gate):
    """One-to-one pairs (truth index, track index, distance) minimising sum min(d, gate), d < gate."""
    cell = gate
    grid = defaultdict(list)
    for k, tr in enumerate(tracks):
        grid[(math.floor(tr[1] / cell), math.floor(tr[2] / cell))].append(k)
    edges = defaultdict(dict)  # truth -> {track: d}
    for i, (_, x, y) in enumerate(truths):
        cx, cy = math.floor(x / cell), math.floor(y / cell)
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                for k in grid.get((gx, gy), ()):
                    d = math.hypot(tracks[k][1] - x, tracks[k][2] - y)
                    if d < gate:
                        edges[i][k] = d
    # Connected components of the gated bipartite graph (union-find over truths and tracks).
    parent = {}

    def find(a):
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i, ks in edges.items():
        for k in ks:
            parent[find(("t", i))] = find(("k", k))
    groups = defaultdict(lambda: ([], []))
    for i in edges:
        groups[find(("t", i))][0].append(i)
    for ks in edges.values():
        for k in ks:
            g = groups[find(("k", k))]
            if k not in g[1]:
                g[1].append(k)
    pairs = []
    for rows, cols in groups.values():
        if len(rows) == 1 and len(cols) == 1:
            pairs.append((rows[0], cols[0], edges[rows[0]][cols[0]]))
            continue
        transpose = len(rows) > len(cols)
        a, b = (cols, rows) if transpose else (rows, cols)
        cost = []
        for x in a:
            row = []
            for y in b:
                i, k = (y, x) if transpose else (x, y)
                row.append(edges[i].get(k, gate))
            cost.append(row)
        for r, c in enumerate(hungarian(cost)):
            i, k = (b[c], a[r]) if transpose else (a[r], b[c])
            d = edges[i].get(k)
            if d is not None:
                pairs.append((i, k, d))
    return pairs


# ---------------------------------------------------------------------------------------------
# Feature replay (ClassFeatures.swift + KinematicClassifier.swift)

MEMORY, SETTLE, TURN_BASELINE, GROUP_RADIUS = 120.0, 20.0, 10.0, 40.0
PRIOR = (0.4, 0.5, 0.1)


def gauss(x, m, s):
    return -0.5 * ((x - m) / s) ** 2 - math.log(s)


def expo(x, mean):
    return -x / mean - math.log(mean)


def poisson(n, mean):
    return n * math.log(mean) - mean - math.lgamma(n + 1)


RATES = (0.002, 0.02, 0.003)  # stop<->go switches per second, the exponential densities' means


def log_likelihoods(f, v=None):
    """Per feature, (human, animal, vehicle) log densities, as KinematicClassifier.posterior, or as
    changed by a variant `v` (see VARIANT_HELP)."""
    v = v or {}
    terms = {}
    if not v.get("absent") or f["speed_samples"] > 0:
        terms["speed"] = (gauss(f["speed"], 1.3, 0.6), gauss(f["speed"], 0.9, 0.8), gauss(f["speed"], 9, 5))
    if not v.get("absent") or f["turn_samples"] > 0:
        terms["turn"] = (expo(f["turn"], 0.03), expo(f["turn"], 0.15), expo(f["turn"], 0.02))
    if v.get("poisson"):
        if f["exposure"] > 0:
            terms["stopgo"] = tuple(poisson(f["switch_count"], r * f["exposure"]) for r in RATES)
    elif not v.get("absent") or f["observed"] >= SETTLE:
        terms["stopgo"] = tuple(expo(f["stopgo"], r) for r in RATES)
    if not v.get("nocompanions"):
        terms["companions"] = (poisson(f["companions"], 0.3), poisson(f["companions"], 2.5),
                               poisson(f["companions"], 0.2))
    if f["size"] is not None:
        s = f["size"]
        terms["size"] = (gauss(s, 1.7, 0.3), gauss(s, 1.0, 0.35), gauss(s, 2.2, 0.6))
    return terms


def classify(f, v=None):
    v = v or {}
    w = min(1.0, f["observed"] / 60)
    log = [math.log(p) for p in v.get("prior", PRIOR)]
    if f["observed"] > 0:
        for terms in log_likelihoods(f, v).values():
            for c in range(3):
                log[c] += w * terms[c]
    top = max(log)
    e = [math.exp(x - top) for x in log]
    s = sum(e)
    best = max(range(3), key=lambda c: e[c])
    c, p = ("human", "animal", "vehicle")[best], e[best] / s
    if p < v.get("unknown", 0):
        c = "unknown"
    return c, p


def rounded(x):
    """Swift's Double.rounded(): to nearest, ties away from zero."""
    return math.copysign(math.floor(abs(x) + 0.5), x)


class Features:
    """ClassFeatures.observe, line for line; a variant's `debounce` and `poisson` change how
    stop<->go switches are counted (see VARIANT_HELP)."""

    def __init__(self, v=None):
        self.v = v or {}
        self.speed = self.turn = self.stopgo = self.stopped_fraction = self.companions = 0.0
        self.size = None
        self.observed = 0.0
        self.heading = None
        self.was_stopped = False
        self.speed_samples = self.size_samples = self.turn_samples = 0
        self.pending_since = None  # debounce: when the flag last left the held state
        self.switch_count = self.exposure = 0.0  # poisson: discounted switches and seconds exposed
        self.switch_times = ()  # when counted stop<->go switches happened (for the diagnosis only)

    def key(self):
        """The state that decides later classes, rounded (to tell decoding hypotheses apart)."""
        return (round(self.speed, 6), round(self.turn, 6), round(self.stopgo, 6), round(self.companions, 6),
                None if self.size is None else round(self.size, 6), self.was_stopped, self.speed_samples,
                self.size_samples, None if self.heading is None else (round(self.heading[0], 6), self.heading[1]))

    def recent_switches(self, window=MEMORY):
        """Stop<->go switches counted in the last `window` seconds."""
        return sum(1 for s in self.switch_times if s > self.observed - window)

    def observe(self, vx, vy, stopped, companions, size, dt):
        if dt <= 0:
            return
        a = 1 - math.exp(-dt / MEMORY)
        s = math.hypot(vx, vy)
        now = self.observed + dt
        self.stopped_fraction += a * ((1 if stopped else 0) - self.stopped_fraction)
        debounce = self.v.get("debounce", 0)
        if debounce > 0:
            # A switch counts once the flag has held its new value for `debounce` seconds.
            if stopped == self.was_stopped:
                self.pending_since, switched = None, False
            else:
                if self.pending_since is None:
                    self.pending_since = now
                switched = now - self.pending_since >= debounce and self.observed >= SETTLE
                if switched or self.observed < SETTLE:
                    self.was_stopped, self.pending_since = stopped, None
        else:
            switched = stopped != self.was_stopped and self.observed >= SETTLE
            self.was_stopped = stopped
        self.stopgo += a * ((1 / dt if switched else 0) - self.stopgo)
        decay = math.exp(-dt / MEMORY)
        self.switch_count = self.switch_count * decay + (1 if switched else 0)
        if self.observed >= SETTLE:
            self.exposure = self.exposure * decay + MEMORY * (1 - decay)
        if switched:
            self.switch_times += (now,)
        self.companions += a * (companions - self.companions)
        if not stopped and s > 0.3:
            self.speed_samples += 1
            self.speed += max(a, 1 / self.speed_samples) * (s - self.speed)
            h = math.atan2(vy, vx)
            if self.heading is not None:
                angle, t0 = self.heading
                span = now - t0
                if span >= TURN_BASELINE:
                    dh = h - angle
                    dh -= 2 * math.pi * rounded(dh / (2 * math.pi))
                    w = dh / span
                    b = 1 - math.exp(-span / MEMORY)
                    self.turn = math.sqrt(self.turn ** 2 + b * (w * w - self.turn ** 2))
                    self.turn_samples += 1
                    self.heading = (h, now)
            else:
                self.heading = (h, now)
        else:
            self.heading = None
        if size is not None:
            self.size_samples += 1
            g = max(a, 1 / self.size_samples)
            self.size = size if self.size is None else self.size + g * (size - self.size)
        self.observed = now

    def snapshot(self):
        return dict(speed=self.speed, turn=self.turn, stopgo=self.stopgo, companions=self.companions, size=self.size,
                    observed=self.observed, stopped_fraction=self.stopped_fraction, speed_samples=self.speed_samples,
                    turn_samples=self.turn_samples, switch_count=self.switch_count, exposure=self.exposure,
                    size_samples=self.size_samples)


VARIANT_HELP = """A variant is NAME=OPTIONS, options comma-separated (the classifier's inputs stay the decoded ones):
  absent        leave out a feature not yet measured instead of reading it as 0: speed until the
                track has moved (> 0.3 m/s), turn rate until a first heading change (10 s of motion),
                stop<->go until the 20 s settling time has passed
  poisson       stop<->go as a Poisson count: switches n (discounted with the 120 s memory) over
                the exposure T (seconds since settling, discounted alike), n ~ Poisson(rate_c T) with
                rates 0.002 / 0.02 / 0.003 per s (the current means), instead of an exponential density
                on the smoothed rate
  debounce=D    a stop<->go switch counts only once the new state has held for D seconds
  nocompanions  leave companions out
  prior=H/A/V   class prior (default 0.4/0.5/0.1)
  unknown=P     report unknown when the top posterior is below P
"""


def parse_variant(text):
    name, _, spec = text.partition("=")
    v = {}
    for item in filter(None, spec.split(",")):
        key, _, value = item.partition("=")
        if key in ("absent", "poisson", "nocompanions"):
            v[key] = True
        elif key in ("debounce", "unknown"):
            v[key] = float(value)
        elif key == "prior":
            p = [float(x) for x in value.split("/")]
            v[key] = tuple(x / sum(p) for x in p)
        else:
            raise SystemExit(f"unknown variant option {key!r}\n{VARIANT_HELP}")
    return name, v


def rerun(inputs, v):
    """{(t, track): (class, p)} from the decoded inputs {track: [(t, vx, vy, stopped, companions, size, dt)]}."""
    out = {}
    for name, steps in inputs.items():
        f = Features(v)
        for t, vx, vy, stopped, companions, size, dt in steps:
            f.observe(vx, vy, stopped, companions, size, dt)
            out[(t, name)] = classify(f.snapshot(), v)
    return out


def read_sized_detections(path):
    """{t: [(x, y, inverse cov (a, b, c), size)]} for detections carrying a size."""
    by_time = defaultdict(list)
    with open(path) as f:
        for line in f:
            try:
                r = json.loads(line)
                size = r.get("size")
                if size is None:
                    continue
                (xx, xy), (_, yy) = r["cov"]
                det = xx * yy - xy * xy
                if xx <= 0 or yy <= 0 or det <= 0:
                    continue  # the tracker refuses such lines too
                by_time[r["t"]].append((r["x"], r["y"], (yy / det, -xy / det, xx / det), size))
            except (ValueError, KeyError, TypeError):
                continue
    return by_time


BEAM, SLACK = 8, 6e-4  # decoding: hypotheses kept per track; a step's error within p_class's rounding


def replay(all_tracks, scans, sized, ties="keep"):
    """{(t, track): feature snapshot with the replayed class} for every track line, and the decoded
    inputs of every track, in order, for `rerun`.

    The tracker's "stopped" flag (IMM stationary probability > 0.5, or speed < 0.2 m/s) and the
    size of the detection it associated are not in the track lines; both are decoded here. At
    each scan the replay tries stopped or moving (moving only when the reported speed is at least
    0.2 m/s) with no size or the size of one of the three nearest sized detections of that scan
    (Mahalanobis d² < 4 × 13.8 with the detection's own covariance, which is smaller than the
    tracker's innovation covariance), scores each choice by how far its class and p_class are
    from the reported ones (1 for another class, plus |Δp|), and keeps a small beam of choice
    sequences per track (the best, and up to BEAM sequences within SLACK of its summed score) so
    that a choice that only shows later (a heading reset, a switch that counts 20 s on) is found.
    p_class is printed to three decimals, so the decoding is close to exact where p_class is not
    saturated; the agreement with the reported classes is printed. Where p_class is saturated
    (0.999 or 1.0: about half of animal track-time) many flag sequences fit; `ties` chooses among
    equals: "keep" the previous stopped/moving state (the fewest switches, as the IMM's mode
    persistence suggests; conservative for changes that discount switches) or "moving" first."""
    scan_times = sorted(scans)
    beams = {}  # track -> [(score, Features, path)], path = (parent path, (t, inputs, snapshot))
    gate = 4 * 13.8155
    for t in sorted(all_tracks):
        lines = all_tracks[t]
        i = bisect.bisect_left(scan_times, t)
        dt = t - scan_times[i - 1] if i > 0 else 0.0
        grid = defaultdict(list)
        for n, tr in enumerate(lines):
            grid[(math.floor(tr[1] / GROUP_RADIUS), math.floor(tr[2] / GROUP_RADIUS))].append(n)
        detections = sized.get(t, ())
        for n, (name, x, y, reported, p_reported, vx, vy) in enumerate(lines):
            companions = 0
            cx, cy = math.floor(x / GROUP_RADIUS), math.floor(y / GROUP_RADIUS)
            for gx in (cx - 1, cx, cx + 1):
                for gy in (cy - 1, cy, cy + 1):
                    for m in grid.get((gx, gy), ()):
                        if m == n:
                            continue
                        o = lines[m]
                        if math.hypot(o[1] - x, o[2] - y) <= GROUP_RADIUS and math.hypot(o[5] - vx, o[6] - vy) < 1:
                            companions += 1
            near = []
            for (dx, dy, (a, b, c), s) in detections:
                ex, ey = dx - x, dy - y
                d2 = a * ex * ex + 2 * b * ex * ey + c * ey * ey
                if d2 < gate:
                    near.append((d2, s))
            near.sort()
            sizes = [s for _, s in near[:3]] + [None]
            slow = math.hypot(vx, vy) < 0.2
            children = []
            for (misses, score), f, path in beams.get(name) or [((0, 0.0), Features(), None)]:
                if slow:
                    flags = (True,)
                elif ties == "keep":
                    flags = (f.was_stopped, not f.was_stopped)
                else:
                    flags = (False, True)
                for stopped in flags:
                    for size in sizes:
                        g = copy.copy(f)
                        g.observe(vx, vy, stopped, companions, size, dt)
                        snap = g.snapshot()
                        c, p = classify(snap)
                        err = abs(p - p_reported) + (0 if c == reported else 1)
                        snap["class"], snap["p"], snap["stopped"] = c, p, stopped
                        snap["switches"] = g.recent_switches()
                        children.append(((misses + (err > SLACK), score + err), len(children), g,
                                         (path, (t, (vx, vy, stopped, companions, size, dt), snap))))
            # Keep the choice sequences that miss the fewest reported p_class (a miss: an error
            # beyond its rounding, SLACK), then with the least summed error (ties: see `ties`,
            # then the nearest detection).
            children.sort(key=lambda x: (x[0], x[1]))
            kept, seen = [], set()
            for sc, _, g, path in children:
                key = g.key()
                if key not in seen:  # one of each distinct classifier state
                    seen.add(key)
                    kept.append((sc, g, path))
                    if len(kept) == BEAM:
                        break
            beams[name] = kept
    out, inputs = {}, {}
    for name, hypotheses in beams.items():
        path = hypotheses[0][2]
        steps = []
        while path is not None:
            path, (t, step, snap) = path
            out[(t, name)] = snap
            steps.append((t, *step))
        inputs[name] = steps[::-1]
    return out, inputs


# ---------------------------------------------------------------------------------------------
# Report


FEATURES = ("speed", "turn", "stopgo", "companions", "size")


def contributions(f):
    """w·(ln p(f|animal) − ln p(f|human)) for each feature."""
    w = min(1, f["observed"] / 60)
    return {k: w * (v[1] - v[0]) for k, v in log_likelihoods(f).items()}


def median(values):
    values = sorted(values)
    if not values:
        return None
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def fmt(x, digits=2):
    return "–" if x is None else f"{x:.{digits}f}"


def pct(a, b):
    return f"{100 * a / b:.2f} %" if b else "n/a"


def hours(n, dt):
    return f"{n * dt / 3600:.2f} h"


def spells(instants, dt):
    """Runs of consecutive instants [(t, track, p)] (one truth interval apart)."""
    runs = []
    for item in sorted(instants):
        if runs and abs(item[0] - runs[-1][-1][0] - dt) < 1e-6:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def main():
    parser = argparse.ArgumentParser(description=__doc__ + "\n" + VARIANT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", help="a `guidepost simulate` output folder")
    parser.add_argument("--tracks", help="tracks JSON Lines (default: run the tracker)")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "guidepost"))
    parser.add_argument("--track-args", default="", help="extra arguments for `guidepost track`")
    parser.add_argument("--gate", type=float, default=50.0, help="matching gate, metres")
    parser.add_argument("--unknown-below", type=float, default=0.0,
                        help="read a class with p_class below this as unknown")
    parser.add_argument("--features", action="store_true", help="replay the classifier's features (diagnosis)")
    parser.add_argument("--decode-ties", choices=("keep", "moving"), default="keep",
                        help="decoding, among equally good choices: keep the stopped/moving state, or prefer moving")
    parser.add_argument("--variant", action="append", default=[],
                        help="NAME=OPTIONS: also classify with a changed classifier (implies --features; see below)")
    parser.add_argument("--group", action="append", default=[],
                        help="an actor (e.g. a party) for which every track within the gate counts, not only the "
                             "one assigned to it (repeatable)")
    parser.add_argument("--top", type=int, default=10, help="animal actors listed")
    parser.add_argument("--json", help="also write the figures as JSON here")
    args = parser.parse_args()
    variants = [parse_variant(v) for v in args.variant]
    args.features = args.features or bool(variants)

    truth_by_time, kinds, roles = read_truth(os.path.join(args.folder, "truth.jsonl"))
    dt = interval_of(truth_by_time)
    tracks_path = args.tracks
    if tracks_path is None:
        tracks_path = os.path.join(args.folder, "tracks-classes.jsonl")
        command = [args.binary, "track", os.path.join(args.folder, "detections.jsonl"), "--scans",
                   os.path.join(args.folder, "scans.jsonl"), "--out", tracks_path, *args.track_args.split()]
        print("$ " + " ".join(command), file=sys.stderr)
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode not in (0, 65):  # 65: some lines refused, the rest tracked
            sys.exit(result.stderr)
        refused = sum(1 for line in result.stderr.splitlines() if line.startswith("warning:"))
        if refused:
            print(f"(the tracker refused {refused} detection lines; see its stderr)", file=sys.stderr)
    times = set(truth_by_time)
    all_tracks = read_tracks(tracks_path, None if args.features else times)
    replayed = None
    if args.features:
        scans = set()
        with open(os.path.join(args.folder, "scans.jsonl")) as f:
            for line in f:
                scans.add(json.loads(line)["t"])
        replayed, inputs = replay(all_tracks, scans | set(all_tracks),
                                  read_sized_detections(os.path.join(args.folder, "detections.jsonl")), args.decode_ties)

    def klass(tr):
        c, p = tr[3], tr[4]
        return "unknown" if p < args.unknown_below else c

    by_kind = defaultdict(Counter)  # kind -> class -> matched instants
    by_actor = defaultdict(Counter)  # actor -> class -> matched instants
    present = Counter()  # actor -> truth instants
    animal_spells = defaultdict(list)  # human actor -> [(t, track, p)] classed animal
    human_spells = defaultdict(list)  # animal actor -> [(t, track, p)] classed human
    unmatched_tracks = Counter()
    agree = Counter()
    diag = defaultdict(list)  # human actor -> [(t, track, snapshot)] at instants classed animal
    groups = defaultdict(list)  # (truth kind, class) -> snapshots at matched instants
    matched_distance = []
    pairs_seen = []  # (t, actor, track) of every matched pair
    near_group = defaultdict(Counter)  # group actor -> class -> (instant, track) pairs within the gate
    for t in sorted(times):
        truths = truth_by_time[t]
        tracks = all_tracks.get(t, [])
        for a in truths:
            present[a[0]] += 1
        pairs = match(truths, tracks, args.gate)
        matched = set()
        for i, k, d in pairs:
            actor, tr = truths[i][0], tracks[k]
            c = klass(tr)
            matched.add(k)
            matched_distance.append(d)
            pairs_seen.append((t, actor, tr[0]))
            by_kind[kinds[actor]][c] += 1
            by_actor[actor][c] += 1
            if replayed is not None:
                groups[(kinds[actor], c)].append(replayed[(t, tr[0])])
            if kinds[actor] == "human" and c == "animal":
                animal_spells[actor].append((t, tr[0], tr[4]))
                if replayed is not None:
                    diag[actor].append((t, tr[0], replayed[(t, tr[0])]))
            if kinds[actor] == "animal" and c == "human":
                human_spells[actor].append((t, tr[0], tr[4]))
        for k, tr in enumerate(tracks):
            if k not in matched:
                unmatched_tracks[klass(tr)] += 1
        for actor, x, y in truths:
            if actor in args.group:
                for tr in tracks:
                    if math.hypot(tr[1] - x, tr[2] - y) < args.gate:
                        near_group[actor][klass(tr)] += 1
        if replayed is not None:
            for tr in tracks:
                r = replayed[(t, tr[0])]
                agree[r["class"] == tr[3]] += 1
                agree["p"] += abs(r["p"] - tr[4]) <= SLACK

    figures = {"truth_interval_s": dt, "instants": len(times), "gate_m": args.gate,
               "unknown_below": args.unknown_below, "kinds": {}, "humans": {}, "unmatched_tracks": dict(unmatched_tracks)}
    actors_of = Counter(kinds.values())
    print(f"# Classification on {args.folder} (tracks {tracks_path})\n")
    print(f"{len(times)} truth instants every {dt:g} s; actors: "
          + ", ".join(f"{n} {k}" for k, n in actors_of.most_common())
          + f"; one-to-one matching within {args.gate:g} m (mean matched distance "
          f"{sum(matched_distance) / max(1, len(matched_distance)):.1f} m)."
          + (f" Classes with p_class < {args.unknown_below:g} read as unknown." if args.unknown_below else "") + "\n")
    print("| truth kind | actors | actor-instants | matched instants | track-time | human | unknown | animal | vehicle |")
    print("|---|---|---|---|---|---|---|---|---|")
    for kind in sorted(by_kind, key=lambda k: -sum(by_kind[k].values())):
        c = by_kind[kind]
        n = sum(c.values())
        instants = sum(present[a] for a in kinds if kinds[a] == kind)
        print(f"| {kind} | {actors_of[kind]} | {instants} | {n} | {hours(n, dt)} | "
              + " | ".join(f"{pct(c[k], n)} ({c[k]})" for k in CLASSES) + " |")
        figures["kinds"][kind] = dict(matched_instants=n, actor_instants=instants, track_time_s=n * dt,
                                      **{k: c[k] for k in CLASSES})
    n_unmatched = sum(unmatched_tracks.values())
    print(f"| (no actor within {args.gate:g} m) | | | {n_unmatched} | {hours(n_unmatched, dt)} | "
          + " | ".join(f"{pct(unmatched_tracks[k], n_unmatched)} ({unmatched_tracks[k]})" for k in CLASSES) + " |")

    h, a = by_kind.get("human", Counter()), by_kind.get("animal", Counter())
    nh, na = sum(h.values()), sum(a.values())
    print("\n**Headline**")
    if nh:
        ok = h["human"] + h["unknown"]
        print(f"- human track-time classed human or unknown: **{pct(ok, nh)}** ({ok} of {nh} matched instants, "
              f"{hours(nh, dt)}; target >= 99 %); classed animal {pct(h['animal'], nh)} ({h['animal']})")
        figures["human_human_or_unknown"] = ok / nh
    if na:
        print(f"- animal track-time classed human: **{pct(a['human'], na)}** ({a['human']} of {na} matched instants, "
              f"{hours(na, dt)}; target <= 5 %)")
        figures["animal_human"] = a["human"] / na
    if replayed is not None:
        n = agree[True] + agree[False]
        print(f"- feature replay agrees with the reported class on {pct(agree[True], n)} of {n} track lines at truth "
              f"instants (and with p_class to its rounding on {pct(agree['p'], n)})")
        figures["replay_agreement"] = agree[True] / max(1, n)

    humans = sorted(a for a in kinds if kinds[a] == "human")
    if humans:
        print("\n## Human actors\n")
        print("| actor | role | truth instants | matched | track-time | human | unknown | animal | vehicle |")
        print("|---|---|---|---|---|---|---|---|---|")
        for actor in humans:
            c = by_actor[actor]
            n = sum(c.values())
            print(f"| {actor} | {roles.get(actor, '')} | {present[actor]} | {n} | {hours(n, dt)} | "
                  + " | ".join(f"{pct(c[k], n)} ({c[k]})" for k in CLASSES) + " |")
            figures["humans"][actor] = dict(role=roles.get(actor), truth_instants=present[actor], matched=n,
                                            **{k: c[k] for k in CLASSES},
                                            animal_spells=[dict(start=r[0][0], end=r[-1][0], seconds=len(r) * dt,
                                                                tracks=sorted({x[1] for x in r}))
                                                           for r in spells(animal_spells[actor], dt)])
        for actor in humans:
            runs = spells(animal_spells[actor], dt)
            if not runs:
                continue
            total = sum(len(r) for r in runs)
            print(f"\n**{actor}** classed animal at {total} instants ({hours(total, dt)}), {len(runs)} spells:")
            for r in runs:
                ps = [x[2] for x in r]
                print(f"- t {r[0][0]:g}–{r[-1][0]:g} s ({len(r) * dt:g} s), tracks {', '.join(sorted({x[1] for x in r}))}, "
                      f"p_class {min(ps):.2f}–{max(ps):.2f}")
            if replayed is not None:
                print("\n  features at these instants (replayed; stopped and size decoded, see --help; "
                      "Δ = w·(ln p(f|animal) − ln p(f|human)), positive pushes to animal):\n")
                print("  | t | track | observed s | stopped now | switches in 120 s | speed | turn rad/s | stop-go /s "
                      "| companions | size m | Δspeed | Δturn | Δstop-go | Δcompanions | Δsize | replay |")
                print("  |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
                for t, track, f in diag[actor]:
                    contrib = contributions(f)
                    size = f"{f['size']:.2f}" if f["size"] is not None else "–"
                    print(f"  | {t:g} | {track} | {f['observed']:.0f} | {'yes' if f['stopped'] else 'no'} | "
                          f"{f['switches']} | {f['speed']:.2f} | {f['turn']:.3f} | {f['stopgo']:.4f} | "
                          f"{f['companions']:.2f} | {size} | "
                          + " | ".join(f"{contrib[k]:+.2f}" if k in contrib else "–" for k in FEATURES)
                          + f" | {f['class']} {f['p']:.3f} |")

    if groups:
        print("\n## What drives each outcome (replayed features at matched instants)\n")
        print("Mean of w·(ln p(f|animal) − ln p(f|human)) per feature (positive: towards animal), the median "
              "feature values, and the share of instants with a stop↔go switch counted in the last 120 s.\n")
        print("| truth → class | instants | Δspeed | Δturn | Δstop-go | Δcompanions | Δsize | median speed | "
              "median turn | median stop-go | median companions | median size | ≥ 1 switch in 120 s |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        figures["drivers"] = {}
        for key in sorted(groups):
            snaps = groups[key]
            n = len(snaps)
            sums = Counter()
            for f in snaps:
                for k, v in contributions(f).items():
                    sums[k] += v
            med = {k: median([f[k] for f in snaps if f[k] is not None]) for k in ("speed", "turn", "stopgo", "companions", "size")}
            switching = sum(1 for f in snaps if f["switches"] > 0)
            print(f"| {key[0]} → {key[1]} | {n} | " + " | ".join(f"{sums[k] / n:+.2f}" for k in FEATURES)
                  + f" | {fmt(med['speed'])} | {fmt(med['turn'], 3)} | {fmt(med['stopgo'], 4)} | {fmt(med['companions'])} | "
                  f"{fmt(med['size'])} | {pct(switching, n)} |")
            figures["drivers"][f"{key[0]}->{key[1]}"] = dict(instants=n, mean_contribution={k: sums[k] / n for k in FEATURES},
                                                             median=med, with_switch=switching / n)

    if human_spells:
        print(f"\n## Animal actors with the most time classed human (top {args.top})\n")
        print("| actor | matched | classed human | spells | longest spell |")
        print("|---|---|---|---|---|")
        ranked = sorted(human_spells, key=lambda x: -len(human_spells[x]))[: args.top]
        for actor in ranked:
            runs = spells(human_spells[actor], dt)
            n = sum(by_actor[actor].values())
            longest = max(runs, key=len)
            print(f"| {actor} | {n} | {len(human_spells[actor])} ({pct(len(human_spells[actor]), n)}) | {len(runs)} | "
                  f"t {longest[0][0]:g}–{longest[-1][0]:g} s |")
        print(f"\n{len(human_spells)} animal actors are classed human at some matched instant.")
        figures["animal_actors_classed_human"] = len(human_spells)

    if args.group:
        print(f"\n## Groups: every track within {args.gate:g} m of the actor (not one to one)\n")
        print("| actor | (instant, track) pairs | human | unknown | animal | vehicle |")
        print("|---|---|---|---|---|---|")
        for actor in args.group:
            c = near_group[actor]
            n = sum(c.values())
            print(f"| {actor} | {n} | " + " | ".join(f"{pct(c[k], n)} ({c[k]})" for k in CLASSES) + " |")
            figures.setdefault("groups", {})[actor] = dict(pairs=n, **{k: c[k] for k in CLASSES})

    if variants:
        print("\n## Variants of the classifier on the same tracks (decoded inputs; see --help)\n")
        print("Shares of matched instants (human and animal counts as in the first table).\n")
        print("| variant | replay agrees with reported | human → human or unknown | human → animal | animal → human "
              "| animal → unknown | animal → animal | "
              + " | ".join(f"{a} → animal" for a in humans) + " |")
        print("|---|---|---|---|---|---|---|" + "---|" * len(humans))
        figures["variants"] = {}
        for name, v in [("as built", {})] + variants:
            classes_of = rerun(inputs, v)
            kc, ac = defaultdict(Counter), defaultdict(Counter)
            for t, actor, track in pairs_seen:
                c, p = classes_of[(t, track)]
                if p < args.unknown_below:
                    c = "unknown"
                kc[kinds[actor]][c] += 1
                ac[actor][c] += 1
            reported = {(t, tr[0]): tr[3] for t in times for tr in all_tracks.get(t, ())}
            same = sum(1 for key, c in reported.items() if classes_of[key][0] == c)
            total = len(reported)
            h, a = kc["human"], kc["animal"]
            nh, na = sum(h.values()), sum(a.values())
            print(f"| {name} | {pct(same, total) if not v else '–'} | {pct(h['human'] + h['unknown'], nh)} | "
                  f"{pct(h['animal'], nh)} | {pct(a['human'], na)} | {pct(a['unknown'], na)} | {pct(a['animal'], na)} | "
                  + " | ".join(f"{pct(ac[x]['animal'], sum(ac[x].values()))}" for x in humans) + " |")
            figures["variants"][name] = dict(options=v, human=dict(h), animal=dict(a),
                                             per_human={x: dict(ac[x]) for x in humans})

    if args.json:
        with open(args.json, "w") as f:
            json.dump(figures, f, indent=1)


if __name__ == "__main__":
    main()
