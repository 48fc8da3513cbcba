import Foundation
import GuidepostCore
public import Operations

/// What the console of one cluster instance watches: every sector of the border, those this
/// instance holds live (decisions go to their watches) and those other instances hold as they
/// last published them (read-only: a decision there is refused, naming the instance to use).
/// The frames of the sectors are merged into one picture; track ids carry their sector
/// (`cheorwon/T12`), alert and incident ids already do (`A-cheorwon-3`).
public actor ClusterWatch: WatchControl {
    /// A sector another instance holds, as it last published it.
    public struct Remote: Sendable {
        public var sector: String
        public var owner: String
        /// Seconds since it was published.
        public var age: Double
        public var frame: WatchFrame

        public init(sector: String, owner: String, age: Double, frame: WatchFrame) {
            self.sector = sector
            self.owner = owner
            self.age = age
            self.frame = frame
        }
    }

    let member: ClusterMember
    let remote: @Sendable () async -> [Remote]
    /// Seconds between frames sent to a console.
    let interval: Double
    var frameNumber = 0
    var cachedRemote: [Remote] = []
    var remoteAt: ContinuousClock.Instant?
    var latest: WatchFrame?

    /// The console's watch over `member`'s sectors and, through `remote`, the others'.
    public init(member: ClusterMember, remote: @escaping @Sendable () async -> [Remote] = { [] }, interval: Double = 0.5) {
        self.member = member
        self.remote = remote
        self.interval = interval
    }

    public func current() async -> WatchFrame {
        let local = await member.controls()
        var parts: [(sector: String, frame: WatchFrame)] = []
        for (sector, control) in local.sorted(by: { $0.key < $1.key }) { parts.append((sector, await control.current())) }
        let others = await remoteFrames().filter { local[$0.sector] == nil }
        for r in others { parts.append((r.sector, r.frame)) }
        frameNumber += 1
        let owners = Dictionary(others.map { ($0.sector, $0.owner) }, uniquingKeysWith: { a, _ in a })
        let merged = Self.merge(
            parts.sorted { $0.sector < $1.sector }, number: frameNumber, ended: await member.allEnded() && others.allSatisfy(\.frame.ended),
            watchedElsewhere: owners)
        latest = merged
        return merged
    }

    public func frames(buffer: Int) async -> AsyncStream<WatchFrame> {
        let (stream, continuation) = AsyncStream.makeStream(of: WatchFrame.self, bufferingPolicy: .bufferingNewest(max(1, buffer)))
        let pause = interval
        let task = Task { [weak self] in
            var last: WatchFrame?
            while !Task.isCancelled, let self {
                var frame = await self.current()
                // Sent only when something but the frame's number changed.
                let number = frame.frame
                frame.frame = last?.frame ?? 0
                if frame != last {
                    frame.frame = number
                    if case .terminated = continuation.yield(frame) { return }
                    last = frame
                }
                try? await Task.sleep(for: .milliseconds(Int64(pause * 1000)))
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    public func answer(alert: String, _ answer: OperatorDecision.Answer, by user: String, role: String, reason: String)
        async throws(WatchError) -> WatchFrame
    {
        let control = try await owner(of: alert) { $0.alerts.contains { $0.id == alert } }
        _ = try await control.answer(alert: alert, answer, by: user, role: role, reason: reason)
        return await current()
    }

    public func approveDispatch(incident: String, by user: String, role: String, reason: String) async throws(WatchError) -> WatchFrame {
        let control = try await owner(of: incident) { $0.incidents.contains { $0.id == incident && $0.state != Self.transferred } }
        _ = try await control.approveDispatch(incident: incident, by: user, role: role, reason: reason)
        return await current()
    }

    /// The events of the sectors held here after `after` (each sector's own sequence), oldest first by time.
    public func events(after: Int, limit: Int) async throws(WatchError) -> [OperationsEvent] {
        var all: [OperationsEvent] = []
        for control in await member.controls().values { all += try await control.events(after: after, limit: limit) }
        return Array(all.sorted { ($0.t, $0.run.rawValue, $0.seq) < ($1.t, $1.run.rawValue, $1.seq) }.prefix(max(0, limit)))
    }

    public func reports(incident: String) async throws(WatchError) -> [String: ReportDocument] {
        // The sector that follows the incident now; else (handed across, not yet taken on) the one that had it.
        do {
            return try await owner(of: incident) { $0.incidents.contains { $0.id == incident && $0.state != Self.transferred } }
                .reports(incident: incident)
        } catch .unknown {
            return try await owner(of: incident) { $0.incidents.contains { $0.id == incident } }.reports(incident: incident)
        }
    }

    /// A speed change goes to every sector held here.
    public func playback(_ command: PlaybackCommand) async throws(WatchError) -> WatchFrame {
        for control in await member.controls().values { _ = try await control.playback(command) }
        return await current()
    }

    // MARK: Internals

    /// The watch (held here) whose latest frame has `id` among its alerts or incidents.
    func owner(of id: String, has: (WatchFrame) -> Bool) async throws(WatchError) -> any WatchControl {
        for control in await member.controls().values where has(await control.current()) {
            return control
        }
        if let r = await remoteFrames().first(where: { has($0.frame) }) {
            throw .elsewhere(id: id, sector: r.sector, owner: r.owner)
        }
        throw .unknown(id)
    }

    /// Other instances' published sectors, read at most once a second.
    func remoteFrames() async -> [Remote] {
        if let at = remoteAt, ContinuousClock.now - at < .seconds(1) { return cachedRemote }
        cachedRemote = await remote()
        remoteAt = ContinuousClock.now
        return cachedRemote
    }

    /// One picture of several sectors' frames: tracks renamed `sector/id`, lists joined, the
    /// time of the sector furthest behind (the picture is whole up to then), the run named
    /// after the sectors; the alerts and incidents of a sector in `watchedElsewhere` (sector →
    /// instance) marked with the instance that decides them.
    static func merge(
        _ parts: [(sector: String, frame: WatchFrame)], number: Int, ended: Bool, watchedElsewhere: [String: String] = [:]
    ) -> WatchFrame {
        var out = WatchFrame(
            frame: number, t: parts.map(\.frame.t).min() ?? 0, clock: nil, fedAt: parts.map(\.frame.fedAt).max() ?? 0, ended: ended,
            tracks: [], teams: [], blueForce: [], alerts: [], incidents: [], lastEvent: parts.map(\.frame.lastEvent).reduce(0, +))
        out.clock = parts.min { $0.frame.t < $1.frame.t }?.frame.clock
        var teams: [String: WatchFrame.TeamView] = [:]
        for (sector, f) in parts {
            out.tracks += f.tracks.map { t in
                var t = t
                t.id = "\(sector)/\(t.id)"
                return t
            }
            let owner = watchedElsewhere[sector]
            out.alerts += f.alerts.map { a in
                var a = a
                a.track = "\(sector)/\(a.track)"
                a.watchedBy = owner
                return a
            }
            out.incidents += f.incidents.map { i in
                var i = i
                i.watchedBy = owner
                return i
            }
            out.blueForce += f.blueForce
            for team in f.teams where teams[team.name]?.incident == nil { teams[team.name] = team }
        }
        // An incident handed across shows once: as the sector that took it on has it (the copy
        // left `transferred` behind only while nobody has taken it on yet).
        var seen: [String: Int] = [:]
        var incidents: [WatchFrame.IncidentView] = []
        for i in out.incidents {
            if let k = seen[i.id] {
                if incidents[k].state == Self.transferred, i.state != Self.transferred { incidents[k] = i }
            } else {
                seen[i.id] = incidents.count
                incidents.append(i)
            }
        }
        out.incidents = incidents
        // One urgency order over every sector (`Alert.rankedBefore`'s keys): #1 is the border's
        // most urgent alert awaiting an answer, not each sector's.
        let waiting = out.alerts.indices.filter { out.alerts[$0].rank != nil }.sorted { x, y in
            let a = out.alerts[x], b = out.alerts[y]
            let (ta, tb) = (a.timeToMDL ?? .infinity, b.timeToMDL ?? .infinity)
            if ta != tb { return ta < tb }
            let (ca, cb) = (Self.weighted(a), Self.weighted(b))
            if ca != cb { return ca > cb }
            return a.id < b.id
        }
        for (r, k) in waiting.enumerated() { out.alerts[k].rank = r + 1 }
        out.alerts.sort { ($0.rank ?? Int.max, -$0.raised, $0.id) < ($1.rank ?? Int.max, -$1.raised, $1.id) }
        out.teams = teams.values.sorted { $0.name < $1.name }
        out.blueForce = Array(Set(out.blueForce.map { $0 })).sorted { ($0.first ?? 0, $0.last ?? 0) < ($1.first ?? 0, $1.last ?? 0) }
        out.playback = parts.first?.frame.playback.map {
            Playback(mode: $0.mode, run: parts.map(\.sector).joined(separator: "+"), speed: $0.speed)
        }
        return out
    }

    /// The state an incident handed across to a neighbouring sector is left in.
    static let transferred = IncidentState.transferred.rawValue

    /// An alert's confidence that it is a person, as `Alert.weightedConfidence` weighs it.
    static func weighted(_ a: WatchFrame.AlertView) -> Double { a.targetClass == "human" ? a.confidence : a.confidence / 2 }
}
