"""Diagnosis for docs/alarm-quality.md: does the classifier separate people from animals? For the
track reports at the truth's 10 s instants that lie within 150 m of a crossing person (any
`*crosser*` human) while walking (> 0.3 m/s since the previous sample; lying up hidden, a
person is 0.4 m tall and looks like an animal by design) or of an animal (with no human within
300 m), the share classed human / animal
/ unknown and the quantiles of p_class by class. Usage: python3 class_separation.py OUT"""
import collections, json, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/alarms'
CELL = 300.0
people, animals, previous = {}, {}, {}
for line in open(OUT + '/sim/truth.jsonl'):
    r = json.loads(line)
    t = r['t']
    if t % 10: continue
    key = (int(t), int(r['x'] // CELL), int(r['y'] // CELL))
    if r['kind'] == 'human':
        last = previous.get(r['id'])
        previous[r['id']] = (t, r['x'], r['y'])
        walking = last is not None and t > last[0] and ((r['x'] - last[1]) ** 2 + (r['y'] - last[2]) ** 2) ** 0.5 / (t - last[0]) > 0.3
        people.setdefault(key, []).append((r['x'], r['y'], 'crosser' in r['id'] and walking))
    elif r['kind'] == 'animal':
        animals.setdefault(key, []).append((r['x'], r['y']))

def near(grid, t, x, y, radius):
    cx, cy = int(x // CELL), int(y // CELL)
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            for e in grid.get((t, cx + dx, cy + dy), ()):
                if (e[0] - x) ** 2 + (e[1] - y) ** 2 <= radius ** 2: yield e

share = {'crosser': collections.Counter(), 'animal': collections.Counter()}
probs = {'crosser': collections.defaultdict(list), 'animal': collections.defaultdict(list)}
for line in open(OUT + '/tracks.jsonl'):
    t = float(line[6:line.index(',')])
    if t % 10: continue
    r = json.loads(line)
    t, x, y = int(t), r['x'], r['y']
    humans = list(near(people, t, x, y, 300))
    if any(c and (h[0] - x) ** 2 + (h[1] - y) ** 2 <= 150 ** 2 for h in humans for c in (h[2],)):
        what = 'crosser'
    elif not humans and any(True for _ in near(animals, t, x, y, 150)):
        what = 'animal'
    else:
        continue
    share[what][r['class']] += 1
    probs[what][r['class']].append(r['p_class'])
for what in ('crosser', 'animal'):
    n = sum(share[what].values())
    print(f'reports near {"walking crossers" if what == "crosser" else "animals"}: {n}; classed ' + ', '.join(f'{c} {100 * k / max(n, 1):.1f} %' for c, k in share[what].most_common()))
    for c, v in sorted(probs[what].items()):
        v.sort()
        print(f'  {c}: p_class 10/50/90 % = ' + ' / '.join(f'{v[int(q * (len(v) - 1))]:.2f}' for q in (0.1, 0.5, 0.9)))
