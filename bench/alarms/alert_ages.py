"""How old the track was when each alert acted on was raised, and what the classifier called it.

    python3 bench/alarms/alert_ages.py DIR [--within 60]

DIR is a `bench/alarms/run.sh` output folder (acted.json, out/events.jsonl, rec/tracks.jsonl).
For every alert acted on: the track that raised it, its class at the raise, and its age (seconds
since that track's first line). Prints the false alerts acted on (animal, clutter) and the
crossers' first alerts, each by class at the raise, and how many were raised on a track younger
than --within seconds (docs/alarm-quality.md, "Issue 18": what an age-based hold could separate).
Standard library only; reads the tracks file once, keeping only the raising tracks' first lines.
"""
import argparse
import collections
import json
import os
import re


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--within", type=float, default=60.0, help="seconds: a 'young' track")
    args = parser.parse_args()
    acted = json.load(open(os.path.join(args.folder, "acted.json")))
    outcome = {o["id"]: o["match"] for o in acted["alert_outcomes"]}
    first_alerts = {p["alert"] for p in acted["people"]}
    raised = {}
    with open(os.path.join(args.folder, "out", "events.jsonl")) as f:
        for line in f:
            if '"alertRaised"' not in line:
                continue
            e = json.loads(line)["kind"]["alertRaised"]["_0"]
            if e["id"] in outcome:
                raised[e["id"]] = (e["track"], e["t"], e["targetClass"])
    wanted = {track for track, _, _ in raised.values()}
    born = {}
    track_field = re.compile(r'"track": ?"([^"]+)"')
    with open(os.path.join(args.folder, "rec", "tracks.jsonl")) as f:
        for line in f:
            m = track_field.search(line)
            if m and m.group(1) in wanted and m.group(1) not in born:
                born[m.group(1)] = json.loads(line)["t"]
    groups = {"false alerts acted on (animal, clutter)": lambda a: outcome[a] in ("animal", "clutter"),
              "crossers' first alerts acted on": lambda a: a in first_alerts}
    for title, member in groups.items():
        by_class, young, total = collections.Counter(), 0, 0
        for alert, (track, t, cls) in raised.items():
            if not member(alert) or track not in born:
                continue
            total += 1
            by_class[cls] += 1
            young += (t - born[track]) < args.within
        print(f"{title}: {total}; by class at the raise {dict(by_class)}; "
              f"raised on a track younger than {args.within:g} s: {young}")


if __name__ == "__main__":
    main()
