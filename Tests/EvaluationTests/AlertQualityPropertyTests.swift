import Evaluation
import GuidepostCore
import Testing

/// The scorer against a brute-force oracle on random runs (straight border, d = y): every
/// alert's match and every crosser's first alert must agree, over 25 seeds. Half the alerts
/// count from a later answer than their raise (`--acted-on`): contacts before it count at it.
struct AlertQualityPropertyTests {
    struct Run {
        var truth: [TruthRecord] = []
        var alerts: [ScoredAlert] = []
        var reports: [(track: String, t: Double, position: Point)] = []
    }

    static func uniform(_ rng: inout SeededGenerator, _ range: ClosedRange<Double>) -> Double {
        Double.random(in: range, using: &rng)
    }

    /// People walking south across the MDL, patrols along d = 1500, animals wandering; alerts
    /// whose tracks follow one of them (offset up to 250 m) or sit still anywhere, reported every 5 s.
    static func makeRun(seed: UInt64) -> Run {
        var rng = SeededGenerator(seed: seed)
        var run = Run()
        for i in 0..<Int.random(in: 1...5, using: &rng) {
            let x = uniform(&rng, 0...20_000), t0 = uniform(&rng, 0...2000), v = uniform(&rng, 0.5...1.5)
            for t in stride(from: t0, through: t0 + 4300 / v, by: 10) {
                run.truth.append(TruthRecord(t: t, id: "p\(i)", x: x, y: 2500 - v * (t - t0), kind: .human))
            }
        }
        for i in 0..<Int.random(in: 0...2, using: &rng) {
            let x0 = uniform(&rng, 0...20_000)
            for t in stride(from: 0.0, through: 6000, by: 10) {
                run.truth.append(TruthRecord(t: t, id: "k\(i)", x: x0 + 0.9 * t, y: 1500, kind: .human))
            }
        }
        for i in 0..<Int.random(in: 0...10, using: &rng) {
            var p = Point(x: uniform(&rng, 0...20_000), y: uniform(&rng, -2000...2000))
            for t in stride(from: 0.0, through: 6000, by: 10) {
                run.truth.append(TruthRecord(t: t, id: "a\(i)", x: p.x, y: p.y, kind: .animal))
                p = p + Vector2(uniform(&rng, -4...4), uniform(&rng, -4...4))
            }
        }
        let ids = Set(run.truth.map(\.id)).sorted()
        let byID = Dictionary(grouping: run.truth, by: \.id)
        for k in 0..<Int.random(in: 1...8, using: &rng) {
            let t0 = (uniform(&rng, 0...5000) / 5).rounded() * 5
            // Half the alerts count from a later answer (acted on up to 300 s after the raise).
            let answered = Bool.random(using: &rng) ? t0 + (uniform(&rng, 0...300) / 5).rounded() * 5 : t0
            var alert = ScoredAlert(id: "A\(k + 1)", t: answered, track: "T\(k)", since: t0)
            let followed = Int.random(in: 0...ids.count, using: &rng)  // ids.count: sits still
            let offset = Vector2(uniform(&rng, -180...180), uniform(&rng, -180...180))
            let still = Point(x: uniform(&rng, 0...20_000), y: uniform(&rng, -2500...3500))
            for t in stride(from: t0 - 50, through: t0 + 400, by: 5) {
                let p = followed < ids.count ? Self.truthAt(byID[ids[followed]] ?? [], t: t).map { $0 + offset } : still
                if let p { run.reports.append(("T\(k)", t, p)) }
            }
            if Bool.random(using: &rng) {
                alert.merge(track: "M\(k)", at: t0 + 200)
                let q = Point(x: uniform(&rng, 0...20_000), y: uniform(&rng, -2000...2500))
                for t in stride(from: t0, through: t0 + 400, by: 5) { run.reports.append(("M\(k)", t, q)) }
            }
            run.alerts.append(alert)
        }
        return run
    }

    /// Linear interpolation by scanning (the oracle's own, independent of HumanPath).
    static func truthAt(_ s: [TruthRecord], t: Double) -> Point? {
        for (a, b) in zip(s, s.dropFirst()) where a.t <= t && t <= b.t {
            let f = (t - a.t) / (b.t - a.t)
            return Point(x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y))
        }
        return nil
    }

    @Test(arguments: 1...25 as ClosedRange<UInt64>)
    func scorerAgreesWithBruteForce(seed: UInt64) {
        let run = Self.makeRun(seed: seed)
        let r = 150.0
        var scorer = AlertQualityScorer(alerts: run.alerts)
        for rep in run.reports { scorer.add(track: rep.track, t: rep.t, position: rep.position) }
        for t in run.truth.sorted(by: { ($0.t, $0.id) < ($1.t, $1.id) }) { scorer.add(t, d: t.kind == .human ? t.y : nil) }
        let report = scorer.report(borderLength: 20_000, duration: 6000)

        let humans = Set(run.truth.filter { $0.kind == .human }.map(\.id)).sorted()
        let byID = Dictionary(grouping: run.truth, by: \.id)
        let animalsBy10s = Dictionary(grouping: run.truth.filter { $0.kind == .animal }) { Int(($0.t / 10).rounded(.down)) }
        let crossers = humans.filter { id in run.truth.contains { $0.id == id && $0.y <= 0 } }
        var firstAlert: [String: Double] = [:]
        var expected: [AlertQualityReport.Match] = []
        for alert in run.alerts {
            var match = AlertQualityReport.Match.clutter
            var onHuman = false, onCrosser = false
            for m in alert.members {
                for rep in run.reports where rep.track == m.track && rep.t >= m.since {
                    for h in humans {
                        guard let p = Self.truthAt(byID[h] ?? [], t: rep.t), p.distance(to: rep.position) <= r else { continue }
                        onHuman = true
                        if crossers.contains(h) {
                            onCrosser = true
                            if p.y <= 3000 { firstAlert[h] = min(firstAlert[h] ?? .infinity, max(rep.t, alert.t)) }
                        }
                    }
                    let near = (Int(((rep.t - 5) / 10).rounded(.down))...Int(((rep.t + 5) / 10).rounded(.down))).flatMap {
                        animalsBy10s[$0] ?? []
                    }
                    if near.contains(where: { abs($0.t - rep.t) <= 5 && $0.position.distance(to: rep.position) <= r }) {
                        if match == .clutter { match = .animal }
                    }
                }
            }
            expected.append(onCrosser ? .crosser : onHuman ? .otherHuman : match)
        }
        #expect(report.alerts.map(\.match) == expected, "seed \(seed)")
        #expect(report.crossings.map(\.id) == crossers, "seed \(seed)")
        for c in report.crossings { #expect(c.firstAlert == firstAlert[c.id], "seed \(seed), \(c.id)") }
        #expect(report.nonCrossingHumans == humans.count - crossers.count, "seed \(seed)")
    }
}
