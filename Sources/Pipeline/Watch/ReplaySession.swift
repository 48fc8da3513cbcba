import Foundation
public import GuidepostCore
public import Operations

/// A stored run played again on the console: a time scrubber over the whole run, a speed, pause.
///
/// The store holds the run's events, not its tracks; so the replay re-derives the run the way a
/// restart does — the same feed (the seeded simulator, or a recorded detections file) through a
/// `WatchSession` over a copy of the stored log, every logged decision re-applied at its
/// sequence number, nothing written back — and keeps the frames it publishes (one per couple
/// of simulated seconds, and every frame where the log moved). A run that no longer re-derives
/// the same events (another seed, other options, changed code) is refused with the event where
/// it parted, not shown wrong.
///
/// One cursor for every console connected: a replay is a briefing, everyone sees the same
/// moment. Decisions are refused (`WatchError.replayOnly`).
///
/// - Complexity: recording costs one unpaced run up to the stored run's last event; memory is
///   O(frames kept × frame size) — about 2 MB per simulated hour of the 2021 swimmer.
public actor ReplaySession: WatchControl {
    /// A moment of the replay is kept at least this often (simulated seconds), besides every
    /// moment the log moved.
    public static var sampleEvery: Double { 2 }

    let run: RunID
    /// The moments kept, in time order (never empty).
    let moments: [WatchFrame]
    /// The stored log of the run.
    let stored: [OperationsEvent]
    var cursor = 0
    var speed: Double
    var paused = true
    var origin: (wall: ContinuousClock.Instant, t: Double)?
    var latest: WatchFrame
    var subscribers: [Int: AsyncStream<WatchFrame>.Continuation] = [:]
    var nextSubscriber = 0

    init(run: RunID, moments: [WatchFrame], stored: [OperationsEvent], speed: Double, at t: Double?) {
        self.run = run
        self.moments = moments
        self.stored = stored
        self.speed = speed
        let firstAlert = moments.first(where: { !$0.alerts.isEmpty })?.t
        let start = t ?? firstAlert.map { $0 - 60 } ?? moments[0].t
        let k = Self.index(atOrBefore: start, in: moments)
        cursor = k
        latest = Self.stamped(
            moments[k], number: 1,
            Playback(mode: .replay, run: run.rawValue, speed: speed, paused: true, start: moments.first?.t, end: moments.last?.t))
    }

    /// Records the replay of stored run `run`: plays `feed` (the simulator through
    /// `FieldChannelFeed`, or a recorded detections file) through `engine` (built exactly as
    /// the live watch built them: same scenario, seed, operator and dispatch approval) against
    /// the stored events, unpaced, keeping its frames.
    /// - Parameters:
    ///   - stored: the run's events from the store (not empty).
    ///   - speed: the replay's starting speed (simulated seconds per wall second).
    ///   - at: where the replay opens (seconds); nil: a minute before the first alert.
    ///   - progress: called with the simulated time while recording, about every simulated ten minutes.
    /// - Throws: `WatchError.replayDiverged` when the re-derived run is not the stored one;
    ///   `.badPlayback` when there is nothing stored.
    public static func record<Feed: WatchFeed & SendableMetatype>(
        engine: OperationsEngine<ConfiguredOperator>, feed: sending Feed, stored: [OperationsEvent], run: RunID, end: Double,
        clock: ReportClock?, speed: Double, at: Double?, progress: @escaping @Sendable (Double) -> Void = { _ in }
    ) async throws(WatchError) -> ReplaySession {
        guard let last = stored.last else { throw .badPlayback("run \(run) has no stored events to replay") }
        let log = InMemoryEventLog()
        do { try await log.append(stored) } catch { throw .store(error) }
        let session = WatchSession(engine: engine, field: feed, log: log, run: run, end: end, speed: .infinity, clock: clock)
        let stream = await session.frames(buffer: .max)
        let runner = Task { try await session.run() }
        var kept: [WatchFrame] = []
        var reported = -Double.infinity
        for await f in stream {
            // Past the stored run's end (a run killed before its feed ended): what follows never happened.
            if f.lastEvent > last.seq || (f.t > last.t && !f.ended) {
                runner.cancel()
                break
            }
            if f.frame == 0 { continue }  // the empty picture before the first scan
            if let k = kept.last, f.lastEvent == k.lastEvent, f.t - k.t < sampleEvery, !f.ended { continue }
            kept.append(f)
            if f.t - reported >= 600 {
                progress(f.t)
                reported = f.t
            }
        }
        do { try await runner.value } catch {
            guard let error = error as? WatchError else { throw .badPlayback("the replay stopped: \(error)") }
            if case .store(let e) = error {
                throw .replayDiverged(seq: 0, reason: "the re-derived run differs from the stored one (\(e)); replay with the scenario, --seed, --operator and --dispatch the watch had")
            }
            throw error
        }
        guard !kept.isEmpty else { throw .badPlayback("run \(run) has no moment to show") }
        let derived = await session.current().lastEvent
        guard derived >= last.seq || kept.last?.lastEvent == last.seq else {
            throw .replayDiverged(
                seq: derived + 1, reason: "the feed ended after event \(derived) but the store holds \(last.seq); replay with the scenario, --seed, --operator and --dispatch the watch had")
        }
        return ReplaySession(run: run, moments: kept, stored: stored, speed: speed, at: at)
    }

    /// Plays the replay while it is not paused, until the task is cancelled (the server stops).
    public func play() async {
        while !Task.isCancelled {
            advance(now: ContinuousClock.now)
            try? await Task.sleep(for: .milliseconds(50))
        }
        for c in subscribers.values { c.finish() }
        subscribers = [:]
    }

    /// Moves the cursor to where the clock has got to; stops at the end.
    func advance(now: ContinuousClock.Instant) {
        guard !paused else { return }
        guard let origin else {
            self.origin = (now, moments[cursor].t)
            return
        }
        let elapsed = now - origin.wall
        let target = origin.t + (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18) * speed
        var k = cursor
        while k + 1 < moments.count, moments[k + 1].t <= target { k += 1 }
        let atEnd = k == moments.count - 1
        guard k != cursor || atEnd else { return }
        cursor = k
        if atEnd {
            paused = true
            self.origin = nil
        }
        publish()
    }

    // MARK: WatchControl

    public func current() -> WatchFrame { latest }

    public func frames(buffer: Int) -> AsyncStream<WatchFrame> {
        let (stream, continuation) = AsyncStream.makeStream(of: WatchFrame.self, bufferingPolicy: .bufferingNewest(max(1, buffer)))
        let id = nextSubscriber
        nextSubscriber += 1
        continuation.yield(latest)
        subscribers[id] = continuation
        return stream
    }

    public func answer(alert: String, _ answer: OperatorDecision.Answer, by user: String, role: String, reason: String)
        async throws(WatchError) -> WatchFrame
    {
        throw .replayOnly("an answer to an alert")
    }

    public func approveDispatch(incident: String, by user: String, role: String, reason: String) async throws(WatchError)
        -> WatchFrame
    {
        throw .replayOnly("a team's dispatch")
    }

    public func events(after: Int, limit: Int) async throws(WatchError) -> [OperationsEvent] {
        Array(stored.filter { $0.seq > after }.prefix(max(0, limit)))
    }

    /// The reports as they stood at the moment shown.
    public func reports(incident: String) async throws(WatchError) -> [String: ReportDocument] {
        let upTo = latest.lastEvent
        let events = stored.filter { $0.seq <= upTo }
        guard let record = try? RunRecord(events: events), let inc = record.incidents[IncidentID(incident)] else {
            throw .unknownIncident(incident)
        }
        return WatchReports.documents(of: inc, events: events)
    }

    public func playback(_ command: PlaybackCommand) async throws(WatchError) -> WatchFrame {
        switch command {
        case .speed(let s):
            guard s.isFinite, s > 0, s <= Playback.maxSpeed else {
                throw .badPlayback("speed must be more than 0 and at most \(Int(Playback.maxSpeed)) simulated seconds per second, got \(s)")
            }
            speed = s
        case .pause:
            paused = true
        case .resume:
            if cursor == moments.count - 1 { cursor = 0 }  // played to the end: from the start again
            paused = false
        case .seek(let t):
            guard t.isFinite else { throw .badPlayback("the time to move to must be a number of seconds, got \(t)") }
            cursor = Self.index(atOrBefore: t, in: moments)
        }
        origin = nil
        publish()
        return latest
    }

    // MARK: Helpers

    func publish() {
        latest = Self.stamped(
            moments[cursor], number: latest.frame + 1,
            Playback(mode: .replay, run: run.rawValue, speed: speed, paused: paused, start: moments.first?.t, end: moments.last?.t))
        for (id, c) in subscribers {
            if case .terminated = c.yield(latest) { subscribers[id] = nil }
        }
    }

    /// Moment `f` as the console gets it: numbered in this server's life, stamped now, with the replay's controls.
    static func stamped(_ f: WatchFrame, number: Int, _ playback: Playback) -> WatchFrame {
        var out = f
        out.frame = number
        out.fedAt = Date().timeIntervalSince1970 * 1000
        out.playback = playback
        return out
    }

    /// The last moment at or before `t` (the first when `t` is before them all).
    static func index(atOrBefore t: Double, in moments: [WatchFrame]) -> Int {
        var lo = 0, hi = moments.count - 1
        guard moments[0].t <= t else { return 0 }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if moments[mid].t <= t { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
