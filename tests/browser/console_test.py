#!/usr/bin/env python3
"""The watch console in a real browser (headless Chromium driven by Selenium).

What a watch commander does on the 2021 Goseong swimmer, through the page only:

  1. sign in;
  2. see tracks drawn on the map;
  3. acknowledge the alert on the swimmer (the one the camera shows is a person);
  4. approve the guidance team the engine proposes;
  5. see the incident reach custody ("secured") or a later state.

and, on the same live watch, a public-affairs account sees the incident's state but no track and
no alert. Then the store must hold the commander's two decisions with the commander's name.
Last, the stored run is served again as a replay (`serve --replay`): the page shows the
scrubber and no decision buttons, the scrubber moved to the end shows the custody and to the
start shows no incident, and the incident's report opens as a page.

Custody comes about 8,500 simulated seconds after the dispatch (the team has to walk ~4.4 km and
the swimmer is lost for a while), far too long to pace, while the alert must be answered within
120 simulated seconds of being raised. So the watch runs twice on one store: first paced at
--speed 4 from just before the alert (the person has 30 real seconds to answer), then killed and
started again on the same store and port with --from just before custody. The server re-derives
the run and re-applies the recorded decisions (unpaced, ~2 minutes on a debug build); the open
page finds its session gone with the old server and asks for a sign-in by itself; signed in again,
the commander sees the custody. Custody that early happens only if the approval was re-applied:
without guidance he is found at 07:20. While the server catches up the test watches its clock
through the JSON API and keeps the page at the sign-in form (a page drawing every catch-up frame
takes CPU from the server).

Environment: GUIDEPOST_BIN (default .build/debug/guidepost), SCREENSHOTS (default: the temp
folder), CHROMIUM / CHROMEDRIVER (default /usr/bin/chromium, /usr/bin/chromedriver). Run from
anywhere; the server runs in the repository root so the bundled scenarios/ folder is found.
Prints "browser: 1 passed, 0 failed" (or "0 passed, 1 failed") last; exits 0 only when it passed.
"""

import collections
import json
import os
import re
import secrets
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.request
from http.cookiejar import CookieJar

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SCENARIO = "2021-02-16-goseong-swimmer"
# Phase 1: paced from a little before the first alert on the swimmer (raised at t ≈ 4105 s, when he
# has been ashore since 01:05); at 4× an alert escalates by itself 30 real seconds after it is
# raised. The feed before --from plays unpaced (about 20–40 s on a debug build).
SPEED = 4
FROM_ALERT = 4090
# Phase 2: the same store, started again from a little before custody (t ≈ 12,612 s with guidance
# dispatched at ≈ 4,110–4,160 s; without guidance he is found only at 07:20, t ≈ 26,400 s), paced
# faster: nobody has to answer anything in time there.
FROM_CUSTODY = 12560
SPEED_CUSTODY = 10
CUSTODY_STATES = ("secured", "questioning", "intent_confirmed", "handed_over", "closed")
# The whole test stops by itself after this long.
DEADLINE = time.monotonic() + 10 * 60


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


class Failure(Exception):
    pass


