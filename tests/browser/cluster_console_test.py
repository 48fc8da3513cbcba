#!/usr/bin/env python3
"""A cluster instance's console in a real browser (issue 20): it shows every sector of the border.

Two `guidepost serve` instances share one PostgreSQL store (tools/pg-pair.sh, a primary alone)
and split the six sectors, three each, over the full-border world's recorded detections
(`guidepost simulate`, 1 h) paced at 20x. Signed in to hq-west's console:

  1. the page goes live and draws tracks;
  2. the frame (the console's JSON API) carries alerts of sectors from BOTH instances — its own
     (live) and hq-east's (their published pictures), ids naming the sector (`A-cheorwon-3`);
  3. answering an alert of hq-east's sector through hq-west is refused with 409, naming hq-east;
     answering one of its own sectors is not refused for that reason;
  4. the page shows hq-east's alerts without answer buttons, saying hq-east watches them;
  5. a screenshot of the page (SCREENSHOTS, default the temp folder).

Environment: GUIDEPOST_BIN (default .build/release/guidepost), CHROMIUM / CHROMEDRIVER.
Prints "cluster browser: 1 passed" or "… 1 failed" last; exits 0 only when it passed.
"""
import json, os, re, subprocess, sys, tempfile, time, traceback, urllib.error, urllib.request
from http.cookiejar import CookieJar

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from console_test import Failure, browser, log, sign_in, submit_and_wait_live, wait_for  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.path.abspath(os.environ.get("GUIDEPOST_BIN", os.path.join(ROOT, ".build/release/guidepost")))
PAIR = os.path.join(ROOT, "tools/pg-pair.sh")
SECTORS = ["western-han-estuary-jsa", "imjin", "central-west-yeoncheon", "cheorwon", "central-hwacheon-yanggu", "eastern-goseong"]


class Api:
    def __init__(self, url, user, password):
        self.url = url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        self.call("api/login", {"user": user, "password": password})

    def call(self, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, headers={"Content-Type": "application/json"} if data else {})
        with self.opener.open(req, timeout=30) as r:
            return json.load(r)


