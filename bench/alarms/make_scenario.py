#!/usr/bin/env python3
"""Writes bench/alarms/full-border-alarms.yaml: scenarios/full-border.yaml (unchanged: its
~2,000 animals, 4 KPA patrols, 8 crossers and 6 h of 13 m/s wind) plus N more people crossing at
seeded places and times over the whole day, so that P(alerted) rests on more than 8 people.

Each added person walks straight south from d = +2,500 m to d = −1,800 m at 0.5–1.1 m/s
(open ground), lies hidden there for 2 h, then goes on to the GOP fence on the SLL (d = −2,000 m),
climbs it (20 m at 0.3 m/s, as the 2020 gymnast took about a minute) and walks 1.5 km south,
where they lie hidden for 4 h (the 2020 gymnast was found 1.5 km south of the fence). About
half hide by day, as the 2025-07 civilian did. `--stop-short` keeps the earlier variant, whose
people never left the DMZ (they lay up 200 m short of the fence for good), for comparison.
Places are uniform over s ∈ [10 km, L − 10 km] (clear of the estuary and the coast), start
times uniform over 18:05–13:00. The run lasts `--hours` (32 by default, to 02:00 of the second
night): a person who appears late or crosses at dawn and hides by day sets out again only at
dusk, so a 24 h run ended with some of them still lying in the DMZ, never having come near the
fence's sensors (three of the five misses of 2026-11-22 04:07), or not yet across the MDL at all
(not counted). The second evening repeats the first's conditions, its 13 m/s wind from 22:00
included, so the false-alert rate is still that of nights with strong wind in them.
Deterministic: same arguments, same file.

Usage: make_scenario.py SOURCE.yaml OUT.yaml [--people N] [--length-m L] [--seed S] [--hours H] [--stop-short]
"""
import argparse
import random
import re

ap = argparse.ArgumentParser()
ap.add_argument("source")
ap.add_argument("out")
ap.add_argument("--people", type=int, default=100)
ap.add_argument("--length-m", type=float, required=True, help="MDL length in metres (guidepost check-scenario)")
ap.add_argument("--seed", type=int, default=6)
ap.add_argument("--hours", type=int, default=32, help="simulated hours (the source's 24 h cut the last crossings off)")
ap.add_argument("--stop-short", action="store_true", help="people stop 200 m short of the fence (the earlier variant)")
a = ap.parse_args()

rng = random.Random(a.seed)
text = open(a.source, encoding="utf-8").read()
head, sep, tail = text.partition("\nexpected:")
assert sep, "the source scenario has no expected: block"

if not a.stop_short:
    # The source's own crossers lie up at d = −1,800 m for good; here they too go on over the
    # fence after their 2 h, so every crossing person in the bench completes the crossing.
    lie_up = re.compile(
        r"(      - at: \{near: (?P<near>[\w-]+), ds: (?P<ds>-?\d+), d: -1800\}\n"
        r"        speed: (?P<speed>[\d.]+)\n        mode: (?P<mode>\w+)\n        via: (?P<via>[\w-]+)\n"
        r"        wait: 2h\n        hidden: true\n)")
    def over_fence(m):
        near, ds, speed = m["near"], int(m["ds"]), m["speed"]
        mode, via = ("walk", "open") if m["mode"] in ("float", "swim") else (m["mode"], m["via"])
        if m["mode"] in ("float", "swim"):
            speed = "0.8"  # ashore now, on foot
        return m[1] + "".join([
            f"      - at: {{near: {near}, ds: {ds}, d: -1990}}\n        speed: {speed}\n        mode: {mode}\n        via: {via}\n",
            f"      - at: {{near: {near}, ds: {ds}, d: -2010}}\n        speed: 0.3\n        mode: climb\n        via: fence\n",
            f"      - at: {{near: {near}, ds: {ds}, d: -3500}}\n        speed: {speed}\n        mode: {mode}\n        via: {via}\n"
            "        wait: 4h\n        hidden: true\n",
        ])
    expected = head.count("d: -1800}")
    head, n = lie_up.subn(over_fence, head)
    assert n == expected, f"only {n} of the source's {expected} lie-up waypoints matched: has its format changed?"
    print(f"{n} of the source's crossers go on over the fence")

lines = []
for i in range(a.people):
    s = rng.uniform(10_000, a.length_m - 10_000)
    minutes = rng.uniform(5, 19 * 60)                     # 18:05 … 13:00 next day
    hh, mm = divmod(int(18 * 60 + minutes) % (24 * 60), 60)
    speed = round(rng.uniform(0.5, 1.1), 2)
    hide = rng.random() < 0.5
    lines += [
        f"  - id: bench-crosser-{i + 1:03d}",
        "    kind: person",
        "    status: " + ("soldier" if rng.random() < 0.6 else "civilian"),
        "    intent: defect",
        f"    appears: \"{hh:02d}:{mm:02d}\"",
        "    route:",
        f"      - at: {{s: {s:.0f}, d: 2500}}",
        f"      - at: {{s: {s + rng.uniform(-100, 100):.0f}, d: -1800}}",
        f"        speed: {speed}",
        "        mode: walk",
        "        via: open",
        "        wait: 2h",
        "        hidden: true",
    ]
    if not a.stop_short:
        # Its own stream, so the people (places, times, speeds) are those of --stop-short.
        more = random.Random(f"{a.seed}-over-fence-{i}")
        x = s + more.uniform(-100, 100)
        lines += [
            f"      - at: {{s: {x:.0f}, d: -1990}}",
            f"        speed: {speed}",
            "        mode: walk",
            "        via: open",
            f"      - at: {{s: {x:.0f}, d: -2010}}",
            "        speed: 0.3",
            "        mode: climb",
            "        via: fence",
            f"      - at: {{s: {x + more.uniform(-200, 200):.0f}, d: -3500}}",
            f"        speed: {speed}",
            "        mode: walk",
            "        via: open",
            "        wait: 4h",
            "        hidden: true",
        ]
    if hide:
        lines += ["    behaviours:", "      - kind: hide-by-day"]

header = (
    "# GENERATED by bench/alarms/make_scenario.py from scenarios/full-border.yaml (bench only, not shipped):\n"
    f"# the same border, animals, patrols, crossers and wind, plus {a.people} people crossing (seed {a.seed}),\n"
    f"# over {a.hours} h.\n"
)
head = head.replace("id: full-border\n", "id: full-border-alarms\n", 1)
assert "\nduration: 24h\n" in head, "the source scenario's duration line has changed"
head = head.replace("\nduration: 24h\n", f"\nduration: {a.hours}h\n", 1)
if a.hours > 24:
    # `from: 22:00` means the first 22:00 only; the second evening is written as offsets.
    last = "  - from: 06:20\n    temperature: 21\n"
    assert last in head, "the source scenario's conditions have changed"
    head = head.replace(last, last + "  - from: 24h            # the second evening, as the first (bench runs past a day)\n"
                        "    wind: 4\n    temperature: 16\n  - from: 28h            # 22:00: strong wind again\n"
                        "    wind: 13\n", 1)
out = header + head + "\n" + "\n".join(lines) + "\nexpected:" + tail
open(a.out, "w", encoding="utf-8").write(out)
