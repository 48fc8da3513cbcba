import Evaluation
import GuidepostCore
import Testing

/// Alarm-quality scoring does not depend on the order of the truth file, and a repeated truth
/// line is not a second sample.
@Suite struct TruthOrderTests {
    /// A person walking south across the MDL: d from 900 m to −600 m over 3000 s.
    func samples() -> [(t: Double, d: Double)] {
        stride(from: 0.0, through: 3000, by: 10).map { ($0, 900 - 0.5 * $0) }
    }

    func path(_ samples: [(t: Double, d: Double)]) -> HumanPath {
        var p = HumanPath()
        for s in samples { p.append(t: s.t, position: Point(x: 0, y: s.d), d: s.d) }
        return p
    }

    @Test func aReversedTruthFileGivesTheSamePath() {
        let sorted = path(samples())
        let reversed = path(samples().reversed())
        #expect(sorted.southwardCrossing == 1800)
        #expect(reversed == sorted)
        #expect(reversed.southwardCrossing == 1800)
        var shuffled = samples()
        var g = SeededGenerator(seed: 7)
        shuffled.shuffle(using: &g)
        #expect(path(shuffled) == sorted)
    }

    @Test func aRepeatedSampleIsRefusedNotAdded() {
        var p = path(samples())
        let count = p.times.count
        let repeatedInside = p.append(t: 100, position: Point(x: 0, y: 850), d: 850)
        let repeatedLast = p.append(t: 3000, position: Point(x: 0, y: -600), d: -600)
        #expect(!repeatedInside && !repeatedLast)
        #expect(p.times.count == count)
        let between = p.append(t: 105, position: Point(x: 0, y: 847.5), d: 847.5)
        #expect(between)
        #expect(p.times.count == count + 1)
        #expect(p.times == p.times.sorted())
    }

    @Test func theScorerReportsARepeatedHumanSample() {
        var scorer = AlertQualityScorer(alerts: [])
        let r = TruthRecord(t: 10, id: "person", x: 0, y: 0, kind: .human)
        let first = scorer.add(r, d: 5), second = scorer.add(r, d: 5)
        #expect(first && !second)
    }
}
