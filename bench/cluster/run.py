#!/usr/bin/env python3
"""bench/cluster/run.py OUT: the cluster's failover harness (issue 20), on this machine.

Records the full-border world's detections for HOURS hours (`guidepost simulate`), then:

1. reference: ONE instance watches all six sectors (PostgreSQL alone, unpaced) and its log is
   dumped (run, seq, md5 of each event's body);
2. cluster: a PostgreSQL primary with a synchronous streaming standby (tools/pg-pair.sh) and
   THREE `guidepost serve` instances, two sectors each and standby for two others, over the same
   feed at SPEED x; after KILL_AFTER s the middle instance is killed (kill -9), its sectors are
   taken over; after DB_KILL_AFTER s more the primary is killed and the standby promoted;
   the instances run to the feed's end;
3. checks: the cluster's log equals the reference event for event (nothing lost, nothing
   twice), every incident was opened once, and the alarm figures (alerts raised, acknowledged,
   dismissed, escalated; incidents) are the same; prints the figures and the failover times.

A walker is added to the world's detections: a person who crosses the MDL 2.5 km west of the
Cheorwon / Central (Hwacheon-Yanggu) boundary and walks east along the DMZ into the next sector,
so the cheorwon watch (hq-central's, taken over by hq-west when hq-central is killed) hands his
incident across to hq-east's: the checks also ask that his incident was handed across once and
taken on once, under one id, and that nobody opened a second incident for him. Guidance waits
for the watch commander (`--dispatch commander`, nobody approves): a guiding operation is not
handed across (the sector whose team is out keeps its person).

Environment: G (the binary, default .build/release/guidepost), HOURS (1), SPEED (40),
LEASE (6 s), KILL_AFTER (25 s), DB_KILL_AFTER (20 s), WALKER (1; 0 for the world alone),
DISPATCH (commander), HOT (1: the standbys shadow their sectors, `--hot-standby`; 0: a takeover
re-derives the sector from its start), THROUGHPUT=1 also times 1, 2 and 3 instances unpaced on one server (a
ratio). Writes OUT/results.md.
"""
import json, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
G = os.path.abspath(os.environ.get("G", os.path.join(ROOT, ".build/release/guidepost")))  # the instances run in OUT
HOURS = float(os.environ.get("HOURS", "1"))
SPEED = os.environ.get("SPEED", "40")
LEASE = os.environ.get("LEASE", "6")
KILL_AFTER = float(os.environ.get("KILL_AFTER", "25"))
DB_KILL_AFTER = float(os.environ.get("DB_KILL_AFTER", "20"))
WALKER = os.environ.get("WALKER", "1") == "1"
DISPATCH = os.environ.get("DISPATCH", "commander")
HOT = os.environ.get("HOT", "1") == "1"
PAIR = os.path.join(ROOT, "tools/pg-pair.sh")
PSQL = "/usr/lib/postgresql/15/bin/psql"
SCEN = os.path.join(ROOT, "scenarios/full-border.yaml")
SECTORS = ["western-han-estuary-jsa", "imjin", "central-west-yeoncheon", "cheorwon", "central-hwacheon-yanggu", "eastern-goseong"]
INSTANCES = [  # name, own sectors, standby for
    ("hq-west", SECTORS[0:2], SECTORS[2:4]),
    ("hq-central", SECTORS[2:4], SECTORS[4:6]),
    ("hq-east", SECTORS[4:6], SECTORS[0:2]),
]


def now_ms():
    return time.time() * 1000


def pair(*args):
    out = subprocess.run([PAIR, *args], check=True, capture_output=True, text=True).stdout
    return dict(l.split("=", 1) for l in out.splitlines() if "=" in l)


def env_of(d):
    return dict(l.strip().split("=", 1) for l in open(os.path.join(d, "env")) if "=" in l)


def sql(url, query):
    r = subprocess.run([PSQL, url, "-At", "-F", "\t", "-c", query], capture_output=True, text=True, timeout=20)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip())
    return [l.split("\t") for l in r.stdout.splitlines() if l]


def serve(name, url, feed, out, sectors, standby=(), speed="10000"):
    args = [G, "serve", SCEN, "--demo", "--feed", feed, "--operator", "attentive", "--dispatch", DISPATCH, "--exit-when-done",
            "--port", "0", "--run", "world", "--lease-seconds", LEASE, "--db", url, "--speed", speed, "--instance", name]
    if sectors:
        args += ["--sectors", ",".join(sectors)]
    if standby:
        args += ["--standby-for", ",".join(standby)]
        if HOT:
            args += ["--hot-standby"]
    log = open(os.path.join(out, f"{name}.log"), "w")
    return subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, cwd=out)


