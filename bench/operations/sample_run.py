#!/usr/bin/env python3
"""The sample run of docs/operations.md: an alert dismissed as nuisance, re-raised and
escalated, guidance, custody, two armed pursuers within 150 m of a GP. JSON Lines on stdout."""
import json

FACTS = {"scenario": "sample (2025-10-19 pattern)", "start": "2025-10-19T07:00:00+09:00",
         "front": "central front", "sector": "Cheorwon", "subject": "a North Korean soldier"}
ALERT = {"id": "A1", "t": 300, "track": "T4", "x": 1000000, "y": 2000150, "s": 5000, "d": 150,
         "targetClass": "human", "confidence": 0.8, "timeToMDL": 340, "reason": "approaching-mdl"}
EVENTS = [
    (0, None, {"runStarted": {"_0": FACTS}}),
    (300, None, {"alertRaised": {"_0": ALERT}}),
    (312, None, {"alertDismissed": {"alert": "A1", "reason": "dismissed as a natural false alarm amid 3.0 alarms a minute"}}),
    (420, None, {"alertEscalated": {"alert": "A1", "reason": "re-raised: dismissed as nuisance at t=312 s, but track T4 kept moving south 60 m (1 track(s) correlated)"}}),
    (420, "I-1", {"incidentOpened": {}}),
    (420, "I-1", {"incidentTransition": {"_0": {"trackConfirmed": {"track": "T4"}}}}),
    (480, "I-1", {"incidentTransition": {"_0": {"assessed": {"summary": "person, heading south"}}}}),
    (600, "I-1", {"incidentTransition": {"_0": {"guidanceDispatched": {"team": "team-1"}}}}),
    (2400, "I-1", {"incidentTransition": {"_0": {"contactMade": {}}}}),
    (2700, "I-1", {"incidentTransition": {"_0": {"custodySecured": {}}}}),
    (2800, None, {"sensorHits": {"_0": [{"kind": "thermal", "hits": 14, "first": 240}, {"kind": "camera", "hits": 3, "first": 900}]}}),
    (2800, None, {"kpaActivity": {"_0": {"unusual": {"_0": [{"kind": "armed-near-post", "t": 5000,
        "detail": "armed KPA soldiers came within 150 m of a ROK guard post"}]}}}}),
]
for seq, (t, incident, kind) in enumerate(EVENTS, 1):
    e = {"run": "sample", "seq": seq, "t": t, "kind": kind}
    if incident:
        e["incident"] = incident
    print(json.dumps(e, separators=(",", ":"), sort_keys=True))