class Server:
    """`guidepost serve` on loopback, port 0; keeps the tail of its output for failures."""

    def __init__(self, binary, args, name):
        self.name = name
        self.tail = collections.deque(maxlen=60)
        self.url = None
        self._ready = threading.Event()
        self.proc = subprocess.Popen(
            [binary, "serve", *args], cwd=ROOT, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
        for stream, tag in ((self.proc.stdout, "out"), (self.proc.stderr, "err")):
            threading.Thread(target=self._read, args=(stream, tag), daemon=True).start()

    def _read(self, stream, tag):
        for line in stream:
            self.tail.append(f"{self.name} {tag}: {line.rstrip()}")
            m = re.search(r"Console: (http://127\.0\.0\.1:\d+/)", line)
            if m and not self.url:
                self.url = m.group(1)
                self._ready.set()
        self._ready.set()

    def wait_url(self, timeout=60):
        self._ready.wait(min(timeout, remaining()))
        if not self.url:
            raise Failure(f"{self.name}: no 'Console: http://…' line (exit code {self.proc.poll()})")
        return self.url

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


def remaining():
    return max(0.0, DEADLINE - time.monotonic())


def wait_for(what, check, timeout, poll=0.25, server=None, progress=None):
    """Calls check() until it returns something truthy; fails after timeout (or the deadline).
    progress(), if given, is logged every 20 s."""
    end = time.monotonic() + min(timeout, remaining())
    said = time.monotonic()
    while True:
        if progress and time.monotonic() - said >= 20:
            said = time.monotonic()
            log(f"  … {progress()}")
        try:
            value = check()
        except (StaleElementReferenceException,):
            value = None
        if value:
            return value
        if server is not None and server.proc.poll() is not None:
            raise Failure(f"the server stopped (exit code {server.proc.returncode}) while waiting for {what}")
        if time.monotonic() >= end:
            raise Failure(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(poll)


class Api:
    """The console's JSON API, signed in: the test watches the server's clock through it while
    the page waits at the sign-in form (a page drawing thousands of catch-up frames would take
    CPU from the server replaying the run)."""

    def __init__(self, url, user, password):
        self.url = url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        self._call("api/login", {"user": user, "password": password})

    def _call(self, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, headers={"Content-Type": "application/json"} if data else {})
        with self.opener.open(req, timeout=30) as r:
            return json.load(r)

    def frame(self):
        return self._call("api/frame")


def wait_server_clock(api, t, server, timeout):
    """Waits until the watch has played the feed to scenario time t (seconds)."""
    last = {"t": 0}

    def reached():
        try:
            f = api.frame()
        except OSError:  # a slow answer while it works flat out: ask again
            return False
        last["t"] = f.get("t", 0)
        return last["t"] >= t or f.get("ended")

    wait_for(f"the watch to reach t = {t} s", reached, timeout, poll=2, server=server, progress=lambda: f"t = {last['t']:.0f} s")
    return last["t"]


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1500,950", "--mute-audio", "--no-first-run"):
        options.add_argument(arg)
    # The system's driver: Selenium Manager would try to download one.
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    return driver


def add_account(binary, users, name, role, password):
    env = dict(os.environ, GUIDEPOST_PASSWORD=password)
    out = subprocess.run([binary, "users", "add", name, "--role", role, "--users", users],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise Failure(f"users add {name}: {out.stdout}{out.stderr}")


def sign_in(driver, user, password, server):
    wait_for("the sign-in form", lambda: driver.find_element(By.ID, "login-user").is_displayed(), 30, server=server)
    for field, value in (("login-user", user), ("login-password", password)):
        box = driver.find_element(By.ID, field)
        box.clear()
        box.send_keys(value)


def submit_and_wait_live(driver, server):
    driver.find_element(By.ID, "login-submit").click()
    wait_for("the console to go live", lambda: driver.find_element(By.ID, "app").is_displayed()
             and driver.find_element(By.ID, "status").text == "live", 60, server=server)
    assert not driver.find_element(By.ID, "login").is_displayed(), "the sign-in form is still shown after signing in"
    # A first frame drawn: the clock shows the scenario time.
    wait_for("a first frame", lambda: re.search(r"\d\d:\d\d:\d\d", driver.find_element(By.ID, "clock").text), 60, server=server)


def show(driver, element):
    """Scrolls element into view (its list or the side panel), for a screenshot."""
    driver.execute_script('arguments[0].scrollIntoView({block: "nearest"}); window.scrollTo(0, 0)', element)


def drawn_tracks(driver):
    return driver.execute_script(
        'return [...document.querySelectorAll("#map svg #live g.track[data-id]")].map((g) => g.dataset.id + " " + g.getAttribute("class"))')


def driver_shows_login(driver):
    return driver.find_element(By.ID, "login").is_displayed() and not driver.find_element(By.ID, "app").is_displayed()


def incident_state(driver, incident):
    els = driver.find_elements(By.CSS_SELECTOR, f'#incidents > div.incident[data-id="{incident}"] .state')
    return els[0].text if els else None


class Shots:
    def __init__(self, folder):
        self.folder = folder
        os.makedirs(folder, exist_ok=True)
        self.taken = []

    def take(self, driver, name):
        path = os.path.join(self.folder, name + ".png")
        driver.save_screenshot(path)
        self.taken.append(path)
        log(f"screenshot {path}")


def run(binary, tmp, shots):
    users = os.path.join(tmp, "users.json")
    db = os.path.join(tmp, "watch.sqlite")
    commander, commander_pw = "cdr.han", "cmd-" + secrets.token_urlsafe(12)
    press, press_pw = "pa.seo", "pa-" + secrets.token_urlsafe(12)
    add_account(binary, users, commander, "watch-commander", commander_pw)
    add_account(binary, users, press, "public-affairs", press_pw)

    common = [SCENARIO, "--users", users, "--db", db, "--host", "127.0.0.1"]
    servers, drivers = [], []
    try:
        # ---- Phase 1: the alert and the dispatch, paced.
        started = time.monotonic()
        server = Server(binary, [*common, "--port", "0", "--speed", str(SPEED), "--from", str(FROM_ALERT)], "serve#1")
        servers.append(server)
        url = server.wait_url()
        log(f"serve#1 listening at {url} after {time.monotonic() - started:.1f} s")

        cdr = browser()
        drivers.append(cdr)
        cdr.get(url)
        sign_in(cdr, commander, commander_pw, server)
        shots.take(cdr, "01-login")
        # The feed before --from plays unpaced: sign in when the watch is about to be paced.
        t = wait_server_clock(Api(url, commander, commander_pw), FROM_ALERT - 20, server, 150)
        log(f"the watch is at t = {t:.0f} s after {time.monotonic() - started:.0f} s; signing in")
        submit_and_wait_live(cdr, server)
        assert cdr.find_element(By.ID, "who").text.startswith(commander), "the header names the commander"

        # The map layer is redrawn on every frame: read it in one script, not element by element.
        tracks = wait_for("a track drawn on the map", lambda: drawn_tracks(cdr), 120, server=server)
        log(f"tracks drawn: {tracks} at {cdr.find_element(By.ID, 'clock').text}")

        def swimmer_alert():
            for li in cdr.find_elements(By.CSS_SELECTOR, "#alerts > li.alert.awaiting[data-id]"):
                if "camera: human" in li.find_element(By.CSS_SELECTOR, ".detail").text:
                    return li
            return None

        li = wait_for("an awaiting alert whose camera shows a person", swimmer_alert, 150, poll=0.1, server=server)
        alert = li.get_attribute("data-id")
        log(f"alert {alert}: {li.find_element(By.CSS_SELECTOR, '.title').text} — {li.find_element(By.CSS_SELECTOR, '.detail').text}")
        # It escalates by itself 120 simulated seconds (30 real ones) after it was raised.
        show(cdr, li)
        shots.take(cdr, "02-track")
        li.find_element(By.CSS_SELECTOR, ".ack").click()

        def answered():
            els = cdr.find_elements(By.CSS_SELECTOR, f'#alerts > li.alert[data-id="{alert}"]')
            if not els:
                return None
            status = els[0].find_element(By.CSS_SELECTOR, ".status").text
            if status == "escalated":
                raise Failure(f"{alert} escalated by itself before the acknowledgement reached the watch")
            return status == "acknowledged" and els[0]

        li = wait_for(f"{alert} acknowledged", answered, 60, server=server)
        assert not li.find_element(By.CSS_SELECTOR, ".ack").is_displayed(), "an answered alert still offers Acknowledge"
        error = cdr.find_element(By.ID, "action-error").text
        assert not error, f"the console reported: {error}"

        # The alert joins an incident and the engine proposes a team: the commander's to approve.
        def incident_of_alert():
            m = re.search(r"\b(I-\d+)\b", cdr.find_element(By.CSS_SELECTOR, f'#alerts > li.alert[data-id="{alert}"] .detail').text)
            return m and m.group(1)

        incident = wait_for(f"{alert} to join an incident", incident_of_alert, 120, server=server)

        def proposal():
            for d in cdr.find_elements(By.CSS_SELECTOR, f'#incidents > div.incident[data-id="{incident}"] .proposal'):
                if d.is_displayed() and d.find_elements(By.CSS_SELECTOR, "button.approve"):
                    return d
            return None

        p = wait_for(f"a proposal on {incident}", proposal, 120, server=server)
        log(f"{incident} {incident_state(cdr, incident)}: {p.find_element(By.CSS_SELECTOR, '.summary').text}")
        show(cdr, li)
        show(cdr, p)
        shots.take(cdr, "03-alert-acknowledged")
        p.find_element(By.CSS_SELECTOR, "button.approve").click()

        wait_for(f"{incident} to leave the proposal (team on its way)",
                 lambda: incident_state(cdr, incident) == "guiding" and not proposal(), 120, server=server)
        error = cdr.find_element(By.ID, "action-error").text
        assert not error, f"the console reported: {error}"
        wait_for("the team's route drawn", lambda: cdr.find_elements(By.CSS_SELECTOR, "#live path.route"), 30, server=server)
        show(cdr, cdr.find_element(By.CSS_SELECTOR, f'#incidents > div.incident[data-id="{incident}"]'))
        shots.take(cdr, "04-dispatch-approved")
        log(f"{incident} guiding at {cdr.find_element(By.ID, 'clock').text}, {time.monotonic() - started:.0f} s in")

        # ---- Public affairs on the same live watch: the incident's state, nothing else.
        pa = browser()
        drivers.append(pa)
        pa.get(url)
        sign_in(pa, press, press_pw, server)
        submit_and_wait_live(pa, server)
        wait_for(f"{incident} listed for public affairs", lambda: incident_state(pa, incident), 30, server=server)
        time.sleep(2)  # a few more frames: nothing may appear in them either
        assert not drawn_tracks(pa) and not pa.find_elements(By.CSS_SELECTOR, "g.track"), "public affairs sees a track"
        assert not pa.find_elements(By.CSS_SELECTOR, "#live"), "public affairs has the live map layer"
        assert not pa.find_elements(By.CSS_SELECTOR, "#alerts > li"), "public affairs sees an alert"
        assert not pa.find_elements(By.CSS_SELECTOR, "button.ack, button.approve"), "public affairs has decision buttons"
        assert "not shown" in pa.find_element(By.ID, "map").text, "public affairs is told the map is not shown"
        # ...while the commander, on the same frames, does see tracks and alerts.
        assert cdr.find_elements(By.CSS_SELECTOR, "#alerts > li.alert"), "the commander's alert list is empty"
        shots.take(pa, "06-press-view")
        pa.quit()
        drivers.remove(pa)

        # ---- Phase 2: killed and started again on the same store and port, unpaced to just before
        # custody. The commander's page stays open: it reconnects, finds its session gone with the
        # old server, and asks for a sign-in again by itself.
        port = re.search(r":(\d+)/$", url).group(1)
        server.proc.kill()  # kill -9: nothing gets to shut down cleanly
        server.proc.wait(10)
        log(f"serve#1 killed (SIGKILL) after {time.monotonic() - started:.0f} s; starting again on port {port} from t = {FROM_CUSTODY}")
        again = ["--speed", str(SPEED_CUSTODY), "--from", str(FROM_CUSTODY)]
        server = Server(binary, [*common, "--port", port, *again], "serve#2")
        servers.append(server)
        try:
            server.wait_url()
        except Failure:
            if server.proc.poll() is None:
                raise
            # The port was taken in between (rare): another port, and the page goes there.
            log(f"serve#2 could not listen on {port}: {list(server.tail)[-3:]}; trying port 0")
            server = Server(binary, [*common, "--port", "0", *again], "serve#2b")
            servers.append(server)
            cdr.get(server.wait_url())
        wait_for("the open page to ask for a sign-in again", lambda: driver_shows_login(cdr), 60, server=server)
        log(f"the page says: {cdr.find_element(By.ID, 'login-error').text!r}")
        sign_in(cdr, commander, commander_pw, server)
        t = wait_server_clock(Api(server.url, commander, commander_pw), FROM_CUSTODY - 120, server, max(30, remaining() - 40))
        log(f"the watch is at t = {t:.0f} s after {time.monotonic() - started:.0f} s; signing in again")
        submit_and_wait_live(cdr, server)
        log(f"signed in again at {cdr.find_element(By.ID, 'clock').text}; waiting for custody (the run is re-derived unpaced)")
        state = wait_for(f"{incident} in custody or later", lambda: incident_state(cdr, incident) in CUSTODY_STATES and incident_state(cdr, incident),
                         max(30, remaining() - 20), poll=1, server=server,
                         progress=lambda: f"{cdr.find_element(By.ID, 'clock').text}, {incident} {incident_state(cdr, incident)}")
        log(f"{incident} {state} at {cdr.find_element(By.ID, 'clock').text}, {time.monotonic() - started:.0f} s in")
        show(cdr, cdr.find_element(By.CSS_SELECTOR, f'#incidents > div.incident[data-id="{incident}"]'))
        shots.take(cdr, "05-custody")
        server.stop()
    except Exception:
        for i, d in enumerate(drivers):
            try:
                shots.take(d, f"failure-{i}")
            except WebDriverException:
                pass
        for s in servers:
            print(f"---- {s.name} (exit code {s.proc.poll()}), last lines:", file=sys.stderr)
            for line in s.tail:
                print(line, file=sys.stderr)
            if any("already stored with different content" in line for line in s.tail):
                print("---- the restarted watch re-applied a recorded decision after another scan than the one it "
                      "followed (WatchSession.replayDecisions must wait for the decision's scan time, not only its "
                      "sequence number)", file=sys.stderr)
        raise
    finally:
        for d in drivers:
            try:
                d.quit()
            except WebDriverException:
                pass
        for s in servers:
            s.stop()

    # ---- The store: both decisions, with the commander's name, each once (the restart did not
    # write them again).
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = [json.loads(body) for (body,) in con.execute("SELECT body FROM event WHERE kind = 'decision' ORDER BY seq")]
    finally:
        con.close()
    decisions = [r["kind"]["decision"]["_0"] for r in rows]
    log(f"decisions in the store: {decisions}")
    bodies = [json.dumps(r, separators=(",", ":")) for r in rows]
    acks = [d for d in decisions if d.get("answer") == "acknowledge" and d.get("alert") == alert]
    approvals = [d for d in decisions if d.get("answer") == "approve-dispatch" and d.get("incident") == incident]
    assert len(acks) == 1 and acks[0]["by"] == commander and acks[0]["role"] == "watch-commander", f"acknowledgement of {alert}: {acks}"
    assert len(approvals) == 1 and approvals[0]["by"] == commander and approvals[0]["role"] == "watch-commander", f"approval of {incident}: {approvals}"
    assert all(f'"by":"{commander}"' in b for b in bodies), f"a decision not by {commander}: {bodies}"
    assert not any(d.get("by") == press for d in decisions), "a decision by public affairs"

    replay_phase(binary, common, commander, commander_pw, incident, shots)


def scrub_to(driver, where):
    """Moves the replay's scrubber to its start or end as a person dragging it would (a change event)."""
    driver.execute_script(
        "const s = document.getElementById('pb-scrub'); s.value = arguments[0] === 'end' ? s.max : s.min;"
        "s.dispatchEvent(new Event('change'));", where)


def replay_phase(binary, common, commander, commander_pw, incident, shots):
    """The stored run replayed: re-derived from the same feed and decisions (unpaced, about as long
    as the restart's catch-up), then moved with the scrubber."""
    started = time.monotonic()
    server = Server(binary, [*common, "--port", "0", "--replay"], "replay")
    driver = None
    try:
        url = server.wait_url(timeout=max(60, remaining() - 60))
        log(f"replay listening at {url} after {time.monotonic() - started:.0f} s (the run re-derived)")
        driver = browser()
        driver.get(url)
        sign_in(driver, commander, commander_pw, server)
        driver.find_element(By.ID, "login-submit").click()
        wait_for("the console to show the replay", lambda: driver.find_element(By.ID, "status").text.startswith("replay"), 60, server=server)
        assert driver.find_element(By.ID, "pb-scrub").is_displayed(), "no scrubber on the replay"
        assert not [b for b in driver.find_elements(By.CSS_SELECTOR, ".ack, .approve") if b.is_displayed()], "decision buttons on a replay"
        scrub_to(driver, "end")
        state = wait_for(f"{incident} in custody at the replay's end",
                         lambda: incident_state(driver, incident) in CUSTODY_STATES and incident_state(driver, incident), 60, server=server)
        log(f"replay end: {incident} {state} at {driver.find_element(By.ID, 'clock').text}")
        show(driver, driver.find_element(By.CSS_SELECTOR, f'#incidents > div.incident[data-id="{incident}"]'))
        shots.take(driver, "07-replay")
        read = wait_for("the incident's reports listed", lambda: driver.find_elements(By.CSS_SELECTOR, f'#incidents > div.incident[data-id="{incident}"] .reports a.read'), 30, server=server)
        href = next((a.get_attribute("href") for a in read if "after-action" in a.get_attribute("href")), read[0].get_attribute("href"))
        # The report as it stood at the moment shown (reports follow the scrubber).
        driver.get(href)
        title = wait_for("the report page", lambda: driver.find_elements(By.TAG_NAME, "h1") and driver.find_element(By.TAG_NAME, "h1").text, 30, server=server)
        log(f"report page {href}: {title!r}")
        assert "no incident" not in driver.page_source, f"the report page says: {driver.page_source[:200]}"
        shots.take(driver, "08-report")
        driver.get(url)
        # One clock for everyone: the page opens where the replay is (the end), then goes to the start.
        wait_for(f"the replay again, {incident} shown", lambda: driver.find_element(By.ID, "status").text.startswith("replay")
                 and incident_state(driver, incident) in CUSTODY_STATES, 60, server=server)
        scrub_to(driver, "start")
        wait_for("no incident at the replay's start", lambda: incident_state(driver, incident) is None
                 and re.search(r"\d\d:\d\d:\d\d", driver.find_element(By.ID, "clock").text), 30, server=server)
        log(f"replay start: no incident at {driver.find_element(By.ID, 'clock').text}")
    except Exception:
        if driver is not None:
            try:
                shots.take(driver, "failure-replay")
            except WebDriverException:
                pass
        print(f"---- {server.name} (exit code {server.proc.poll()}), last lines:", file=sys.stderr)
        for line in server.tail:
            print(line, file=sys.stderr)
        raise
    finally:
        if driver is not None:
            try:
                driver.quit()
            except WebDriverException:
                pass
        server.stop()


def main():
    binary = os.path.abspath(os.path.join(ROOT, os.environ.get("GUIDEPOST_BIN", ".build/debug/guidepost")))
    if not os.access(binary, os.X_OK):
        print(f"no guidepost binary at {binary} (swift build first, or set GUIDEPOST_BIN)", file=sys.stderr)
        print("browser: 0 passed, 1 failed")
        return 1
    tmp = tempfile.mkdtemp(prefix="guidepost-browser-")
    shots = Shots(os.environ.get("SCREENSHOTS") or tmp)
    started = time.monotonic()
    ok = False
    try:
        run(binary, tmp, shots)
        ok = True
    except (Failure, AssertionError, WebDriverException) as e:
        traceback.print_exc()
        print(f"FAILED: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}", file=sys.stderr)
    log(f"{'passed' if ok else 'failed'} in {time.monotonic() - started:.0f} s; screenshots in {shots.folder}; temp folder {tmp}")
    if ok and os.path.abspath(shots.folder) != os.path.abspath(tmp):
        shutil.rmtree(tmp, ignore_errors=True)
    print("browser: 1 passed, 0 failed" if ok else "browser: 0 passed, 1 failed")
    return 0 if ok else 1


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    sys.exit(main())