def dump(url):
    return sql(url, "SELECT run, seq, md5(body) FROM event ORDER BY run, seq")


def figures(url):
    rows = sql(url, """SELECT run, kind, count(*) FROM event
                       WHERE kind IN ('alert_raised','alert_acknowledged','alert_dismissed','alert_escalated','incident_opened')
                       GROUP BY run, kind ORDER BY run, kind""")
    out = {}
    for run, kind, n in rows:
        out.setdefault(kind, 0)
        out[kind] += int(n)
    return out


def leases(url):
    try:
        rows = sql(url,
                   "SELECT sector, owner, (expires > clock_timestamp())::int, last_seq, COALESCE(feed_t, 0) FROM sector_lease")
    except RuntimeError:  # the schema is not there yet (the instances are starting), or the server is away
        return {}
    return {r[0]: {"owner": r[1], "live": r[2] == "1", "seq": int(r[3]), "t": float(r[4])} for r in rows}


def coords(frm, to, points):
    r = subprocess.run([G, "coords", "--from", frm, "--to", to], input="\n".join(f"{a},{b}" for a, b in points),
                       capture_output=True, text=True, check=True)
    return [tuple(float(v) for v in l.split(",")) for l in r.stdout.splitlines()]


def add_walker(feed, hours):
    """Adds the walker's detections (a thermal sight every 5 s) to `feed`, in time order; returns the boundary's s."""
    lats = [38.15 + 0.005 * k for k in range(60)]
    sd = coords("wgs84", "sd", [(127.55, lat) for lat in lats])
    pairs = [(a, b) for a, b in zip(sd, sd[1:]) if (a[1] <= 0) != (b[1] <= 0)]
    (s1, d1), (s2, d2) = pairs[0]
    boundary = s1 + (s2 - s1) * (0 - d1) / (d2 - d1)
    track = []
    for k in range(int(hours * 3600 / 5)):
        t = 200.0 + 5 * k
        if t > hours * 3600:
            break
        u = t - 200
        s = boundary - 2500 + 0.4 * min(u, 1000) + 2.0 * max(0, u - 1000)
        d = 400 - min(u, 1000)
        track.append((t, s, d - 200 if u > 1000 else d))
    xy = coords("sd", "epsg5179", [(s, d) for _, s, d in track])
    walker = [(t, json.dumps({"t": t, "sensor": "tod-walker", "x": x, "y": y, "cov": [[25.0, 0.0], [0.0, 25.0]],
                                "kind": "thermal", "size": 1.7})) for (t, _, _), (x, y) in zip(track, xy)]
    lines = open(feed).read().splitlines()
    merged = [(json.loads(l)["t"], k, l) for k, l in enumerate(lines) if l.strip()]
    merged += [(t, len(lines) + k, l) for k, (t, l) in enumerate(walker)]
    merged.sort(key=lambda r: (r[0], r[1]))
    with open(feed, "w") as f:
        f.write("\n".join(l for _, _, l in merged) + "\n")
    return boundary


def handovers(url):
    """The hand-overs in the log: (run, incident, from, to) handed across, and (run, incident) taken on."""
    across = sql(url, "SELECT run, incident, body FROM event WHERE kind = 'incident_handed_across' ORDER BY run, seq")
    taken = sql(url, "SELECT run, incident FROM event WHERE kind = 'incident_adopted' ORDER BY run, seq")
    return [(r, i, json.loads(b)["kind"]["incidentHandedAcross"]["_0"]["to"]) for r, i, b in across], [tuple(r) for r in taken]


