import ArgumentParser
import Evaluation
import Foundation
import GuidepostCore

extension Guidepost {
    /// `guidepost score`: tracks against truth.
    struct ScoreCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "score",
            abstract: "Score tracks against truth: GOSPA (α = 2) and its parts, OSPA, identity switches.",
            discussion: """
                Both files are JSON Lines (DESIGN.md truth and tracks). Scores are means over every \
                instant that appears in either file. GOSPA parts (localisation, missed, false) are in \
                metres^p and sum to GOSPA^p. With --at-truth-instants only the instants the truth file \
                has are scored: use it when truth is written more sparsely than tracks (the simulator \
                writes truth every 10 s), since at an instant without truth every track would count as false.
                """)

        @Argument(help: "Truth, JSON Lines.") var truth: String
        @Argument(help: "Tracks, JSON Lines.") var tracks: String
        @Option(name: .customLong("c"), help: "Cut-off distance c, metres.") var cutoff = 50.0
        @Option(name: .customLong("p"), help: "Order p ≥ 1.") var order = 1.0
        @Flag(help: "Print one JSON object instead of text.") var json = false
        @Flag(help: "Score only the instants that have truth records (truth sampled more sparsely than tracks).")
        var atTruthInstants = false

        func validate() throws {
            guard cutoff > 0 else { throw ValidationError("--c must be positive.") }
            guard order >= 1 else { throw ValidationError("--p must be at least 1.") }
        }

        /// The scores, reading both files. Bad lines, and lines that repeat an object already
        /// read at the same instant (a duplicated line would count it twice), are reported on
        /// stderr and skipped; `refused` counts them.
        func summary(refused: inout Int) throws -> ScoreSummary {
            var count = 0
            let report: (InputError) -> Void = {
                count += 1
                FileHandle.standardError.write(Data("warning: \($0)\n".utf8))
            }
            typealias Seen = [(id: String, position: Point)]
            var instants: [Double: (truth: Seen, tracks: Seen)] = [:]
            // The line each (instant, object) was first read from, to refuse a repeat.
            var firstLine: [Double: [String: Int]] = [:]
            var truthFirst: [Double: [String: Int]] = [:]
            func isRepeat(_ t: Double, _ id: String, line: Int, in table: inout [Double: [String: Int]], file: String, field: String) -> Bool {
                if let first = table[t]?[id] {
                    report(
                        InputError(
                            file: file, line: line, field: field,
                            reason: "\(InputError.excerpt(id)) at t = \(t) is already on line \(first); skipped (it would count twice)",
                            hint: "one line per object per instant"))
                    return true
                }
                table[t, default: [:]][id] = line
                return false
            }
            let truthReader = try JSONLinesReader(path: truth)
            for (line, r) in JSONLinesDecoder<TruthRecord>(reader: truthReader, validate: { $0.problem }, onError: report)
            where !isRepeat(r.t, r.id, line: line, in: &truthFirst, file: truthReader.name, field: "id") {
                instants[r.t, default: ([], [])].truth.append((r.id, r.position))
            }
            let trackReader = try JSONLinesReader(path: tracks)
            for (line, r) in JSONLinesDecoder<TrackRecord>(reader: trackReader, validate: { $0.problem }, onError: report)
            where !isRepeat(r.t, r.track, line: line, in: &firstLine, file: trackReader.name, field: "track") {
                instants[r.t, default: ([], [])].tracks.append((r.track, r.position))
            }
            var scorer = TrackScorer(cutoff: cutoff, order: order)
            for t in instants.keys.sorted() {
                // Sorted keys: the order of instants (and so the identity-switch count) is deterministic.
                guard let v = instants[t], !atTruthInstants || !v.truth.isEmpty else { continue }
                scorer.add(truth: v.truth, tracks: v.tracks)
            }
            refused = count
            return scorer.summary
        }

        /// The scores, reading both files (bad and repeated lines are reported on stderr and skipped).
        func summary() throws -> ScoreSummary {
            var refused = 0
            return try summary(refused: &refused)
        }

        func run() throws {
            var refused = 0
            let s = try summary(refused: &refused)
            if json {
                var o = JSONObjectBuilder()
                o.add("instants", s.instants)
                o.add("c", s.cutoff)
                o.add("p", s.order)
                o.add("gospa", s.gospa)
                o.add("localisation", s.localisation)
                o.add("missed", s.missed)
                o.add("false", s.falseTracks)
                o.add("ospa", s.ospa)
                o.add("id_switches", s.identitySwitches)
                o.add("truth_points", s.truthPoints)
                o.add("track_points", s.trackPoints)
                print(o.json)
            } else {
                let f = { (v: Double) in String(format: "%.3f", v) }
                print("instants           \(s.instants) (truth points \(s.truthPoints), track points \(s.trackPoints))")
                print("GOSPA (c=\(f(s.cutoff)), p=\(f(s.order)), α=2)  \(f(s.gospa))")
                print("  localisation     \(f(s.localisation))")
                print("  missed           \(f(s.missed))")
                print("  false            \(f(s.falseTracks))")
                print("OSPA               \(f(s.ospa))")
                print("identity switches  \(s.identitySwitches)")
            }
            if refused > 0 { throw CommandFailure.refusedLines(refused, of: "\(truth) and \(tracks)") }
        }
    }
}
