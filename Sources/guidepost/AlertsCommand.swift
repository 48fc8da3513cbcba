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
            do { alarmOperator = try ConfiguredOperator(of: resolved, seed: seed) } catch {
                throw CommandFailure(.badInput, "\(resolved.file): deployment.operator: \(error.reason)")
            }
            var policy = AlertPolicy(
                geometry: BorderAlertGeometry(band: border.band), operator: alarmOperator,
                configuration: legacy ? .legacy : .guidepost)
            // The same front as `guidepost run` (OperationsEngine): chains, doubt relabel; no own teams here.
            var front = AlertFront(border: border, doubts: !legacy)
            var log = RunLog(run: RunID(run ?? "\(doc.id)-seed-\(seed)\(legacy ? "-legacy" : "")"))
            var out: [OperationsEvent] = [log.event(t: 0, .runStarted(PublicFacts(of: resolved, border: border)))]
            var refused = 0
            let report: (InputError) -> Void = { issue in
                refused += 1
                FileHandle.standardError.write(Data("\(issue)\n".utf8))
            }
            var alarms = try events.map { try AlarmFeed(path: $0, onError: report) }
            let reader = try JSONLinesReader(path: tracks)
            var decoder = JSONLinesDecoder<TrackRecord>(reader: reader, validate: { $0.problem }, onError: report)
            // The policy needs time to go forward: a line out of order is refused, not fatal.
            var screen = TimeOrderScreen<(record: TrackRecord, line: Int)>(file: reader.name)
            var scan: [TrackRecord] = []
            var inScan: [String: Int] = [:]
            func flush() {
                guard let t = scan.first?.t else { return }
                while let a = alarms?.next(until: t) { policy.recordAlarm(at: a.t, position: a.position) }
                let hostile = front.hostile(scan, at: t)
                out += log.events(policy.update(at: t, tracks: hostile, holding: front.undecided, doubted: front.doubted))
                scan.removeAll(keepingCapacity: true)
                inScan.removeAll(keepingCapacity: true)
            }
            func use(_ entry: (record: TrackRecord, line: Int)) {
                let record = entry.record
                if let t = scan.first?.t, record.t != t { flush() }
                if let first = inScan[record.track] {
                    report(
                        InputError(
                            file: reader.name, line: entry.line, field: "track",
                            reason: "track \(InputError.excerpt(record.track)) at t = \(record.t) is already on line \(first); skipped",
                            hint: "one line per track per scan time"))
                    return
                }
                inScan[record.track] = entry.line
                scan.append(record)
            }
            while let (line, record) = decoder.next() {
                screen.add((record, line), t: record.t, line: line, accept: { use($0) }, refuse: { report($1) })
            }
            screen.finish { use($0) }
            let end = scan.first?.t ?? 0
            flush()
            out += log.events(policy.finish(at: end))
            let writer = try JSONLinesWriter(path: self.out)
            for e in out { writer.write(line: e.jsonLine) }
            writer.flush()
            if let db {
                do {
                    try await StoreOptions.withLog(at: db) { log in _ = try await log.append(out) }
                } catch let error as CommandFailure {
                    throw error
                } catch {
                    throw CommandFailure(.other, "cannot store the run in \(PostgresURL.redacting(db)): \(error)")
                }
            }
            let finals = policy.alerts.compactMap(\.disposition?.status)
            let count = { (s: TrackedAlert.Status) in finals.count { $0 == s } }
            FileHandle.standardError.write(Data(
                ("alerts: \(policy.alerts.count) raised (\(policy.alerts.map(\.tracks.count).reduce(0, +)) tracks); final: "
                    + "\(count(.acknowledged)) acknowledged, \(count(.dismissed)) dismissed, \(count(.escalated)) escalated; "
                    + "\(policy.suppressedAnimalTracks) animal tracks suppressed\n").utf8))
            if refused > 0 { throw CommandFailure.refusedLines(refused, of: "the input") }
        }
    }
}

/// The simulator's alarm events, read in time order as the tracks advance: a line out of order
/// (or bad) is reported through `onError` and skipped, so one line far in the future cannot hold
/// back every alarm after it.
struct AlarmFeed {
    private var decoder: JSONLinesDecoder<Event>
    private var screen: TimeOrderScreen<Event>
    private var ready: [Event] = []
    private var ended = false
    private let onError: (InputError) -> Void

    struct Event: Decodable {
        let t: Double
        let kind: String
        let x: Double?
        let y: Double?
        var position: Point? { x.flatMap { x in y.map { Point(x: x, y: $0) } } }

        var problem: (field: String, reason: String)? {
            if let reason = RecordTime.problem(t) { return ("t", reason) }
            if let x, !x.isFinite { return ("x", "must be a finite number") }
            if let y, !y.isFinite { return ("y", "must be a finite number") }
            return nil
        }
    }

    init(path: String, onError: @escaping (InputError) -> Void) throws {
        let reader = try JSONLinesReader(path: path)
        screen = TimeOrderScreen(file: reader.name)
        decoder = JSONLinesDecoder<Event>(reader: reader, validate: { $0.problem }, onError: onError)
        self.onError = onError
    }

    /// The next alarm at or before `t`, if any.
    mutating func next(until t: Double) -> Event? {
        while true {
            if ready.isEmpty, !ended { fill() }
            guard let e = ready.first, e.t <= t else { return nil }
            ready.removeFirst()
            if e.kind.hasSuffix("_alarm") { return e }
        }
    }

    /// Reads lines until the screen passes one on (or the file ends).
    private mutating func fill() {
        var screen = self.screen
        var ready: [Event] = []
        let onError = self.onError
        while ready.isEmpty {
            guard let (line, e) = decoder.next() else {
                screen.finish { ready.append($0) }
                ended = true
                break
            }
            screen.add(e, t: e.t, line: line, accept: { ready.append($0) }, refuse: { onError($1) })
        }
        self.screen = screen
        self.ready += ready
    }
}