def timed_solo(out, feed, layout, label):
    """Unpaced run of `layout` (lists of sectors per instance) on a fresh single server; wall seconds."""
    d = os.path.join(out, f"pg-{label}")
    pair("start", d, "--solo")
    url = env_of(d)["PRIMARY_URL"]
    try:
        t0 = time.time()
        procs = [serve(f"i{k}", url, feed, out, s) for k, s in enumerate(layout)]
        for p in procs:
            if p.wait(timeout=3600) != 0:
                raise RuntimeError(f"{label}: an instance failed (see {out}/i*.log)")
        wall = time.time() - t0
        return wall, dump(url), figures(url)
    finally:
        pair("stop", d)


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "/tmp/guidepost-cluster")
    os.makedirs(out, exist_ok=True)
    world = os.path.join(out, "world")
    subprocess.run([G, "simulate", SCEN, "--out", world, "--duration", f"{HOURS}h"], check=True, capture_output=True)
    feed = os.path.join(world, "detections.jsonl")
    if WALKER:
        boundary = add_walker(feed, HOURS)
        print(f"walker: across the MDL 2.5 km west of the cheorwon / central-hwacheon-yanggu boundary (s = {boundary:.0f} m), "
              "then east along the DMZ", flush=True)
    lines = ["# The cluster harness (bench/cluster/run.py)", "",
             f"World: full-border, {HOURS:g} h, seed 2025, detections recorded by `guidepost simulate`; lease {LEASE} s; "
             f"cluster paced at {SPEED}x.", ""]

    print("reference: one instance, all six sectors, unpaced …", flush=True)
    ref_wall, ref_dump, ref_fig = timed_solo(out, feed, [SECTORS], "ref")
    print(f"  {len(ref_dump)} events in {ref_wall:.0f} s; {ref_fig}", flush=True)

    d = os.path.join(out, "pair")
    pair("start", d, "--sync")
    e = env_of(d)
    url = e["CLUSTER_URL"]
    procs = {}
    try:
        for name, own, standby in INSTANCES:
            procs[name] = serve(name, url, feed, out, own, standby, speed=SPEED)
        deadline = time.time() + 120
        while len([l for l in leases(url).values() if l["live"]]) < 6:
            if time.time() > deadline:
                raise RuntimeError(f"the three instances did not hold the six sectors within 120 s (see {out}/hq-*.log)")
            time.sleep(0.2)
        print("cluster: three instances hold the six sectors", flush=True)
        time.sleep(KILL_AFTER)
        victim = "hq-central"
        if procs[victim].poll() is not None:
            raise RuntimeError(f"{victim} had ended before it was killed: lower SPEED or KILL_AFTER")
        before = {s: l["seq"] for s, l in leases(url).items() if l["owner"] == victim}
        procs[victim].kill()
        killed = now_ms()
        procs[victim].wait()
        print(f"  killed {victim} (kill -9) holding {sorted(before)} at events {before}", flush=True)
        taken = resumed = None
        deadline = time.time() + 120
        while resumed is None:
            if time.time() > deadline:
                raise RuntimeError(f"{victim}'s sectors were not taken over within 120 s (see {out}/hq-*.log)")
            ls = leases(url)
            mine = {s: ls[s] for s in before}
            if taken is None and all(l["owner"] != victim and l["live"] for l in mine.values()):
                taken = now_ms()
            if taken is not None and all(l["seq"] >= before[s] for s, l in mine.items()):
                resumed = now_ms()
            time.sleep(0.05)
        takeover_s, resume_s = (taken - killed) / 1000, (resumed - killed) / 1000
        owners = {s: leases(url)[s]["owner"] for s in before}
        print(f"  taken over in {takeover_s:.2f} s by {owners}; caught up with the log in {resume_s:.2f} s", flush=True)

        time.sleep(DB_KILL_AFTER)
        k = pair("kill-primary", d)
        db_killed = float(k["killed_at_ms"])
        promotion = pair("promote", d)
        promote_ms = float(promotion["promote_ms"])
        if all(proc.poll() is not None for proc in procs.values()):
            raise RuntimeError("every instance had ended before the primary was killed: lower SPEED or DB_KILL_AFTER")
        # The first event committed after the kill (track_commit_timestamp is on; the old
        # primary is dead, so it was committed on the promoted standby): the watch writing again.
        deadline = time.time() + 120
        first = None
        while first is None:
            if time.time() > deadline:
                raise RuntimeError(f"nothing was written to the promoted standby within 120 s of the kill (see {out}/hq-*.log)")
            try:
                row = sql(e["STANDBY_URL"], "SELECT EXTRACT(EPOCH FROM min(c)) * 1000 FROM (SELECT pg_xact_commit_timestamp(xmin) AS c "
                          f"FROM event) x WHERE c > to_timestamp({db_killed / 1000})")
                first = float(row[0][0]) if row and row[0][0] else None
            except Exception:
                pass
            time.sleep(0.1)
        db_resume_s = (first - db_killed) / 1000
        print(f"  primary killed, standby promoted in {promote_ms:.0f} ms; "
              f"the first event committed on the new primary {db_resume_s:.2f} s after the kill", flush=True)
        for name, proc in procs.items():
            if name != victim and proc.wait(timeout=3600) != 0:
                raise RuntimeError(f"{name} failed (see {out}/{name}.log)")
        final = e["STANDBY_URL"]
        clu_dump, clu_fig = dump(final), figures(final)
        twice = sql(final, "SELECT incident, count(*) FROM event WHERE kind = 'incident_opened' GROUP BY incident HAVING count(*) > 1")
        across, taken = handovers(final)
        status = subprocess.run([G, "cluster", "status", "--db", url], capture_output=True, text=True).stdout
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
        subprocess.run([PAIR, "stop", d], capture_output=True)

    ref_keys = {(r, s) for r, s, _ in ref_dump}
    clu_keys = {(r, s) for r, s, _ in clu_dump}
    lost = len(ref_keys - clu_keys)
    extra = len(clu_keys - ref_keys)
    differ = sum(1 for a, b in zip(sorted(ref_dump), sorted(clu_dump)) if a != b)
    same = ref_dump == clu_dump
    print(f"checks: {len(clu_dump)} events in the cluster's log, {len(ref_dump)} in the reference; lost {lost}, extra {extra}, "
          f"differing {differ}; incidents opened twice: {len(twice)}; figures equal: {ref_fig == clu_fig}", flush=True)
    lines += ["| figure | value |", "|---|---:|",
              f"| events, one instance (reference) | {len(ref_dump):,} |",
              f"| events, three instances with an instance and the primary killed | {len(clu_dump):,} |",
              f"| events lost / extra / differing | {lost} / {extra} / {differ} |",
              f"| incidents opened more than once | {len(twice)} |",
              f"| alarm figures equal the reference | {'yes' if ref_fig == clu_fig else 'NO'} ({clu_fig}) |",
              f"| instance failover: kill -9 to the sectors taken over | {takeover_s:.2f} s |",
              f"| instance failover: kill -9 to the new owner caught up with the log | {resume_s:.2f} s |",
              f"| database failover: primary killed to the watch writing again (promotion {promote_ms:.0f} ms) | {db_resume_s:.2f} s |",
              "", "`guidepost cluster status` at the end:", "", "```", status.rstrip(), "```", ""]
    # Every incident handed across was taken on once, by the sector it was handed to; the walker's went
    # from cheorwon to central-hwacheon-yanggu.
    runs = {f"world-{x}": x for x in SECTORS}
    taken_ok = all(taken.count((f"world-{to}", i)) == 1 for _, i, to in across) and len(taken) == len(across)
    walker_ok = not WALKER or any(runs.get(r) == "cheorwon" and to == "central-hwacheon-yanggu" for r, _, to in across)
    print(f"hand-overs: {len(across)} handed across ({', '.join(f'{i} {runs.get(r, r)} -> {to}' for r, i, to in across) or 'none'}), "
          f"{len(taken)} taken on; each once by its sector: {taken_ok}; the walker's: {walker_ok}", flush=True)
    lines.insert(lines.index("", lines.index("| figure | value |")) if "" in lines[lines.index("| figure | value |"):] else len(lines),
                 f"| incidents handed across a sector boundary / taken on (once each, by that sector) | {len(across)} / {len(taken)} "
                 f"({', '.join(f'{i}: {runs.get(r, r)} → {to}' for r, i, to in across) or 'none'}) |")
    ok = same and not twice and ref_fig == clu_fig and taken_ok and walker_ok

    if os.environ.get("THROUGHPUT") == "1":
        rows = []
        for label, layout in [("1", [SECTORS]), ("2", [SECTORS[0:3], SECTORS[3:6]]), ("3", [SECTORS[0:2], SECTORS[2:4], SECTORS[4:6]])]:
            wall, dmp, _ = timed_solo(out, feed, layout, f"n{label}")
            rows.append((label, wall, dmp == ref_dump))
            print(f"throughput: {label} instance(s) {wall:.0f} s, log equal to the reference: {dmp == ref_dump}", flush=True)
        lines += ["| instances (unpaced, one server) | wall s | ratio to one | log equal |", "|---:|---:|---:|---|"]
        lines += [f"| {l} | {w:.0f} | {rows[0][1] / w:.2f} | {'yes' if s else 'NO'} |" for l, w, s in rows]
        ok = ok and all(s for _, _, s in rows)
    open(os.path.join(out, "results.md"), "w").write("\n".join(lines) + "\n")
    print("\n".join(lines))
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