def main():
    tmp = tempfile.mkdtemp(prefix="guidepost-cluster-browser-")
    os.chmod(tmp, 0o755)  # the database server runs as the postgres user and keeps its folder in here
    shots = os.environ.get("SCREENSHOTS", tmp)
    os.makedirs(shots, exist_ok=True)
    subprocess.run([BIN, "simulate", os.path.join(ROOT, "scenarios/full-border.yaml"), "--out", f"{tmp}/world", "--duration", "1h"],
                   check=True, capture_output=True)
    pg = f"{tmp}/pg"
    subprocess.run([PAIR, "start", pg, "--solo"], check=True, capture_output=True)
    env = dict(l.strip().split("=", 1) for l in open(f"{pg}/env") if "=" in l)
    procs, driver = [], None
    try:
        for name, own in (("hq-west", SECTORS[:3]), ("hq-east", SECTORS[3:])):
            out = open(f"{tmp}/{name}.log", "w")
            procs.append(subprocess.Popen(
                [BIN, "serve", "scenarios/full-border.yaml", "--demo", "--feed", f"{tmp}/world/detections.jsonl", "--speed", "20",
                 "--operator", "attentive", "--dispatch", "automatic", "--port", "0", "--run", "world", "--db", env["PRIMARY_URL"],
                 "--instance", name, "--sectors", ",".join(own)], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT))

        def console():
            text = open(f"{tmp}/hq-west.log").read()
            url = re.search(r"Console: (http://\S+)", text)
            password = re.search(r"demo account operator\s+\S+\s+password (\S+)", text)
            return (url.group(1), password.group(1)) if url and password else None

        url, password = wait_for("hq-west's console", console, 120)
        log(f"hq-west's console at {url}")
        api = Api(url, "operator", password)

        def both():
            f = api.call("api/frame")
            sectors = {m.group(1) for a in f["alerts"] for m in [re.match(r"A-(.+)-\d+$", a["id"])] if m}
            return (f, sectors) if sectors & set(SECTORS[:3]) and sectors & set(SECTORS[3:]) else None

        frame, sectors = wait_for("alerts of both instances' sectors in one frame", both, 180, poll=2)
        log(f"one frame, alerts of {sorted(sectors)}; {len(frame['tracks'])} tracks, {len(frame['incidents'])} incidents")
        tracks = [t["id"] for t in frame["tracks"]]
        if not all("/" in t for t in tracks):
            raise Failure(f"a track id without its sector: {[t for t in tracks if '/' not in t][:3]}")

        remote = next(a for a in frame["alerts"] if any(a["id"].startswith(f"A-{s}-") for s in SECTORS[3:]))
        try:
            api.call(f"api/alerts/{remote['id']}/answer", {"answer": "acknowledge", "reason": "seen"})
            raise Failure(f"{remote['id']} (hq-east's) was answered through hq-west")
        except urllib.error.HTTPError as e:
            body = e.read().decode()
            if e.code != 409 or "hq-east" not in body:
                raise Failure(f"answering {remote['id']} through hq-west: HTTP {e.code} {body}")
            log(f"{remote['id']} refused on hq-west: {body[:160]}")
        own = next(a for a in frame["alerts"] if any(a["id"].startswith(f"A-{s}-") for s in SECTORS[:3]))
        try:
            api.call(f"api/alerts/{own['id']}/answer", {"answer": "acknowledge", "reason": "seen"})
        except urllib.error.HTTPError as e:
            body = e.read().decode()
            if "watches: decide it" in body:
                raise Failure(f"{own['id']}, hq-west's own, was refused as another instance's: {body}")
            log(f"{own['id']} answered on hq-west: HTTP {e.code} (the engine's answer: {body[:100]})")

        driver = browser()
        driver.get(url)
        sign_in(driver, "operator", password, None)
        submit_and_wait_live(driver, None)
        # hq-east's alerts are read-only here: no answer buttons, the instance named.
        def remote_alert_shown():
            for li in driver.find_elements("css selector", "#alerts > li.alert[data-id]"):
                if any(li.get_attribute("data-id").startswith(f"A-{s}-") for s in SECTORS[3:]):
                    return li
            return None

        li = wait_for("an alert of hq-east's sectors in the list", remote_alert_shown, 60)
        actions = li.find_elements("css selector", ".actions")
        if actions and actions[0].is_displayed():
            raise Failure(f"{li.get_attribute('data-id')}, hq-east's, offers answer buttons on hq-west's console")
        if "watched by hq-east" not in li.find_element("css selector", ".answer").text:
            raise Failure(f"{li.get_attribute('data-id')} does not say hq-east watches it: {li.text!r}")
        log(f"{li.get_attribute('data-id')} shown read-only: {li.find_element('css selector', '.answer').text}")
        time.sleep(3)
        path = os.path.join(shots, "cluster-console.png")
        driver.save_screenshot(path)
        count = lambda: driver.execute_script('return document.querySelectorAll("#map svg #live g.track[data-id]").length')
        log(f"tracks drawn: {count()}")
        wait_for("tracks of both instances' sectors drawn", lambda: count() > 0, 60)
        driver.save_screenshot(path)
        log(f"screenshot: {path}")
        print("cluster browser: 1 passed, 0 failed")
        return 0
    except Exception:
        traceback.print_exc()
        for name in ("hq-west", "hq-east"):
            try:
                print(f"--- {name}.log (tail)\n" + "".join(open(f"{tmp}/{name}.log").readlines()[-15:]))
            except OSError:
                pass
        print("cluster browser: 0 passed, 1 failed")
        return 1
    finally:
        if driver:
            driver.quit()
        for p in procs:
            p.kill()
        subprocess.run([PAIR, "stop", pg], capture_output=True)


if __name__ == "__main__":
    sys.exit(main())
