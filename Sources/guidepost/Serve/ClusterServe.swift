import ArgumentParser
import Border
import Console
import Foundation
import GuidepostCore
import LiveFeed
import Operations
import Pipeline
import Scenario
import StoreCore
import StorePostgres

/// `guidepost serve --instance NAME --sectors …`: one instance of a cluster of watches sharing
/// one PostgreSQL store. Each sector it holds is watched by its own engine over that sector's
/// share of the feed (`SectorFeed`), its run `RUN-SECTOR` in the shared log, written through a
/// log fenced by the sector's lease; the console shows every sector of the border.
struct ClusterServe {
    /// Metres of a neighbour's stretch each sector's engine is fed besides its own, so a person
    /// near a boundary is tracked whole; its engine takes on a neighbour's track half-way in.
    static let apron = 2000.0

    var instance: String
    var sectors: [String]
    var standbyFor: [String]
    var leaseSeconds: Double
    var url: String
    var baseRun: String
    var feed: String?
    var speed: Double
    var pacedFrom: Double
    var seed: UInt64
    var operatorModel: String
    var dispatch: DispatchApproval
    var exitWhenDone: Bool
    /// Whether the standby sectors are shadowed (a hot standby: a takeover goes on from near
    /// where the owner stopped, at the cost of playing those sectors alongside their owners).
    var hotStandby: Bool

    /// Checks the sector names against the border, opens the store, and serves until interrupted
    /// (or, with `exitWhenDone`, until every sector held has come to the feed's end).
    func run(
        _ resolved: ResolvedScenario, border: BorderModel, map: ConsoleMap, accounts: ConsoleAccounts, options: ConsoleServer.Options,
        clock: ReportClock?
    ) async throws {
        let known = border.sectors.map(\.id.rawValue)
        for s in sectors + standbyFor where !known.contains(s) {
            throw ValidationError("no sector '\(s)' on this border; the sectors are \(known.joined(separator: ", "))")
        }
        let log: PostgresEventLog
        do { log = try await PostgresEventLog(url: url) } catch {
            throw CommandFailure(.other, "cannot open the store \(PostgresURL.redacting(url)): \(error)")
        }
        let holder = UUID().uuidString.lowercased()
        let configuration = ClusterConfiguration(
            instance: instance, holder: holder, sectors: sectors, standbyFor: standbyFor, leaseSeconds: leaseSeconds)
        Guidepost.Serve.say(
            "Cluster: instance \(instance) watches \(sectors.isEmpty ? "no sector" : sectors.joined(separator: ", "))"
                + (configuration.standbyFor.isEmpty ? "" : ", standby for \(configuration.standbyFor.joined(separator: ", "))")
                + " (leases of \(Guidepost.Serve.format(leaseSeconds)) s, runs \(baseRun)-SECTOR)")
        let me = self
        let partition = SectorPartition(border: border)
        let shadows: (@Sendable (String) async throws -> ShadowWatch?)? =
            hotStandby
            ? { @Sendable sector in try me.shadow(sector, resolved: resolved, border: border, partition: partition, log: log, clock: clock) }
            : nil
        let member = ClusterMember(
            configuration: configuration, leases: log,
            start: { lease in try me.watch(sector: lease, resolved: resolved, border: border, partition: partition, log: log, clock: clock) },
            publish: { lease, frame in
                var f = frame
                f.tracks = f.tracks.map { t in
                    var t = t
                    t.trail = Array(t.trail.suffix(5))
                    return t
                }
                guard let data = try? JSONEncoder().encode(f), let body = String(data: data, encoding: .utf8) else { return }
                try? await log.publishFrame(body, of: lease)
            },
            news: { Guidepost.Serve.say("cluster \(instance) \(ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withInternetDateTime, .withFractionalSeconds])): \($0)") },
            shadow: shadows)
        let watch = ClusterWatch(member: member) {
            let published = (try? await log.publishedFrames()) ?? []
            return published.compactMap { p in
                guard let frame = try? JSONDecoder().decode(WatchFrame.self, from: Data(p.body.utf8)) else { return nil }
                return ClusterWatch.Remote(sector: p.sector, owner: p.owner, age: p.age, frame: frame)
            }
        }
        let exit = exitWhenDone
        do {
            try await Guidepost.Serve.serve(
                watch: watch,
                drive: {
                    await withTaskGroup(of: Void.self) { group in
                        group.addTask { await member.run() }
                        if exit {
                            while await !member.allEnded() { try? await Task.sleep(for: .milliseconds(200)) }
                            group.cancelAll()
                        }
                        await group.waitForAll()
                    }
                }, map: map, accounts: accounts, options: options, listener: nil, tak: nil, exitWhenDone: exit)
        } catch {
            await log.close()
            throw error
        }
        await log.close()
    }

