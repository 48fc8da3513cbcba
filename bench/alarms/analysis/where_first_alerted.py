"""Diagnosis for docs/alarm-quality.md: were alerted crossers moving at their first alert, and had
they crossed the MDL already? Usage: python3 where_first_alerted.py OUT"""
import json, collections, sys, bisect
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/alarms'
s = json.load(open(OUT + '/score.json'))
H = collections.defaultdict(list)
for line in (l for l in open(OUT + '/sim/truth.jsonl') if '"human"' in l):
    r = json.loads(line); H[r['id']].append((r['t'], r['x'], r['y']))
moving = 0; still = 0; n = 0; cross_before = 0
for p in s['people']:
    if 'first_alert' not in p: continue
    tr = H[p['id']]; ts = [a[0] for a in tr]; i = bisect.bisect_left(ts, p['first_alert'])
    if 1 <= i < len(tr):
        (t0, x0, y0), (t1, x1, y1) = tr[i-1], tr[i]
        v = ((x1-x0)**2 + (y1-y0)**2) ** 0.5 / (t1 - t0)
        if v > 0.2: moving += 1
        else: still += 1
    if p['first_alert'] >= p['crossed']: cross_before += 1
    n += 1
print('alerted', n, 'moving at first alert', moving, 'still', still, 'alerted only after crossing the MDL', cross_before)
