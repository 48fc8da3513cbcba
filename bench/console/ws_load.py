#!/usr/bin/env python3
"""WebSocket load on a running `guidepost serve`: N clients signed in, each receiving frames;
latency = arrival wall time − the frame's `fedAt` (when its scan entered the feed), same clock.
Optionally one client that connects and never reads (a stalled browser). Prints a JSON summary:
p50/p99 latency over every frame every reading client received, frames per client per second,
and the server's CPU and peak RSS over the measurement (psutil on --pid).

usage: ws_load.py URL USER PASSWORD --clients 200 --seconds 30 [--stalled 1] [--pid PID]
"""
import argparse, asyncio, json, statistics, time, urllib.request

import psutil
import websockets


def login(url, user, password):
    req = urllib.request.Request(url + "api/login", data=json.dumps({"user": user, "password": password}).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req) as r:
        return r.headers["Set-Cookie"].split(";")[0]


START = [0.0]


async def reader(ws_url, cookie, seconds, lat, counts, i, start_evt):
    async with websockets.connect(ws_url, additional_headers={"Cookie": cookie}, max_size=None) as ws:
        await start_evt.wait()
        end = time.time() + seconds
        n = 0
        while time.time() < end:
            try:
                msg = await asyncio.wait_for(ws.recv(), timeout=max(0.01, end - time.time()))
            except asyncio.TimeoutError:
                break
            now = time.time() * 1000
            fed = json.loads(msg)["fedAt"]
            # Frames fed before the measurement began waited in this client's socket while it
            # was not reading yet: they say nothing about the server.
            if fed >= START[0]:
                lat.append(now - fed)
            n += 1
        counts[i] = n


async def staller(ws_url, cookie, seconds, start_evt):
    # Connects, then never reads: its socket buffers fill and the server must not wait for it.
    ws = await websockets.connect(ws_url, additional_headers={"Cookie": cookie}, max_size=None, max_queue=1)
    ws.transport.pause_reading()
    await start_evt.wait()
    await asyncio.sleep(seconds + 1)
    ws.transport.abort()


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url"); ap.add_argument("user"); ap.add_argument("password")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--stalled", type=int, default=0)
    ap.add_argument("--pid", type=int)
    a = ap.parse_args()
    url = a.url if a.url.endswith("/") else a.url + "/"
    cookie = login(url, a.user, a.password)
    ws_url = "ws://" + url.split("://", 1)[1] + "ws"
    lat, counts = [], [0] * a.clients
    start_evt = asyncio.Event()
    tasks = [asyncio.create_task(staller(ws_url, cookie, a.seconds, start_evt)) for _ in range(a.stalled)]
    tasks += [asyncio.create_task(reader(ws_url, cookie, a.seconds, lat, counts, i, start_evt)) for i in range(a.clients)]
    await asyncio.sleep(2)  # all connected
    proc = psutil.Process(a.pid) if a.pid else None
    cpu0 = proc.cpu_times() if proc else None
    t0 = time.time()
    START[0] = t0 * 1000
    start_evt.set()
    peak = 0
    while not all(t.done() for t in tasks[a.stalled:]):
        if proc:
            peak = max(peak, proc.memory_info().rss)
        await asyncio.sleep(0.5)
    wall = time.time() - t0
    for t in tasks:
        if not t.done():
            t.cancel()
    cpu = None
    if proc:
        c1 = proc.cpu_times()
        cpu = (c1.user + c1.system - cpu0.user - cpu0.system) / wall
    lat.sort()
    q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] if lat else None
    print(json.dumps({
        "clients": a.clients, "stalled": a.stalled, "seconds": round(wall, 1), "frames": len(lat),
        "frames_per_client_per_s": round(statistics.mean(counts) / a.seconds, 2) if counts else 0,
        "min_frames_per_client": min(counts) if counts else 0,
        "latency_ms_p50": round(q(0.5), 1) if lat else None, "latency_ms_p99": round(q(0.99), 1) if lat else None,
        "latency_ms_max": round(lat[-1], 1) if lat else None,
        "server_cpu_cores": round(cpu, 2) if cpu is not None else None, "server_peak_rss_mb": round(peak / 2**20) if peak else None,
    }))


asyncio.run(main())
