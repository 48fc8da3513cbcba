#!/usr/bin/env python3
"""Synthetic operations logs for the store figures in docs/operations.md.

  gen_events.py notes N        -> N events of one run (run_started, then notes)
  gen_events.py incidents K    -> one run with K incidents, each opened, carried through the
                                  main line to closure (10 transitions) with an alert each
Writes JSON Lines in the encoding `guidepost store export` uses. Deterministic.
"""
import json, sys

FACTS = {"scenario": "bench", "start": "2025-10-19T07:00:00+09:00", "front": "central front",
         "sector": "Cheorwon", "subject": "a North Korean soldier"}
MAIN_LINE = [
    {"trackConfirmed": {"track": "T"}}, {"assessed": {"summary": "person heading south"}},
    {"guidanceDispatched": {"team": "team-1"}}, {"contactMade": {}}, {"custodySecured": {}},
    {"questioningStarted": {}}, {"intentStated": {"_0": "defect"}},
    {"handedOver": {"agency": "joint interrogation"}}, {"closed": {"reason": "case complete"}},
]

def line(seq, t, kind, incident=None):
    e = {"run": "bench", "seq": seq, "t": t, "kind": kind}
    if incident:
        e["incident"] = incident
    return json.dumps(e, separators=(",", ":"), sort_keys=True)

def main():
    what, n = sys.argv[1], int(sys.argv[2])
    seq = 1
    print(line(seq, 0, {"runStarted": {"_0": FACTS}}))
    if what == "notes":
        for k in range(1, n):
            seq += 1
            print(line(seq, float(k), {"note": {"_0": f"synthetic {k}"}}))
    else:
        for k in range(n):
            inc, t = f"I-{k}", 10.0 * k
            seq += 1
            print(line(seq, t, {"alertRaised": {"_0": {"id": f"A{k}", "t": t, "track": f"T{k}", "x": 0, "y": 0, "s": 0,
                   "d": 100, "targetClass": "human", "confidence": 0.9, "timeToMDL": 200, "reason": "approaching-mdl"}}}))
            seq += 1
            print(line(seq, t, {"alertAcknowledged": {"alert": f"A{k}", "reason": "confirmed"}}))
            seq += 1
            print(line(seq, t, {"incidentOpened": {}}, inc))
            for j, ev in enumerate(MAIN_LINE):
                seq += 1
                print(line(seq, t + j + 1, {"incidentTransition": {"_0": ev}}, inc))

main()
