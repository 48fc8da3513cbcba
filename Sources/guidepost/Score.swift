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

        /// The scores, reading both files (bad lines are reported on stderr and skipped).
        func summary() throws -> ScoreSummary {
            let report: (InputError) -> Void = { FileHandle.standardError.write(Data("warning: \($0)\n".utf8)) }
            var instants: [Double: (truth: [(id: String, position: Point)], tracks: [(id: String, position: Point)])] = [:]
            for (_, r) in JSONLinesDecoder<TruthRecord>(reader: try JSONLinesReader(path: truth), validate: { $0.problem }, onError: report) {
                instants[r.t, default: ([], [])].truth.append((r.id, r.position))
            }
            for (_, r) in JSONLinesDecoder<TrackRecord>(reader: try JSONLinesReader(path: tracks), validate: { $0.problem }, onError: report) {
                instants[r.t, default: ([], [])].tracks.append((r.track, r.position))
            }
            var scorer = TrackScorer(cutoff: cutoff, order: order)
            for t in instants.keys.sorted() {
                // Sorted keys: the order of instants (and so the identity-switch count) is deterministic.
                guard let v = instants[t], !atTruthInstants || !v.truth.isEmpty else { continue }
                scorer.add(truth: v.truth, tracks: v.tracks)
            }
            return scorer.summary
        }

        func run() throws {
            let s = try summary()
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
        }
    }
}
