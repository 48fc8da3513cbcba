import ArgumentParser
import Border
import Evaluation
import Foundation
import GuidepostCore
import Operations
import Scenario

extension Guidepost {
    /// `guidepost score-alerts`: alarm quality against truth (issue 6): P(a crossing person is
    /// alerted), the median alert delay after first detection, false alerts per 10 km per day.
    struct ScoreAlerts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "score-alerts",
            abstract: "Score alerts against truth: P(crosser alerted), median alert delay, false alerts per 10 km per day.",
            discussion: """
                Reads the simulator's truth.jsonl and first-detections.jsonl (`guidepost simulate`), the tracker's \
                tracks.jsonl (`guidepost track`) and the alert log (`guidepost alerts`). The scenario gives the MDL \
                frame (d of each person) and the length of border scored. A crossing person is a human who reaches \
                the MDL from the north; an alert is on a truth object when one of its tracks comes within --radius \
                of it; a false alert is on no human. Definitions: docs/alarm-quality.md.
                """)

        @Argument(help: "The scenario the run came from (file or bundled name): MDL frame and border length.")
        var scenario: String
        @Option(help: "Truth, JSON Lines (the simulator's truth.jsonl).") var truth: String
        @Option(help: "The simulator's first-detections.jsonl.") var firstDetections: String
        @Option(help: "Tracks, JSON Lines (guidepost track).") var tracks: String
        @Option(help: "The alert log (guidepost alerts --out).") var events: String
        @Option(help: "R: an alert's track within this many metres of a truth object is on it.") var radius = 150.0
        @Option(help: "Contacts count for a crosser while at d ≤ 2000 + this many metres (approaching the DMZ).")
        var approachMargin = 1000.0
        @Option(help: "Border length scored, km (default: the scenario's window along the MDL).") var borderKm: Double?
        @Flag(help: "Score only the alerts someone acted on (acknowledged or escalated), each from that moment: what reached a person, after the camera check.")
        var actedOn = false
        @Flag(help: "With --acted-on: count each alert acted on from its raise (the alert's own delay), not from the answer (the delay to a person's action).")
        var fromRaise = false
        @Option(help: "The simulator's looks.jsonl (guidepost run --record): looks per operator-hour, misidentifications, crossers lost to a wrong look, the queue's waits.")
        var looks: String?
        @Option(help: "With --looks: operators making looks at once in each sector in the run ('unlimited' for none counted).")
        var operators = "6"
        @Flag(help: "Print one JSON object instead of tables.") var json = false
        @Option(help: "Where to write the result ('-' for stdout).") var out = "-"

        func validate() throws {
            guard radius >= 0.01, radius <= 1e6 else { throw ValidationError("--radius must be between 0.01 and 1e6 metres (try 150).") }
            guard approachMargin >= 0 else { throw ValidationError("--approach-margin must be ≥ 0.") }
            if fromRaise, !actedOn { throw ValidationError("--from-raise goes with --acted-on (without it, alerts already count from their raise).") }
            if let borderKm, !(borderKm > 0) { throw ValidationError("--border-km must be positive.") }
            guard operators == "unlimited" || (Int(operators).map { $0 >= 1 && $0 <= 1000 } ?? false) else {
                throw ValidationError("--operators must be a whole number from 1 to 1000, or 'unlimited' (got '\(operators)').")
            }
        }

        func run() throws {
            let (resolved, border) = try ScenarioFile.load(scenario)
            var refused = 0
            let warn: (InputError) -> Void = {
                refused += 1
                FileHandle.standardError.write(Data("warning: \($0)\n".utf8))
            }
            var config = AlertQualityConfiguration()
            config.matchRadius = radius
            config.approachMargin = approachMargin
            var scorer = AlertQualityScorer(alerts: try Self.alerts(events, actedOn: actedOn, fromRaise: fromRaise, onError: warn), configuration: config)
            var reader = try Self.open(tracks)
            while let line = reader.next() {
                do {
                    let r = try FlatRecordParser.track(line, file: reader.name)
                    scorer.add(track: r.track, t: r.t, position: r.position)
                } catch { warn(error) }
            }
            var span = (lo: Double.infinity, hi: -Double.infinity)
            reader = try Self.open(truth)
            while let line = reader.next() {
                do throws(InputError) {
                    let r = try FlatRecordParser.truth(line, file: reader.name)
                    span = (min(span.lo, r.t), max(span.hi, r.t))
                    if !scorer.add(r, d: r.kind == .human ? border.band.line.alongBorder(r.position).d : nil) {
                        throw InputError(
                            file: reader.name, line: line.number, field: "t",
                            reason: "\(InputError.excerpt(r.id)) already has a sample at t = \(r.t); skipped", hint: "one line per object per instant")
                    }
                } catch { warn(error) }
            }
            for (_, r) in JSONLinesDecoder<FirstDetectionLine>(
                reader: try Self.open(firstDetections), validate: { RecordTime.problem($0.t).map { ("t", $0) } }, onError: warn) {
                scorer.addFirstDetection(id: r.id, t: r.t)
            }
            let length = borderKm.map { $0 * 1000 } ?? (resolved.s.upperBound - resolved.s.lowerBound)
            let report = scorer.report(borderLength: length, duration: span.hi > span.lo ? span.hi - span.lo : 0)
            var text = json ? AlertQualityText.json(report) : AlertQualityText.table(report, radius: radius)
            if let looks {
                var records: [LookRecord] = []
                for (_, r) in JSONLinesDecoder<LookRecord>(reader: try Self.open(looks), validate: { $0.problem }, onError: warn) { records.append(r) }
                let looked = try Self.looked(events)
                let sectors = border.sectors.filter { $0.s.overlaps(resolved.s) }.count
                let figures = LookFigures.of(
                    looks: records, waits: looked.map { $0.started - $0.asked }, crossings: report.crossings,
                    operators: operators == "unlimited" ? nil : Int(operators), sectors: sectors, duration: report.duration)
                let seconds = records.first?.seconds ?? 40
                let sizing = LookSizing.of(asked: looked.map { ($0.sector, $0.asked) }, seconds: seconds)
                text = json
                    ? AlertQualityText.json(report, looks: figures, sizing: sizing)
                    : text + AlertQualityText.lookTable(figures, sizing: sizing, operators: operators)
            }
            if json { text += "\n" }
            if out == "-" {
                print(text, terminator: "")
            } else {
                do { try Data(text.utf8).write(to: URL(fileURLWithPath: out)) } catch let error as CocoaError {
                    throw CommandFailure(.cannotWrite, "--out: \(ExitStatus.describe(error))")
                }
            }
            if refused > 0 { throw CommandFailure.refusedLines(refused, of: "the input") }
        }

        static func open(_ path: String) throws -> JSONLinesReader {
            try JSONLinesReader(path: path)
        }

        /// The alerts of an alert log: raised ones with the tracks merged into them. With
        /// `actedOn`, only those acknowledged or escalated, each counted from its first such answer:
        /// its tracks still count from when they joined (what the operator acted on is what they
        /// showed, even when the track ended before the answer), but no contact counts earlier
        /// than the answer.
        /// With `fromRaise` too, those same alerts count from their raise.
        static func alerts(_ path: String, actedOn: Bool = false, fromRaise: Bool = false, onError: @escaping (InputError) -> Void) throws
            -> [ScoredAlert]
        {
            var raised: [(id: String, t: Double, track: String, place: Point?)] = []
            var merges: [[(track: String, t: Double)]] = []
            var acted: [Double?] = []
            var index: [String: Int] = [:]
            // A repeated line (same run and sequence) would count its alert twice.
            var seen: [RunID: [Int: Int]] = [:]
            for (line, e) in JSONLinesDecoder<OperationsEvent>(reader: try open(path), validate: Self.problem(of:), onError: onError) {
                if let first = seen[e.run]?[e.seq] {
                    onError(
                        InputError(
                            file: path, line: line, field: "seq",
                            reason: "run \(e.run) #\(e.seq) is already on line \(first); skipped (it would count twice)"))
                    continue
                }
                seen[e.run, default: [:]][e.seq] = line
                switch e.kind {
                case .alertRaised(let a):
                    index[a.id.rawValue] = raised.count
                    // An alert raised on a report, not a track: its place is its evidence.
                    raised.append((a.id.rawValue, a.t, a.track, a.reason.isOnReport ? Point(x: a.x, y: a.y) : nil))
                    merges.append([])
                    acted.append(nil)
                case .alertMerged(let id, let track, _):
                    guard let i = index[id.rawValue] else {
                        onError(InputError(file: path, line: line, field: "kind.alertMerged.alert", reason: "merges into \(id.rawValue), which was never raised"))
                        continue
                    }
                    merges[i].append((track, e.t))
                case .alertAcknowledged(let id, _), .alertEscalated(let id, _):
                    if let i = index[id.rawValue], acted[i] == nil { acted[i] = e.t }
                default:
                    continue
                }
            }
            var alerts: [ScoredAlert] = []
            for i in raised.indices {
                let from: Double
                if actedOn {
                    guard let t = acted[i] else { continue }
                    from = fromRaise ? raised[i].t : t
                } else {
                    from = raised[i].t
                }
                var alert = ScoredAlert(id: raised[i].id, t: from, track: raised[i].track, since: raised[i].t)
                alert.place = raised[i].place
                for m in merges[i] { alert.merge(track: m.track, at: m.t) }
                alerts.append(alert)
            }
            return alerts
        }

        /// The looks of an alert log (`alert_looked`): sector, when asked for, when begun. Lines the
        /// first reading refused are skipped quietly (already reported).
        static func looked(_ path: String) throws -> [(sector: String, asked: Double, started: Double)] {
            var out: [(sector: String, asked: Double, started: Double)] = []
            for (_, e) in JSONLinesDecoder<OperationsEvent>(reader: try open(path), validate: Self.problem(of:), onError: { _ in }) {
                if case .alertLooked(_, _, let asked, let started, let sector) = e.kind, asked.isFinite, started.isFinite {
                    out.append((sector, asked, started))
                }
            }
            return out
        }

        /// Why an alert log's event cannot be scored, if it cannot: the store's own checks, and
        /// an alert's place within the planar bounds of every record (`RecordSpace`).
        static func problem(of e: OperationsEvent) -> (field: String, reason: String)? {
            if let reason = e.problem { return ("", reason) }
            if case .alertRaised(let a) = e.kind {
                if let reason = RecordSpace.coordinateProblem(a.x) { return ("kind.alertRaised.x", reason) }
                if let reason = RecordSpace.coordinateProblem(a.y) { return ("kind.alertRaised.y", reason) }
                if let reason = RecordTime.problem(a.t) { return ("kind.alertRaised.t", reason) }
            }
            return nil
        }

        /// A line of first-detections.jsonl.
        struct FirstDetectionLine: Decodable {
            let t: Double
            let id: String
        }
    }
}
