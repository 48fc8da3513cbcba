"""Diagnosis for docs/alarm-quality.md: class of the track reports within 150 m of a crosser while
walking (> 0.3 m/s), and the share of their 10 s intervals with such a track. Usage: python3 tracks_near_walking_crossers.py OUT"""
import json, collections, math, re, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/alarms'
tracks_file = OUT + '/tracks.jsonl'
H = collections.defaultdict(list)
for line in (l for l in open(OUT + '/sim/truth.jsonl') if '"human"' in l):
    r = json.loads(line)
    if 'crosser' in r['id']: H[r['id']].append((r['t'], r['x'], r['y']))
grid = {}
for i, s in H.items():
    for (t0, x0, y0), (t1, x1, y1) in zip(s, s[1:]):
        v = math.hypot(x1-x0, y1-y0) / (t1 - t0)
        if v < 0.3: continue
        for t in (t0,):
            grid.setdefault((int(t//10), int(x0//300), int(y0//300)), []).append((i, x0, y0, v))
cls = collections.Counter(); per = collections.defaultdict(lambda: collections.Counter()); covered = collections.defaultdict(set)
pcl = collections.defaultdict(list); spd = []
for line in open(tracks_file):
    R = json.loads(line); t, tid, x, y, vx, vy, c, p = R['t'], R['track'], R['x'], R['y'], R['vx'], R['vy'], R['class'], R['p_class']
    b = int(t//10); cx = int(x//300); cy = int(y//300)
    hit = None
    for dx in (-1,0,1):
        for dy in (-1,0,1):
            for (i, hx, hy, v) in grid.get((b, cx+dx, cy+dy), ()):
                if (hx-x)**2 + (hy-y)**2 <= 150**2: hit = (i, v)
    if hit:
        cls[c] += 1; per[hit[0]][c] += 1; covered[hit[0]].add(b); pcl[c].append(float(p)); spd.append((math.hypot(float(vx), float(vy)), hit[1]))
print('records near moving crossers by class', cls)
for c, v in pcl.items(): v.sort(); print(c, 'p quantiles', [v[int(q*len(v))] for q in (0.1, 0.5, 0.9)])
moving_buckets = collections.Counter()
for (b, cx, cy), L in grid.items():
    for (i, *_ ) in L: moving_buckets[i] += 1
cov = sorted(len(covered[i]) / moving_buckets[i] for i in moving_buckets)
print('fraction of moving time with a track within 150 m, quantiles', [round(cov[int(q*len(cov))], 2) for q in (0.1, 0.25, 0.5, 0.75, 0.9)])
r = sorted(a/b for a, b in spd); print('track speed / true speed quantiles', [round(r[int(q*len(r))], 2) for q in (0.1, 0.5, 0.9)])
