import Evaluation
import GuidepostCore
import Testing

/// GOSPA and OSPA against hand-computed values.
struct ScoringTests {
    @Test func gospaSplitsIntoParts() {
        let g = GOSPA(cutoff: 10, order: 1)
        let truth = [origin, origin + Vector2(100, 0), origin + Vector2(200, 0)]
        let tracks = [origin + Vector2(3, 4), origin + Vector2(100, 20), origin + Vector2(500, 0), origin + Vector2(600, 0)]
        let r = g.evaluate(truth: truth, estimates: tracks)
        // One pair at 5 m; truths 2 and 3 missed (c/2 each); estimates 2, 3, 4 false (c/2 each).
        #expect(abs(r.localisation - 5) < 1e-9)
        #expect(r.missed == 10)
        #expect(r.falseTracks == 15)
        #expect(abs(r.distance - 30) < 1e-9)
        #expect(r.assignment == [0, nil, nil])
    }

    @Test func ospaOfEqualSetsIsZeroAndCardinalityCostsC() {
        let o = OSPA(cutoff: 50, order: 2)
        let a = [origin, origin + Vector2(10, 0)]
        #expect(o.distance(a, a) == 0)
        #expect(abs(o.distance(a, [origin]) - (50 * 50 / 2.0).squareRoot()) < 1e-9)
        #expect(o.distance([], []) == 0)
    }

    @Test func identitySwitchIsCounted() {
        var s = TrackScorer(cutoff: 50, order: 1)
        s.add(truth: [("a", origin)], tracks: [("T1", origin)])
        s.add(truth: [("a", origin)], tracks: [("T2", origin)])
        s.add(truth: [("a", origin)], tracks: [])
        s.add(truth: [("a", origin)], tracks: [("T2", origin)])
        #expect(s.summary.identitySwitches == 1)
    }
}
