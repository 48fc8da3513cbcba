#!/usr/bin/env python3
"""Pools the alarm bench's replicas (bench/alarms/replicas.sh): each OUT_DIR holds the
score-alerts JSON of one world (raised.json, acted-from-raise.json, acted.json). Crossings,
detections, alerts and false alerts add up; the median delay is taken over every person's delay
from all worlds; false alerts per 10 km per day over the summed border-km-days; the lower bound
of P(alerted) is the exact one-sided 95 % Clopper–Pearson bound on the pooled count, as
score-alerts gives for one world. Prints a Markdown table and the people every world missed.
The worlds are not wholly independent: the source scenario's 8 crossers walk the same routes in
every world (with other draws), so a place no sensor sees is missed once per world.

Usage: pool.py OUT_DIR [OUT_DIR ...]
"""
import json
import statistics
import sys


def lower_bound(k, n, level=0.95):
    """Exact one-sided lower confidence bound on a binomial proportion (Clopper–Pearson)."""
    if n == 0:
        return 0.0
    if k == n:
        return (1 - level) ** (1 / n)
    if k == 0:
        return 0.0
    # Bisection on P(X >= k | p) = 1 - level, the tail summed in logs (lgamma), as
    # AlertQualityReport does: comb(n, i) overflows a float for a few thousand crossings.
    from math import exp, lgamma, log, log1p
    def tail(p):
        lp, lq = log(p), log1p(-p)
        terms = [lgamma(n + 1) - lgamma(i + 1) - lgamma(n - i + 1) + i * lp + (n - i) * lq for i in range(k, n + 1)]
        m = max(terms)
        return exp(m) * sum(exp(t - m) for t in terms)
    lo, hi = 0.0, k / n
    for _ in range(200):
        mid = (lo + hi) / 2
        if tail(mid) < 1 - level:
            lo = mid
        else:
            hi = mid
    return lo


def pool(dirs, name):
    reps = [json.load(open(f"{d}/{name}")) for d in dirs]
    n = sum(r["crossings"] for r in reps)
    k = sum(r["alerted"] for r in reps)
    det = sum(r["detected"] for r in reps)
    kd = sum(r["alerted_of_detected"] for r in reps)
    delays = [p["delay"] for r in reps for p in r["people"] if p.get("delay") is not None]
    false = sum(r["false_alerts"] for r in reps)
    km_days = sum(r["border_km"] / 10 * r["hours"] / 24 for r in reps)
    missed = [(d, p) for d, r in zip(dirs, reps) for p in r["people"] if p.get("first_alert") is None]
    return dict(n=n, k=k, det=det, kd=kd, lb=lower_bound(k, n), median=statistics.median(delays) if delays else None,
                alerts=sum(r["alerts"] for r in reps), false=false, rate=false / km_days if km_days else None,
                animal=sum(r["alerts_animal"] for r in reps), vehicle=sum(r["alerts_vehicle"] for r in reps),
                clutter=sum(r["alerts_clutter"] for r in reps), hours=sum(r["hours"] for r in reps), missed=missed)


def main():
    dirs = sys.argv[1:]
    if not dirs:
        sys.exit("usage: pool.py OUT_DIR [OUT_DIR ...]")
    rows = [("raised (before the camera check)", "raised.json"),
            ("acted on, from the raise (the alert's own delay)", "acted-from-raise.json"),
            ("acted on, from the answer (delay to a person's action)", "acted.json")]
    print(f"{len(dirs)} worlds pooled: {', '.join(dirs)}")
    print()
    print("| alerts scored | alerts | P(crossing person alerted) | P(alerted given detected by some sensor) | median delay after first detection | false / 10 km / day |")
    print("|---|---:|---:|---:|---:|---:|")
    last = None
    for label, name in rows:
        p = pool(dirs, name)
        last = p
        med = "—" if p["median"] is None else f"{p['median']:.0f} s"
        gd = "—" if p["det"] == 0 else f"{100 * p['kd'] / p['det']:.2f} %"
        print(f"| {label} | {p['alerts']:,} | {100 * p['k'] / p['n']:.2f} % ({p['k']}/{p['n']}; lower bound {100 * p['lb']:.2f} %) "
              f"| {gd} ({p['kd']}/{p['det']}) | {med} | {p['rate']:.2f} ({p['animal']} animal, {p['vehicle']} vehicle, {p['clutter']} clutter) |")
    print("| target | | ≥ 99.9 % | | ≤ 60 s | ≤ 1 |")
    print()
    print(f"Simulated: {last['hours']:.0f} h of the whole border in all.")
    if last["missed"]:
        print()
        print("Crossing people no acted-on alert reached:")
        print()
        for d, p in last["missed"]:
            fd = p.get("first_detection")
            print(f"- {d}: {p['id']}, crossed the MDL at t = {p['crossed']:.0f} s, first detection "
                  f"{'none' if fd is None else f't = {fd:.0f} s'}")


main()
