import ArgumentParser
import Border
import Foundation
import GuidepostCore
import Operations
import Pipeline
import Scenario
import StorePostgres

extension Guidepost {
    /// `guidepost alerts SCENARIO --tracks FILE`: runs the alert path of `guidepost run` over a
    /// tracker's output for a scenario — the same `AlertFront` (track chains, animal-classed tracks
    /// heading south alerted as unknown), then the alert policy with the scenario's operator
    /// model — and writes the alert log.
    struct Alerts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Raise, merge and answer alerts for a scenario's tracks (the alert policy and operator model).",
            discussion: """
                Reads tracks (as `guidepost track` writes them), doubts animal-classed tracks that keep coming \
                south as `guidepost run` does (they are alerted as unknown), and reads, optionally, the simulator's events for the \
                nuisance alarms the operator also sees. The operator is the scenario's deployment.operator \
                (attentive or overloaded, with its distractions), seeded. --legacy runs the 2021 control room: \
                dismissals are final and nothing escalates by itself. Writes operations events (JSON Lines) \
                and, with --db, appends them to the store as run --run.
                """)

        @Argument(help: "Scenario file or bundled name.")
        var scenario: String
        @Option(help: "Tracks, JSON Lines sorted by t ('-' for stdin).")
        var tracks: String
        @Option(help: "The simulator's events.jsonl: its *_alarm events count towards the operator's alarm rate.")
        var events: String?
        @Option(help: "Seed of the operator model (default: the scenario's).")
        var seed: UInt64?
        @Flag(help: "The old control room: no re-raising of dismissed alerts, no escalation of unanswered ones.")
        var legacy = false
        @Option(help: "Where to write the events ('-' for stdout).")
        var out: String = "-"
        @Option(name: .customLong("db"), help: "Also append the events to this store.")
        var db: String?
        @Option(help: "Run id in the log (default: SCENARIO-ID-seed-N[-legacy]).")
        var run: String?

        func run() async throws {
            let (resolved, border) = try ScenarioFile.load(scenario)
            let doc = resolved.document
            let seed = self.seed ?? doc.seed ?? 0
            let alarmOperator: ConfiguredOperator
            do { alarmOperator = try ConfiguredOperator(of: resolved, seed: seed) } catch { throw ValidationError(error.reason) }
            var policy = AlertPolicy(
                geometry: BorderAlertGeometry(band: border.band), operator: alarmOperator,
                configuration: legacy ? .legacy : .guidepost)
            // The same front as `guidepost run` (OperationsEngine): chains, doubt relabel; no own teams here.
            var front = AlertFront(border: border, doubts: !legacy)
            var log = RunLog(run: RunID(run ?? "\(doc.id)-seed-\(seed)\(legacy ? "-legacy" : "")"))
            var out: [OperationsEvent] = [log.event(t: 0, .runStarted(PublicFacts(of: resolved, border: border)))]
            var alarms = try events.map { try AlarmFeed(path: $0) }
            var reader: JSONLinesReader
            do { reader = try JSONLinesReader(path: tracks) } catch { throw ValidationError("\(error)") }
            var decoder = JSONLinesDecoder<TrackRecord>(reader: reader) { issue in
                FileHandle.standardError.write(Data("\(issue)\n".utf8))
            }
            var scan: [TrackRecord] = []
            func flush() {
                guard let t = scan.first?.t else { return }
                while let a = alarms?.next(until: t) { policy.recordAlarm(at: a.t, position: a.position) }
                out += log.events(policy.update(at: t, tracks: front.hostile(scan, at: t)))
                scan.removeAll(keepingCapacity: true)
            }
            while let (_, record) = decoder.next() {
                if let t = scan.first?.t, record.t != t { flush() }
                scan.append(record)
            }
            let end = scan.first?.t ?? 0
            flush()
            out += log.events(policy.finish(at: end))
            let writer: JSONLinesWriter
            do { writer = try JSONLinesWriter(path: self.out) } catch { throw ValidationError("\(error)") }
            for e in out { writer.write(line: e.jsonLine) }
            writer.flush()
            if let db {
                do {
                    try await StoreOptions.withLog(at: db) { log in _ = try await log.append(out) }
                } catch let error as ValidationError {
                    throw error
                } catch {
                    throw ValidationError("cannot store the run in \(PostgresURL.redacting(db)): \(error)")
                }
            }
            let finals = policy.alerts.compactMap(\.disposition?.status)
            let count = { (s: TrackedAlert.Status) in finals.count { $0 == s } }
            FileHandle.standardError.write(Data(
                ("alerts: \(policy.alerts.count) raised (\(policy.alerts.map(\.tracks.count).reduce(0, +)) tracks); final: "
                    + "\(count(.acknowledged)) acknowledged, \(count(.dismissed)) dismissed, \(count(.escalated)) escalated; "
                    + "\(policy.suppressedAnimalTracks) animal tracks suppressed\n").utf8))
        }
    }
}

/// The simulator's alarm events, read in time order as the tracks advance.
struct AlarmFeed {
    private var decoder: JSONLinesDecoder<Event>
    private var held: Event?

    struct Event: Decodable {
        let t: Double
        let kind: String
        let x: Double?
        let y: Double?
        var position: Point? { x.flatMap { x in y.map { Point(x: x, y: $0) } } }
    }

    init(path: String) throws {
        decoder = JSONLinesDecoder<Event>(reader: try JSONLinesReader(path: path)) { issue in
            FileHandle.standardError.write(Data("\(issue)\n".utf8))
        }
    }

    /// The next alarm at or before `t`, if any.
    mutating func next(until t: Double) -> Event? {
        while true {
            if held == nil { held = decoder.next()?.record }
            guard let e = held, e.t <= t else { return nil }
            held = nil
            if e.kind.hasSuffix("_alarm") { return e }
        }
    }
}
