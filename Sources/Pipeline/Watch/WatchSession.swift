import Foundation
public import GuidepostCore
public import Operations
import StoreCore
import Tracking

/// A live watch: the feed, paced to a clock, through the Operations engine, every step's events
/// committed to the store before anyone sees them, a frame published to every console after each
/// step, and people's decisions applied between steps.
///
/// One loop owns the engine: scans and decisions are applied in one order, so the log is one
/// sequence and a decision's place in it is exact. A restart re-derives the run from the feed
/// (the simulator is seeded; the store skips events it already holds) and re-applies each logged
/// decision at the sequence number it had, so a console reconnecting after a kill -9 sees the
/// same state. While it catches up with the log, the loop does not pace.
///
/// - Complexity: per scan, the engine's step plus O(tracks × trail) for the frame; each decision
///   costs one engine call and one append.
public actor WatchSession<Feed: WatchFeed, Log: EventLog>: WatchControl {
    /// Positions kept per track for its trail.
    public static var trailLength: Int { 30 }

    var engine: OperationsEngine<ConfiguredOperator>
    let field: Feed
    let log: Log
    let run: RunID
    let end: Double
    /// Simulated seconds per wall second (`.infinity`: as fast as the machine goes).
    var speed: Double
    /// Where pacing counts from: the wall time and the feed time it started (reset when the speed changes).
    var origin: (wall: ContinuousClock.Instant, t: Double)?
    let clock: ReportClock?
    /// Scans before this time are played unpaced (skip the quiet hours to where the watch starts).
    let pacedFrom: Double
    var latest: WatchFrame
    var subscribers: [Int: AsyncStream<WatchFrame>.Continuation] = [:]
    var nextSubscriber = 0
    var trails: [String: [[Double]]] = [:]
    var tracks: [TrackRecord] = []
    var friendlies: [Point] = []
    /// The latest lines of each incident's timeline (at most `WatchFrameBuilder.timelineLimit`):
    /// the frame's timelines, kept as events are committed so a long watch holds no event list
    /// (the store has them all; reports read it).
    var timelines: [IncidentID: [WatchFrame.TimelineEntry]] = [:]
    var lastSeq = 0
    /// Decisions waiting for the loop, with who is waiting for the answer.
    var queue: [(decision: OperatorDecision, reply: CheckedContinuation<Result<WatchFrame, WatchError>, Never>)] = []
    /// Decisions (and incidents taken on from a neighbouring sector) of the stored run to
    /// re-apply while catching up, by sequence number, with the time of the scan they followed.
    var replay: [Int: (input: StoredInput, t: Double)] = [:]
    /// What the loop re-applies from the stored log: it came from outside the feed.
    enum StoredInput {
        case decision(OperatorDecision)
        case adoption(IncidentHandover)
    }
    /// A sector watch's link to its neighbours (a cluster): hand-overs across the boundary.
    let link: SectorLink?
    /// Each neighbour's progress as last read, and the last of its hand-overs read.
    var neighbourProgress: [String: Double] = [:]
    var handoverCursor: [String: Int] = [:]
    /// Hand-overs to this sector read and not yet due, and those taken on (incident@time).
    var handoversWaiting: [IncidentHandover] = []
    var handoversTaken: Set<String> = []
    /// Neighbours not waited for (no progress for the link's patience), and when each was last asked.
    var givenUp: [String: ContinuousClock.Instant] = [:]
    var lastReached = -Double.infinity
    /// A hot standby's shadow of a sector another instance owns: it steps a scan only once the
    /// owner's log is complete through it, re-applies the owner's decisions from the log, and
    /// writes nothing (its log drops appends) until `promote` — then it goes on from where it
    /// is, re-deriving only what the owner committed after its last recorded progress.
    var shadowing: Bool
    /// The owner's progress as last read, while shadowing.
    var ownerProgress = -Double.infinity
    var storedLast = 0
    var ended = false
    /// The loop has returned or thrown: nothing more will be published.
    var over = false

    /// - Parameters:
    ///   - engine: the engine, built for this run (`ConfiguredOperator.person` for a person at
    ///     the console; a model where the configuration lets one stand in).
    ///   - field: the feed and the field's hands (the simulator, a replay, a live channel).
    ///   - end: the run's end (seconds), when the engine is finished and the last frame sent.
    ///   - speed: simulated seconds per wall second; `.infinity` for no pacing.
    ///   - pacedFrom: the feed before this time (seconds) is played as fast as it goes.
    public init(
        engine: OperationsEngine<ConfiguredOperator>, field: sending Feed, log: Log, run: RunID, end: Double, speed: Double,
        clock: ReportClock?, pacedFrom: Double = -.infinity, link: SectorLink? = nil, shadow: Bool = false
    ) {
        self.link = link
        self.shadowing = shadow && link?.stored != nil
        self.pacedFrom = pacedFrom
        self.engine = engine
        self.field = field
        self.log = log
        self.run = run
        self.end = end
        self.speed = speed
        self.clock = clock
        latest = WatchFrame(
            frame: 0, t: 0, clock: nil, fedAt: 0, ended: false, tracks: [], teams: [], blueForce: [], alerts: [], incidents: [], lastEvent: 0)
    }

    /// Plays the feed to its end (or until the task is cancelled), then finishes the engine.
    /// Returns when the watch is over; consoles keep the last frame.
    public func run() async throws(WatchError) {
        // However the loop ends — the feed over, cancelled, or the store failing — every console's
        // stream ends and every person waiting on a decision gets an answer (none waits for ever).
        defer { stop() }
        do {
            let stored = try await log.lastSequence(run: run)
            storedLast = stored
            if stored > 0 {
                for e in try await log.events(run: run) { keepToReplay(e) }
            }
        } catch { throw .store(error) }
        while !Task.isCancelled, let scan = await field.nextScan(isolation: self) {
            if shadowing || promoted { try await follow(through: scan.t) }
            // Decisions go in after the field has moved to this scan and before the engine
            // steps it — live (drained while pacing) and when re-applied from the log alike.
            if lastSeq < storedLast {
                try replayDecisions()
            } else if shadowing {
                // Gated by the owner's progress (`follow`), not paced.
            } else if scan.t < pacedFrom {
                try await drainDecisions()
            } else {
                if origin == nil { origin = (ContinuousClock.now, scan.t) }
                try await waitUntil(scan.t)
            }
            if lastSeq >= storedLast, !shadowing { try await takeHandovers(before: scan.t) }
            let fedAt = Date().timeIntervalSince1970 * 1000
            let step = engine.step(scan)
            try await commit(step)
            await recordProgress(scan.t)
            tracks = step.tracks
            friendlies = scan.friendlies
            for r in step.tracks {
                var trail = trails[r.track, default: []]
                trail.append([r.x, r.y])
                if trail.count > Self.trailLength { trail.removeFirst(trail.count - Self.trailLength) }
                trails[r.track] = trail
            }
            if Int(scan.t) % 600 == 0 {
                let live = Set(step.tracks.map(\.track))
                trails = trails.filter { live.contains($0.key) }
            }
            publish(fedAt: fedAt)
            // Let others on the executor run between scans: a watch catching up unpaced, or
            // several sectors' watches in one process, must not starve the rest (a cluster's
            // lease renewals, the console).
            await Task.yield()
        }
        guard !Task.isCancelled else { return }
        let last = engine.finish(at: end)
        try await commit(OperationsEngine<ConfiguredOperator>.StepResult(events: last))
        await recordProgress(end, always: true)
        ended = true
        tracks = []
        publish(fedAt: Date().timeIntervalSince1970 * 1000)
    }

    /// The loop is over: streams end, waiting decisions are refused, later subscribers get the last frame only.
    func stop() {
        over = true
        for q in queue { q.reply.resume(returning: .failure(.refused(.notStarted))) }
        queue = []
        finishSubscribers()
    }

    // MARK: WatchControl

    public func current() -> WatchFrame { latest }

    /// What the feed has read, refused and dropped so far (`WatchFeed.health`).
    public func feedHealth() -> FeedHealth { field.health }

    public func frames(buffer: Int) -> AsyncStream<WatchFrame> {
        let (stream, continuation) = AsyncStream.makeStream(of: WatchFrame.self, bufferingPolicy: .bufferingNewest(max(1, buffer)))
        let id = nextSubscriber
        nextSubscriber += 1
        continuation.yield(latest)
        if ended || over {
            continuation.finish()
            return stream
        }
        // A console that went away is dropped at the next frame (its yield reports it terminated).
        subscribers[id] = continuation
        return stream
    }

    public func answer(alert: String, _ answer: OperatorDecision.Answer, by user: String, role: String, reason: String)
        async throws(WatchError) -> WatchFrame
    {
        try await decide(OperatorDecision(by: user, role: role, answer: answer, alert: AlertID(alert), reason: reason))
    }

    public func approveDispatch(incident: String, by user: String, role: String, reason: String) async throws(WatchError)
        -> WatchFrame
    {
        try await decide(OperatorDecision(by: user, role: role, answer: .approveDispatch, incident: IncidentID(incident), reason: reason))
    }

    public func events(after: Int, limit: Int) async throws(WatchError) -> [OperationsEvent] {
        let all: [OperationsEvent]
        do { all = try await log.events(run: run) } catch {
            if error.code == .notFound { return [] }
            throw .store(error)
        }
        return Array(all.filter { $0.seq > after }.prefix(max(0, limit)))
    }

    public func reports(incident: String) async throws(WatchError) -> [String: ReportDocument] {
        guard let inc = engine.incidents.first(where: { $0.id.rawValue == incident }) else { throw .unknownIncident(incident) }
        let upTo = lastSeq
        do { return WatchReports.documents(of: inc, events: try await log.events(run: run).filter { $0.seq <= upTo }) } catch {
            throw .store(error)
        }
    }

    /// A live watch changes only its speed (the watch commander's call: a training run faster,
    /// or real time); it cannot pause or move in time — a replay can.
    public func playback(_ command: PlaybackCommand) async throws(WatchError) -> WatchFrame {
        guard case .speed(let s) = command else { throw .notReplay("pause or move in time") }
        guard s.isFinite, s > 0, s <= Playback.maxSpeed else {
            throw .badPlayback("speed must be more than 0 and at most \(Int(Playback.maxSpeed)) simulated seconds per second, got \(s)")
        }
        setSpeed(s)
        publish(fedAt: Date().timeIntervalSince1970 * 1000)
        return latest
    }

    // MARK: The loop's work

    func decide(_ decision: OperatorDecision) async throws(WatchError) -> WatchFrame {
        guard !ended, !over else { throw .refused(.notStarted) }
        let result = await withCheckedContinuation { (reply: CheckedContinuation<Result<WatchFrame, WatchError>, Never>) in
            queue.append((decision, reply))
        }
        return try result.get()
    }

    /// Sleeps until the feed time `t` is due at the current speed, applying decisions as they
    /// come (a person's answer is not held back by the pacing); a speed change takes effect at once.
    func waitUntil(_ t: Double) async throws(WatchError) {
        while true {
            try await drainDecisions()
            guard let origin, speed.isFinite, speed > 0, !Task.isCancelled else { return }
            let deadline = origin.wall + .milliseconds(Int64(((t - origin.t) / speed * 1000).rounded()))
            let now = ContinuousClock.now
            guard now < deadline else { return }
            try? await Task.sleep(for: min(deadline - now, .milliseconds(20)))
        }
    }

    /// Changes the pace (simulated seconds per wall second; `.infinity` for none) from now on:
    /// the console's speed control, and a test's way to finish quickly once people have acted.
    public func setSpeed(_ speed: Double) {
        guard speed > 0 else { return }
        self.speed = speed
        origin = nil
    }

    /// Applies queued decisions in order; a refused one answers its caller and changes nothing.
    func drainDecisions() async throws(WatchError) {
        while !queue.isEmpty {
            let (decision, reply) = queue.removeFirst()
            let step: OperationsEngine<ConfiguredOperator>.StepResult
            do { step = try engine.apply(decision) } catch {
                reply.resume(returning: .failure(.refused(error)))
                continue
            }
            do { try await commit(step) } catch {
                reply.resume(returning: .failure(error))
                throw error
            }
            publish(fedAt: Date().timeIntervalSince1970 * 1000)
            reply.resume(returning: .success(latest))
        }
    }

    /// Re-applies the stored run's decisions whose turn in the sequence has come and whose scan
    /// the engine has stepped: a person may have answered a few quiet scans (no events) after the
    /// last event, and the decision carries the time of the scan it followed.
    func replayDecisions() throws(WatchError) {
        while let r = replay[lastSeq + 1], let now = engine.now, now >= r.t {
            replay[lastSeq + 1] = nil
            let seq = lastSeq + 1
            let step: OperationsEngine<ConfiguredOperator>.StepResult
            switch r.input {
            case .decision(let d):
                do { step = try engine.apply(d) } catch { throw .replayDiverged(seq: seq, reason: error.description) }
            case .adoption(let h):
                step = engine.adopt(h)
                guard step.events.first?.seq == seq else {
                    throw .replayDiverged(seq: seq, reason: "incident \(h.incident) handed across from sector \(h.from) can no longer be taken on here")
                }
            }
            // Already stored: the append below is the store's idempotent re-append.
            for c in step.commands { field.carryOut(c) }
            note(step.events)
            pendingAppend += step.events
        }
    }

    var pendingAppend: [OperationsEvent] = []

    /// Carries out a step's commands and commits its events (with any replayed decision's).
    func commit(_ step: OperationsEngine<ConfiguredOperator>.StepResult) async throws(WatchError) {
        for c in step.commands { field.carryOut(c) }
        let batch = pendingAppend + step.events
        pendingAppend = []
        note(step.events)
        guard !batch.isEmpty else { return }
        do { try await log.append(batch) } catch { throw .store(error) }
    }

    /// Takes committed (or re-applied) events into the timelines and the sequence count.
    func note(_ events: [OperationsEvent]) {
        for e in events {
            guard let id = e.incident else { continue }
            var lines = timelines[id, default: []]
            lines.append(.init(seq: e.seq, t: e.t, text: EventText.text(e.kind)))
            if lines.count > WatchFrameBuilder.timelineLimit { lines.removeFirst(lines.count - WatchFrameBuilder.timelineLimit) }
            timelines[id] = lines
        }
        lastSeq = events.last?.seq ?? lastSeq
    }

    func finishSubscribers() {
        for c in subscribers.values { c.finish() }
        subscribers = [:]
    }

    func publish(fedAt: Double) {
        latest = WatchFrameBuilder.frame(
            number: latest.frame + 1, engine: engine, tracks: tracks, trails: trails, friendlies: friendlies, timelines: timelines,
            fedAt: fedAt, ended: ended, clock: clock, lastEvent: lastSeq)
        latest.playback = Playback(mode: .live, run: run.rawValue, speed: speed.isFinite ? speed : nil)
        for (id, c) in subscribers {
            if case .terminated = c.yield(latest) { subscribers[id] = nil }
        }
    }

    // MARK: Hand-over across a sector boundary (`SectorLink`)

    static func key(_ h: IncidentHandover) -> String { "\(h.incident)@\(h.t)" }

    /// Takes on, before the scan at `t`, every hand-over to this sector made at or before
    /// t − lag, once each neighbour's log is complete that far (or the neighbour is given up on).
    func takeHandovers(before t: Double) async throws(WatchError) {
        guard let link else { return }
        let due = t - link.lag
        for n in link.neighbours { await awaitNeighbour(n.sector, run: n.run, through: due, link) }
        let ready = handoversWaiting.filter { $0.t <= due }
            .sorted { ($0.t, $0.from, $0.incident.rawValue) < ($1.t, $1.from, $1.incident.rawValue) }
        guard !ready.isEmpty else { return }
        handoversWaiting.removeAll { $0.t <= due }
        for h in ready where handoversTaken.insert(Self.key(h)).inserted {
            try await commit(engine.adopt(h))
        }
    }

    /// Waits until `sector`'s log is complete through `due`, reading its new hand-overs as it
    /// grows; a sector nobody has watched is not waited for, nor one given up on (asked again
    /// once a second, without waiting).
    func awaitNeighbour(_ sector: String, run: RunID, through due: Double, _ link: SectorLink) async {
        if let known = neighbourProgress[sector], known >= due { return }
        let clock = ContinuousClock()
        let began = clock.now
        if let asked = givenUp[sector] {
            guard began - asked >= .seconds(1) else { return }
            givenUp[sector] = began
        }
        var advanced = began
        while !Task.isCancelled {
            let progress: Double?
            do { progress = try await link.progress(sector) } catch { progress = neighbourProgress[sector] }
            guard let progress else { return }
            if progress > neighbourProgress[sector] ?? -.infinity, await readHandovers(of: sector, run: run, link) {
                neighbourProgress[sector] = progress
                advanced = clock.now
            }
            if (neighbourProgress[sector] ?? -.infinity) >= due {
                if givenUp.removeValue(forKey: sector) != nil {
                    link.news("sector \(sector)'s log has caught up: hand-overs from it are taken on in step again")
                }
                return
            }
            if givenUp[sector] != nil { return }
            let now = clock.now
            if now - advanced > .seconds(link.patience) || now - began > .seconds(link.longestWait) {
                givenUp[sector] = now
                link.news(
                    "sector \(sector)'s log is complete only through t=\(Int(progress)) s, behind t=\(Int(due)) s: going on without it; "
                        + "a hand-over from it will be taken on when it comes")
                return
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Reads `sector`'s hand-overs logged since the last read; false when the store did not answer.
    func readHandovers(of sector: String, run: RunID, _ link: SectorLink) async -> Bool {
        guard let got = try? await link.handovers(run, handoverCursor[sector] ?? 0) else { return false }
        for (seq, h) in got {
            handoverCursor[sector] = seq
            if h.to == link.sector, !handoversTaken.contains(Self.key(h)) { handoversWaiting.append(h) }
        }
        return true
    }

    /// Records how far this sector's log is complete, every `progressEvery` feed seconds.
    func recordProgress(_ t: Double, always: Bool = false) async {
        guard let link, always || t - lastReached >= link.progressEvery else { return }
        do {
            try await link.reached(t)
            lastReached = t
        } catch {}
    }

    // MARK: A hot standby's shadow

    /// Set when a shadow is promoted: the next scan reads the owner's last events once more.
    var promoted = false
    /// The owner's progress when its log was last read.
    var refreshedAt = -Double.infinity

    /// Stops shadowing: the sector was taken over and this watch's log armed with the lease.
    /// False when the watch is over (it must be started afresh).
    public func promote() -> Bool {
        guard !over, !ended else { return false }
        if shadowing {
            shadowing = false
            promoted = true
        }
        return true
    }

    /// Whether the watch is still a shadow.
    public func isShadow() -> Bool { shadowing }

    /// While shadowing, waits until the owner's log is complete through `t`, then takes in the
    /// decisions and hand-overs it logged since the last look; once promoted, takes in the
    /// owner's last events (which the loop then re-derives, as any restart does).
    func follow(through t: Double) async throws(WatchError) {
        guard let link, let stored = link.stored else { return }
        while shadowing, ownerProgress < t, !Task.isCancelled {
            if let p = try? await link.progress(link.sector), p > ownerProgress {
                ownerProgress = p
                if p >= t { break }
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        guard !Task.isCancelled else { return }
        // New events only when the owner has moved on (or once, on promotion).
        let wasPromoted = promoted
        promoted = false
        guard wasPromoted || ownerProgress > refreshedAt else { return }
        refreshedAt = ownerProgress
        let got: (last: Int, inputs: [OperationsEvent])
        do { got = try await stored(run, storedLast) } catch { throw .store(StoreError(.unavailable, "\(error)")) }
        guard got.last > storedLast else { return }
        for e in got.inputs { keepToReplay(e) }
        storedLast = got.last
    }

    /// Keeps a stored event that came from outside the feed (a person's decision, an incident
    /// taken on from a neighbour) to re-apply at its sequence number.
    func keepToReplay(_ e: OperationsEvent) {
        switch e.kind {
        case .decision(let d): replay[e.seq] = (.decision(d), e.t)
        case .incidentAdopted(let h):
            replay[e.seq] = (.adoption(h), e.t)
            handoversTaken.insert(Self.key(h))
        default: return
        }
    }
}
