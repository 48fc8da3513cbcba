// Guidepost watch console: signs in, draws the map with live tracks, alerts and routes, and
// sends a person's decisions. No third-party code; the server checks every right again.
"use strict";
const $ = (id) => document.getElementById(id);
const SVGNS = "http://www.w3.org/2000/svg";
let me = null, place = null, overlay = null, socket = null, lastFrame = null, beeped = new Set(), scrubbing = false;

function esc(s) { return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c])); }
function secs(v) { if (v === null || v === undefined) return "—"; if (v < 90) return Math.round(v) + " s"; return Math.round(v / 60) + " min"; }

async function api(method, path, body) {
  const r = await fetch(path, { method, headers: body ? { "Content-Type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined, credentials: "same-origin" });
  const text = await r.text();
  let data = null; try { data = text ? JSON.parse(text) : null; } catch (_) { data = text; }
  if (!r.ok) throw new Error((data && data.error && data.error.message) || text || r.statusText);
  return data;
}

async function start() {
  try { me = await api("GET", "/api/me"); } catch (_) { me = null; }
  if (!me) { $("login").hidden = false; $("app").hidden = true; $("login-user").focus(); return; }
  $("login").hidden = true; $("app").hidden = false;
  $("who").textContent = me.user + " · " + me.role;
  // Signed in again (perhaps as someone else): nothing drawn for the last person stays.
  $("alerts").replaceChildren(); $("incidents").replaceChildren(); $("action-error").textContent = "";
  await loadMap();
  connect();
}

$("login-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  $("login-error").textContent = "";
  try { await api("POST", "/api/login", { user: $("login-user").value, password: $("login-password").value }); $("login-password").value = ""; start(); }
  catch (err) { $("login-error").textContent = err.message; }
});
$("logout").addEventListener("click", async () => { try { await api("POST", "/api/logout"); } catch (_) {} if (socket) socket.close(); location.reload(); });
$("show-animals").addEventListener("change", () => lastFrame && render(lastFrame));

// The clock's controls. The server keeps one clock for everyone: what comes back is the frame that shows the change.
async function playback(body) {
  $("pb-error").textContent = "";
  try { const f = await api("POST", "/api/playback", body); lastFrame = f; render(f); }
  catch (err) { $("pb-error").textContent = err.message; }
}
$("pb-play").addEventListener("click", () => lastFrame && lastFrame.playback && playback({ paused: !lastFrame.playback.paused }));
$("pb-speed").addEventListener("change", () => playback({ speed: Number($("pb-speed").value) }));
$("pb-scrub").addEventListener("pointerdown", () => { scrubbing = true; });
$("pb-scrub").addEventListener("input", () => { scrubbing = true; $("pb-time").textContent = "→ " + Math.round(Number($("pb-scrub").value)) + " s"; });
$("pb-scrub").addEventListener("change", () => { scrubbing = false; playback({ seek: Number($("pb-scrub").value) }); });

async function loadMap() {
  $("map").classList.toggle("note", !me.may.operations);
  if (!me.may.operations) { $("map").textContent = "The map is not shown to your role."; return; }
  place = await api("GET", "/api/map");
  const svgText = await (await fetch("/map.svg", { credentials: "same-origin" })).text();
  $("map").innerHTML = svgText;
  const svg = $("map").querySelector("svg");
  overlay = document.createElementNS(SVGNS, "g");
  overlay.setAttribute("id", "live");
  svg.appendChild(overlay);
}

function px(x, y) { return [place.left + (x - place.minX) * place.scale, place.top + (place.maxY - y) * place.scale]; }
function pathD(points) { return points.map((p, i) => { const [a, b] = px(p[0], p[1]); return (i ? "L" : "M") + a.toFixed(1) + " " + b.toFixed(1); }).join(" "); }
function el(name, attrs, parent) { const e = document.createElementNS(SVGNS, name); for (const k in attrs) e.setAttribute(k, attrs[k]); parent.appendChild(e); return e; }

function connect() {
  const proto = location.protocol === "https:" ? "wss://" : "ws://";
  socket = new WebSocket(proto + location.host + "/ws");
  socket.onopen = () => { $("status").textContent = "live"; $("status").className = "status live"; };
  // (a replay says so once its first frame arrives: renderPlayback)
  socket.onclose = () => { $("status").textContent = "reconnecting…"; $("status").className = "status down"; setTimeout(reconnect, 1500); };
  socket.onmessage = (m) => { const f = JSON.parse(m.data); lastFrame = f; render(f); $("latency").textContent = Math.max(0, Date.now() - f.fedAt).toFixed(0) + " ms"; };
}

// Connects again after the socket closed. When the session is gone (the server restarted, which
// signs everyone out, or the session ended) the page goes back to the sign-in form instead of
// retrying for ever; while the server is down it keeps trying.
async function reconnect() {
  if (!me) return;
  let r = null;
  try { r = await fetch("/api/me", { credentials: "same-origin" }); } catch (_) {}
  if (r && r.status === 401) { signedOut("Your session ended (the server restarted or signed you out): sign in again."); return; }
  connect();
}

function signedOut(message) {
  me = null; socket = null; place = null; overlay = null; lastFrame = null;
  $("app").hidden = true; $("login").hidden = false;
  $("login-error").textContent = message;
  $("login-user").focus();
}

const colours = { human: "#d81b60", unknown: "#ff9800", animal: "#8d6e63", vehicle: "#ef6c00" };

function render(f) {
  $("clock").textContent = (f.clock || ("t = " + Math.round(f.t) + " s")) + (f.ended ? " · feed ended" : "");
  renderPlayback(f);
  if (overlay) drawMap(f);
  renderAlerts(f);
  renderIncidents(f);
  banner(f);
}

function drawMap(f) {
  while (overlay.firstChild) overlay.removeChild(overlay.firstChild);
  const animals = $("show-animals").checked;
  for (const i of f.incidents) {
    if (i.route) { el("path", { d: pathD(i.route.teamRoute), stroke: "#1565c0", "stroke-width": 3, fill: "none", class: "route" }, overlay); el("path", { d: pathD(i.route.personRoute), stroke: "#2e7d32", "stroke-width": 3, fill: "none", "stroke-dasharray": "6 4" }, overlay); }
    if (i.proposal) { el("path", { d: pathD(i.proposal.teamRoute), stroke: "#1565c0", "stroke-width": 2, fill: "none", "stroke-dasharray": "2 4", class: "proposal" }, overlay); el("path", { d: pathD(i.proposal.personRoute), stroke: "#2e7d32", "stroke-width": 2, fill: "none", "stroke-dasharray": "2 4" }, overlay); }
  }
  for (const t of f.tracks) {
    if (t.targetClass === "animal" && !animals) continue;
    const g = el("g", { class: "track " + t.targetClass, "data-id": t.id, opacity: t.targetClass === "animal" ? 0.45 : 1 }, overlay);
    if (t.trail.length > 1) el("path", { d: pathD(t.trail), stroke: colours[t.targetClass] || "#333", "stroke-width": 2, fill: "none", opacity: 0.6 }, g);
    const [x, y] = px(t.x, t.y);
    el("circle", { cx: x, cy: y, r: t.alert ? 7 : 5, fill: colours[t.targetClass] || "#333", stroke: t.alert ? "#000" : "#fff", "stroke-width": 2 }, g);
    const label = el("text", { x: x + 9, y: y - 6, "font-size": 12, fill: "#111" }, g);
    label.textContent = t.id + " " + t.targetClass + " " + Math.round(t.probability * 100) + "% · MDL " + secs(t.timeToMDL) + " · fence " + secs(t.timeToFence);
  }
  for (const b of f.blueForce) { const [x, y] = px(b[0], b[1]); el("rect", { x: x - 6, y: y - 6, width: 12, height: 12, fill: "#1565c0", stroke: "#fff", "stroke-width": 2, class: "team" }, overlay); }
}

function renderPlayback(f) {
  const p = f.playback, bar = $("playback");
  const replay = !!p && p.mode === "replay";
  document.body.classList.toggle("replay", replay);
  if (replay) { $("status").textContent = "replay · " + p.run; $("status").className = "status replay"; }
  // Live, only the watch commander changes the clock (its speed); a replay is moved by whoever sees operations.
  const mayControl = !!p && (replay ? me.may.operations : me.may.approve);
  bar.hidden = !mayControl;
  if (!mayControl) return;
  $("pb-mode").textContent = replay ? "Replay of " + p.run : "Live watch";
  $("pb-play").hidden = !replay; $("pb-scrub").hidden = !replay;
  $("pb-play").textContent = p.paused ? "Play" : "Pause";
  if (replay) {
    const s = $("pb-scrub");
    s.min = String(Math.floor(p.start)); s.max = String(Math.ceil(p.end));
    if (!scrubbing) { s.value = String(f.t); $("pb-time").textContent = Math.round(f.t - p.start) + " / " + Math.round(p.end - p.start) + " s"; }
  } else { $("pb-time").textContent = p.speed ? "" : "unpaced feed"; }
  const sel = $("pb-speed");
  $("pb-speed-label").hidden = !replay && !p.speed;
  if (p.speed) {
    const v = String(p.speed);
    if (![...sel.options].some((o) => o.value === v)) { const o = document.createElement("option"); o.value = v; o.textContent = v + "×"; sel.appendChild(o); }
    if (document.activeElement !== sel) sel.value = v;
  }
}

function renderAlerts(f) {
  const list = $("alerts");
  const keep = new Set();
  const waiting = f.alerts.filter((a) => a.rank !== null && a.rank !== undefined);
  $("alert-count").textContent = waiting.length ? "(" + waiting.length + " awaiting)" : "";
  for (const a of f.alerts.slice(0, 40)) {
    keep.add(a.id);
    let li = list.querySelector('li[data-id="' + CSS.escape(a.id) + '"]');
    if (!li) {
      li = document.createElement("li");
      li.dataset.id = a.id;
      li.innerHTML = '<div class="line"><span class="title"></span><span class="status"></span></div><div class="muted detail"></div><div class="muted answer"></div>' +
        (me.may.answer ? '<div class="actions"><button class="ack" type="button">Acknowledge</button><button class="escalate" type="button">Escalate</button><input class="reason" placeholder="reason (needed to dismiss)"><button class="dismiss" type="button">Dismiss</button></div>' : "");
      if (me.may.answer) {
        li.querySelector(".ack").onclick = () => answer(a.id, "acknowledge", li);
        li.querySelector(".escalate").onclick = () => answer(a.id, "escalate", li);
        li.querySelector(".dismiss").onclick = () => answer(a.id, "dismiss", li);
      }
    }
    list.appendChild(li);
    const awaiting = a.rank !== null && a.rank !== undefined;
    li.className = "alert " + (awaiting ? "awaiting" : a.status === "escalated" ? "escalated" : "answered");
    li.querySelector(".title").textContent = (awaiting ? "#" + a.rank + " " : "") + a.id + " · " + a.targetClass + " " + Math.round(a.confidence * 100) + "%";
    li.querySelector(".status").textContent = a.status;
    li.querySelector(".detail").textContent = a.reason + " · track " + a.track + " · MDL " + secs(a.timeToMDL) + " · fence " + secs(a.timeToFence) + (a.camera ? " · camera: " + a.camera : "") + (a.incident ? " · " + a.incident : "");
    li.querySelector(".answer").textContent = a.watchedBy ? "watched by " + a.watchedBy + ": decided on its console" + (a.answer ? " · " + a.answer : "") : a.answer || "";
    const actions = li.querySelector(".actions");
    if (actions) actions.hidden = !awaiting || !!a.watchedBy;
  }
  for (const li of [...list.children]) if (!keep.has(li.dataset.id)) li.remove();
}

function renderIncidents(f) {
  const box = $("incidents");
  const keep = new Set();
  for (const i of f.incidents) {
    keep.add(i.id);
    let div = box.querySelector('div[data-id="' + CSS.escape(i.id) + '"]');
    if (!div) {
      div = document.createElement("div");
      div.className = "incident";
      div.dataset.id = i.id;
      div.innerHTML = '<div><strong>' + esc(i.id) + '</strong> · <span class="state"></span> <span class="muted team"></span></div><div class="proposal" hidden><div class="summary"></div>' +
        (me.may.approve ? '<button class="approve" type="button">Approve dispatch</button>' : '<span class="muted">awaiting the watch commander</span>') +
        '</div><div class="muted route"></div><div class="reports muted"></div><ol class="timeline"></ol>';
      if (me.may.approve) div.querySelector(".approve").onclick = () => approve(i.id);
      box.appendChild(div);
      loadReports(i.id, div);
    }
    div.querySelector(".state").textContent = i.state;
    div.querySelector(".team").textContent = (i.team ? "team " + i.team : "") + (i.watchedBy ? " · watched by " + i.watchedBy : "");
    const p = div.querySelector(".proposal");
    p.hidden = !i.proposal;
    if (i.proposal) p.querySelector(".summary").textContent = "Proposed: " + i.proposal.summary;
    const approveButton = p.querySelector("button.approve");
    if (approveButton) approveButton.hidden = !!i.watchedBy;
    div.querySelector(".route").textContent = i.route ? "On route: " + i.route.team + " · person's route " + secs(i.route.personTime) + " · mine risk " + (i.route.mineRisk * 100).toFixed(1) + " %" : "";
    const ol = div.querySelector(".timeline");
    if (ol.dataset.n !== String(i.timeline.length) || ol.dataset.last !== String(i.timeline.length ? i.timeline[i.timeline.length - 1].seq : 0)) {
      ol.innerHTML = i.timeline.map((e) => "<li>" + esc(Math.round(e.t) + " s — " + e.text) + "</li>").join("");
      ol.dataset.n = String(i.timeline.length);
      ol.dataset.last = String(i.timeline.length ? i.timeline[i.timeline.length - 1].seq : 0);
      ol.scrollTop = ol.scrollHeight;
      loadReports(i.id, div);
    }
  }
  for (const d of [...box.children]) if (!keep.has(d.dataset.id)) d.remove();
}

async function loadReports(id, div) {
  try {
    const names = await api("GET", "/api/incidents/" + encodeURIComponent(id) + "/reports");
    const base = "/api/incidents/" + encodeURIComponent(id) + "/reports/";
    // Each report: read it as a page (a new tab), or download its Markdown.
    div.querySelector(".reports").innerHTML = names.length ? "Reports: " + names.map((n) =>
      '<span class="report">' + esc(n.startsWith(id + "-") ? n.slice(id.length + 1) : n) + ' (<a class="read" href="' + base + encodeURIComponent(n + ".html") + '" target="_blank" rel="noopener">read</a> · <a class="download" href="' + base + encodeURIComponent(n + ".md") + '" download>Markdown</a>)</span>').join(" · ") : "";
  } catch (_) {}
}

function banner(f) {
  const waiting = f.alerts.filter((a) => a.rank !== null && a.rank !== undefined);
  const b = $("banner");
  b.hidden = waiting.length === 0;
  if (waiting.length) {
    const a = waiting[0];
    b.textContent = waiting.length + " alert" + (waiting.length > 1 ? "s" : "") + " awaiting an answer — most urgent: " + a.id + " (" + a.targetClass + ", MDL " + secs(a.timeToMDL) + ")";
    const replay = f.playback && f.playback.mode === "replay";
    for (const w of waiting) if (!beeped.has(w.id)) { beeped.add(w.id); if (!replay) beep(); }
  }
}

let audio = null;
function beep() {
  try {
    audio = audio || new (window.AudioContext || window.webkitAudioContext)();
    const o = audio.createOscillator(), g = audio.createGain();
    o.frequency.value = 880; g.gain.value = 0.08; o.connect(g); g.connect(audio.destination);
    o.start(); o.stop(audio.currentTime + 0.35);
  } catch (_) {}
}

async function answer(id, what, li) {
  $("action-error").textContent = "";
  const reason = li.querySelector(".reason").value.trim();
  if (what === "dismiss" && !reason) { $("action-error").textContent = "Say why you dismiss " + id + " (what the camera showed)."; return; }
  try { const f = await api("POST", "/api/alerts/" + encodeURIComponent(id) + "/answer", { answer: what, reason }); li.querySelector(".reason").value = ""; lastFrame = f; render(f); }
  catch (err) { $("action-error").textContent = err.message; }
}

async function approve(id) {
  $("action-error").textContent = "";
  try { const f = await api("POST", "/api/incidents/" + encodeURIComponent(id) + "/approve", {}); lastFrame = f; render(f); }
  catch (err) { $("action-error").textContent = err.message; }
}

start();
