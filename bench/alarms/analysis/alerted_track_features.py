"""Diagnosis for docs/alarm-quality.md: speed, net speed, heading persistence and class of the
alerts' raising tracks (≥ 60 reports), crossers vs animals. Usage: python3 alerted_track_features.py OUT
(OUT as bench/alarms/run.sh writes it, with score.json from score-alerts --json)."""
import json, collections, math, re, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/alarms'
out = json.load(open(OUT + '/score.json'))['alert_outcomes']
match = {a['id']: a['match'] for a in out}
trk = {}
for line in open(OUT + '/alerts.jsonl'):
    if 'alertRaised' in line:
        a = json.loads(line)['kind']['alertRaised']['_0']; trk[a['track']] = match[a['id']]
rx = re.compile(r'"track": "([^"]+)"')
series = collections.defaultdict(list)
for line in open(OUT + '/tracks.jsonl'):
    m = rx.search(line)
    if m and m.group(1) in trk:
        r = json.loads(line); series[r['track']].append((r['t'], r['x'], r['y'], r['vx'], r['vy'], r['class'], r['p_class']))
def stats(kind):
    rows = []
    for tid, s in series.items():
        if trk[tid] != kind or len(s) < 60: continue
        sp = sorted(math.hypot(a[3], a[4]) for a in s); 
        # net displacement over 60 s windows vs path length
        disp = math.hypot(s[-1][1]-s[0][1], s[-1][2]-s[0][2]); T = s[-1][0]-s[0][0]
        hum = sum(1 for a in s if a[5]=='human')/len(s)
        # heading persistence: mean resultant length of velocity unit vectors
        ux = sum(a[3]/max(1e-9, math.hypot(a[3],a[4])) for a in s)/len(s); uy = sum(a[4]/max(1e-9, math.hypot(a[3],a[4])) for a in s)/len(s)
        rows.append((sp[len(sp)//2], disp/max(T,1), math.hypot(ux,uy), hum, T))
    rows.sort()
    q = lambda i: [round(sorted(r[i] for r in rows)[int(f*len(rows))], 2) for f in (0.1, 0.5, 0.9)]
    print(kind, len(rows), 'median speed', q(0), 'net speed', q(1), 'heading persistence', q(2), 'frac human', q(3), 'life', q(4))
stats('crosser'); stats('animal')