    /// The watch of one sector for `lease`: its engine and share of the feed (the simulator's
    /// world, or the recorded detections of `feed`), its run in the shared log fenced by the lease.
    func watch(
        sector lease: SectorLease, resolved: ResolvedScenario, border: BorderModel, partition: SectorPartition, log: PostgresEventLog,
        clock: ReportClock?
    ) throws -> SectorWatch {
        let made = try session(
            SectorID(lease.sector), log: SectorEventLog(log: log, lease: lease), shadow: false, resolved: resolved, border: border,
            partition: partition, clock: clock)
        return made.watch
    }

    /// A hot standby's shadow of `sector` (`ShadowWatch`): the same watch, following the owner's
    /// log and writing nothing until it is promoted with the lease of a takeover.
    func shadow(
        _ sector: String, resolved: ResolvedScenario, border: BorderModel, partition: SectorPartition, log: PostgresEventLog,
        clock: ReportClock?
    ) throws -> ShadowWatch {
        let sectorLog = SectorEventLog(log: log)
        let made = try session(
            SectorID(sector), log: sectorLog, shadow: true, resolved: resolved, border: border, partition: partition, clock: clock)
        let promote = made.promote
        return ShadowWatch(watch: made.watch) { lease in
            await sectorLog.arm(lease)
            return await promote()
        }
    }

    /// The watch session of `sector` over `log` (armed with a lease, or a shadow's).
    func session(
        _ sector: SectorID, log sectorLog: SectorEventLog, shadow: Bool, resolved: ResolvedScenario, border: BorderModel,
        partition: SectorPartition, clock: ReportClock?
    ) throws -> (watch: SectorWatch, promote: @Sendable () async -> Bool) {
        let runID = RunID("\(baseRun)-\(sector.rawValue)")
        let link = self.link(for: sector.rawValue, border: border, log: sectorLog)
        if let feed {
            let live = try ServeSetup.liveWatch(
                resolved, border: border, seed: seed, run: runID, operatorModel: operatorModel, dispatch: dispatch, sector: sector)
            // A shadow reads the same file as the owner: its problems are the owner's to print.
            let name = sector.rawValue
            let report: @Sendable (FeedProblem) -> Void
            if shadow { report = { _ in } } else { report = { problem in Guidepost.Serve.warn("feed (\(name)): \(problem)") } }
            let source = DetectionFeed(
                lines: try FeedReader.file(feed), zones: live.zones, conversion: live.conversion, report: report)
            let session = WatchSession(
                engine: live.engine, field: SectorFeed(source, sector: sector, partition: partition, apron: Self.apron), log: sectorLog,
                run: runID, end: live.end, speed: speed, clock: clock, pacedFrom: pacedFrom, link: link, shadow: shadow)
            return (SectorWatch(control: session, play: { try await session.run() }), { await session.promote() })
        }
        let w = try ServeSetup.watch(
            resolved, border: border, seed: seed, run: runID, operatorModel: operatorModel, dispatch: dispatch, sector: sector)
        let engine = w.engine, end = w.end
        let field = w.field
        let session = WatchSession(
            engine: engine, field: SectorFeed(FieldChannelFeed(field), sector: sector, partition: partition, apron: Self.apron),
            log: sectorLog, run: runID, end: end, speed: speed, clock: clock, pacedFrom: pacedFrom, link: link, shadow: shadow)
        return (SectorWatch(control: session, play: { try await session.run() }), { await session.promote() })
    }

    /// How the watch of `sector` meets its neighbours in the shared log, to hand incidents across
    /// the boundaries, and follows its owner's log while it is a shadow (`SectorLink`).
    func link(for sector: String, border: BorderModel, log sectorLog: SectorEventLog) -> SectorLink? {
        guard let k = border.sectors.firstIndex(where: { $0.id.rawValue == sector }) else { return nil }
        let neighbours = [k - 1, k + 1].filter(border.sectors.indices.contains).map { j in
            let id = border.sectors[j].id.rawValue
            return (sector: id, run: RunID("\(baseRun)-\(id)"))
        }
        let log = sectorLog.log
        return SectorLink(
            sector: sector, neighbours: neighbours,
            reached: { t in if let lease = await sectorLog.lease { try await log.reached(t, fence: lease) } },
            progress: { sector in try await log.completeThrough(sector: sector) },
            handovers: { run, after in try await log.handovers(run: run, after: after) },
            news: { Guidepost.Serve.say("cluster \(sector): \($0)") },
            stored: { run, after in try await log.inputs(run: run, after: after) })
    }
}
