import Border
import GuidepostCore
import Operations
import Testing

/// A sector's engine in a cluster (`OperationsConfiguration.ownStretch`, issue 20): fed an apron
/// of its neighbours' stretches, it leaves a track first seen there to the neighbour — no alert,
/// not shown — until the track has come `adoptWithin` metres inside its own stretch, and keeps a
/// track born inside wherever it walks. Without a stretch nothing changes.
@Suite struct NeighbourTrackTests {
    static let line = AlertFrontTests.line
    static let band = AlertFrontTests.band
    /// This engine's stretch: 10 km of the MDL from s = 120 km.
    static let stretch = 120_000.0...130_000.0

    static func front(_ stretch: ClosedRange<Double>? = Self.stretch, grace: Double = 0) -> AlertFront {
        var c = OperationsConfiguration()
        c.ownStretch = stretch
        c.adoptWithin = 1000
        c.neighbourGrace = grace
        return AlertFront(line: line, band: band, configuration: c)
    }

    /// A person at (s, d) walking along the border at `vs` m/s.
    static func report(_ id: String, t: Double, s: Double, d: Double = -500) -> TrackRecord {
        let q = line.point(AlongBorderCoordinate(s: s, d: d))
        return TrackRecord(t: t, track: id, x: q.x, y: q.y, vx: 0, vy: 0, targetClass: .human, classProbability: 0.9)
    }

    @Test func aTrackFromTheNeighbourIsItsUntilItIsWellInside() {
        var front = Self.front()
        var kept: [Double: Bool] = [:]
        // A person born 1.5 km west of the boundary (the neighbour's), walking east 10 m/s-steps.
        for k in 0...40 {
            let t = Double(k) * 10, s = 118_500 + Double(k) * 100
            kept[s] = !front.hostile([Self.report("N", t: t, s: s)], at: t).isEmpty
        }
        #expect(kept[118_500] == false, "born in the neighbour's stretch: the neighbour's")
        #expect(kept[120_500] == false, "500 m inside: still the neighbour's, who sees him")
        #expect(kept[120_900] == false)
        #expect(kept[121_100] == true, "past 1 km inside: taken on here")
        #expect(kept[122_500] == true)
    }

    @Test func aTrackBornInsideStaysThisEnginesWhereverItWalks() {
        var front = Self.front()
        for k in 0...30 {
            let t = Double(k) * 10, s = 120_800 - Double(k) * 100  // walks west out of the stretch
            #expect(!front.hostile([Self.report("O", t: t, s: s)], at: t).isEmpty, "at s = \(s)")
        }
    }

    @Test func withoutAStretchEveryTrackIsThisEnginesAndAnOpenEndTakesAllBeyondIt() {
        var plain = Self.front(nil)
        #expect(!plain.hostile([Self.report("X", t: 0, s: 100_000)], at: 0).isEmpty)
        // The first sector's stretch is open to the west: a track born beyond its end is its own.
        var first = Self.front(-Double.infinity...130_000)
        #expect(!first.hostile([Self.report("W", t: 0, s: 50_000)], at: 0).isEmpty)
        // A track born east of it is the neighbour's until 1 km inside.
        #expect(first.hostile([Self.report("E", t: 0, s: 130_500)], at: 0).isEmpty)
        #expect(first.hostile([Self.report("E", t: 10, s: 129_500)], at: 10).isEmpty)
        #expect(!first.hostile([Self.report("E", t: 20, s: 128_900)], at: 20).isEmpty)
    }

    /// With a grace (the default 180 s: longer than a watch's hand-over lag), a neighbour's track
    /// stays the neighbour's for that long after it came 1 km inside, waiting for the neighbour
    /// to hand its incident across; a track taken on with a handed-across incident is this
    /// engine's at once, wherever it walks.
    @Test func aNeighboursTrackWaitsOutTheGraceUnlessItsIncidentIsHandedAcross() throws {
        #expect(OperationsConfiguration().neighbourGrace == 180)
        var front = Self.front(grace: 180)
        var firstKept: Double?
        // Born 1.5 km west of the boundary, walking east 1 m/s: 1 km inside at t = 2500.
        for k in 0...400 {
            let t = Double(k) * 10
            if !front.hostile([Self.report("N", t: t, s: 118_505 + t)], at: t).isEmpty, firstKept == nil { firstKept = t }
        }
        #expect(firstKept == 2680, "1 km inside at t = 2500, taken on 180 s later")
        // Another, adopted while still in the apron: this engine's at once.
        var other = Self.front(grace: 180)
        #expect(other.hostile([Self.report("M", t: 0, s: 119_000)], at: 0).isEmpty)
        other.adopt(chain: try #require(other.chains.chain(of: "M")))
        #expect(!other.hostile([Self.report("M", t: 10, s: 119_010)], at: 10).isEmpty)
        #expect(!other.isNeighbours(Self.report("M", t: 10, s: 119_010)))
    }
}
