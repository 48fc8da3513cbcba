import Border
import GuidepostCore
import Operations
import Testing

/// `AlertFront`: what goes from the tracker to the alert policy, shared by `guidepost run` and
/// `guidepost alerts` — own teams dropped, animal-classed tracks heading south doubted.
@Suite struct AlertFrontTests {
    static let line: DemarcationLine = {
        guard let l = try? MDLData.bundledLine() else { fatalError("the shipped MDL loads") }
        return l
    }()
    static let band = DemarcationBand(line: line, seed: 1)
    static let s = 120_000.0

    /// A report of `id` at (s, d) moving south at `vd` m/s (negative: south).
    static func report(_ id: String, t: Double, d: Double, ds: Double = 0, vd: Double, cls: TargetClass = .animal, p: Double = 0.5)
        -> TrackRecord
    {
        let q = line.point(AlongBorderCoordinate(s: s + ds, d: d))
        let v = line.normal(at: s + ds) * vd
        return TrackRecord(t: t, track: id, x: q.x, y: q.y, vx: v.x, vy: v.y, targetClass: cls, classProbability: p)
    }

    @Test func anAnimalWalkingSouthIsDoubtedAndOneGrazingIsNot() {
        var front = AlertFront(line: Self.line, band: Self.band)
        var walkerClasses: [Double: TargetClass] = [:]
        var grazerClasses: Set<TargetClass> = []
        var listedDoubted: [Double: Set<String>] = [:]
        for t in stride(from: 0.0, through: 300, by: 10) {
            let walker = Self.report("W", t: t, d: 1500 - 0.5 * t, vd: -0.5)
            // Grazing: back and forth within 20 m, never getting anywhere.
            let grazer = Self.report("G", t: t, d: 1500 + (Int(t) % 20 == 0 ? 10 : -10), ds: 800, vd: Int(t) % 20 == 0 ? -0.3 : 0.3)
            for r in front.hostile([walker, grazer], at: t) {
                if r.track == "W" { walkerClasses[t] = r.targetClass } else { grazerClasses.insert(r.targetClass) }
            }
            listedDoubted[t] = front.doubted
        }
        // The relabelled track is listed as doubted, scan by scan (the policy's "still an animal").
        #expect(listedDoubted[50] == [])
        #expect(listedDoubted[60] == ["W"])
        #expect(listedDoubted[300] == ["W"])
        // Southbound ≥ 60 s (southwardFor) from t = 0: doubted from t = 60 on, not before.
        #expect(walkerClasses[0] == .animal)
        #expect(walkerClasses[50] == .animal)
        #expect(walkerClasses[60] == .unknown)
        #expect(walkerClasses[300] == .unknown)
        #expect(grazerClasses == [.animal])
    }

    @Test func aReinitiatedTrackKeepsItsChainsProgress() {
        var front = AlertFront(line: Self.line, band: Self.band)
        // Track A comes 80 m south in 40 s with a stop-go velocity (never 60 s southbound), then dies.
        for t in stride(from: 0.0, through: 40, by: 10) {
            let out = front.hostile([Self.report("A", t: t, d: 1500 - 2 * t, vd: t == 20 ? 0 : -2)], at: t)
            #expect(out.first?.targetClass == .animal)
        }
        // A new track 50 m further south 200 s later joins A's chain: 130 m ≥ 100 m of progress.
        let b = front.hostile([Self.report("B", t: 240, d: 1370, vd: -0.1)], at: 240)
        #expect(b.first?.targetClass == .unknown)
        // The same report with no history is left alone.
        var fresh = AlertFront(line: Self.line, band: Self.band)
        #expect(fresh.hostile([Self.report("B", t: 240, d: 1370, vd: -0.1)], at: 240).first?.targetClass == .animal)
    }

    @Test func aConfidentAnimalCallIsDoubtedOnlyInOrSouthOfTheBand() {
        var front = AlertFront(line: Self.line, band: Self.band)
        let north = Self.band.offsets(at: Self.s).northern
        var classes: [(d: Double, cls: TargetClass)] = []
        for t in stride(from: 0.0, through: 1600, by: 10) {
            let d = north + 503 - 0.5 * t  // never on the line itself
            let r = front.hostile([Self.report("C", t: t, d: d, vd: -0.5, p: 0.9)], at: t)
            classes.append((d, r[0].targetClass))
        }
        // North of the band it stays animal however far it came; in or south of it, with ≥ 250 m
        // of progress (it started 503 m north), it is doubted.
        #expect(classes.filter { $0.d > north }.allSatisfy { $0.cls == .animal }, "\(classes.filter { $0.d > north && $0.cls != .animal }.prefix(3)) north \(north)")
        #expect(classes.filter { $0.d <= north }.allSatisfy { $0.cls == .unknown })
        #expect(classes.contains { $0.d <= north })
    }

    /// Tracks the classifier leaves `unknown` are held (listed as undecided) while young, until
    /// they move like a crosser or `undecidedHold` runs out. Without the hold, or in the old
    /// console, none is.
    @Test func undecidedTracksAreHeldWhileYoungUntilTheyHeadSouth() {
        for (hold, doubts) in [(true, true), (false, true), (true, false)] {
            var configuration = OperationsConfiguration()
            configuration.undecidedHold = hold ? 120 : 0
            var front = AlertFront(line: Self.line, band: Self.band, configuration: configuration, doubts: doubts)
            var walkerHeld: [Double: Bool] = [:]
            var grazerHeld: Set<Bool> = []
            var grazerHeldAt: [Double: Bool] = [:]
            for t in stride(from: 0.0, through: 300, by: 10) {
                let walker = Self.report("W", t: t, d: 1500 - 0.5 * t, vd: -0.5, cls: .unknown)
                let grazer = Self.report("G", t: t, d: 10 + (Int(t) % 20 == 0 ? 10 : -10), ds: 800, vd: Int(t) % 20 == 0 ? -0.3 : 0.3, cls: .unknown)
                let out = front.hostile([walker, grazer], at: t)
                #expect(out.map(\.targetClass) == [.unknown, .unknown], "held tracks still go to the policy")
                walkerHeld[t] = front.undecided.contains("W")
                grazerHeld.insert(front.undecided.contains("G"))
                grazerHeldAt[t] = front.undecided.contains("G")
            }
            if hold && doubts {
                // Southbound ≥ 60 s (southwardFor) from t = 0: released at t = 60, not before.
                #expect(walkerHeld[0] == true && walkerHeld[50] == true)
                #expect(walkerHeld[60] == false && walkerHeld[300] == false)
                // The grazer never heads south: held for its first 120 s, then let go.
                #expect(grazerHeld == [true, false])
                #expect(grazerHeldAt[110] == true && grazerHeldAt[120] == false && grazerHeldAt[300] == false)
            } else {
                #expect(walkerHeld.values.allSatisfy { !$0 } && grazerHeld == [false], "hold \(hold), doubts \(doubts)")
            }
        }
    }

    @Test func ownTeamsAreDroppedAndTheOldConsoleDoubtsNothing() {
        let team = Self.line.point(AlongBorderCoordinate(s: Self.s, d: 1000))
        for doubts in [true, false] {
            var front = AlertFront(line: Self.line, band: Self.band, doubts: doubts)
            var seen: [TargetClass] = []
            for t in stride(from: 0.0, through: 200, by: 10) {
                let near = Self.report("T", t: t, d: 1000 + 100, vd: -0.5, cls: .human, p: 0.9)
                let walker = Self.report("W", t: t, d: 1500 - 0.5 * t, ds: 2000, vd: -0.5)
                let out = front.hostile([near, walker], friendlies: [team], at: t)
                #expect(out.map(\.track) == ["W"], "the report 100 m from an own team is dropped")
                seen += out.map(\.targetClass)
            }
            #expect(seen.contains(.unknown) == doubts)
        }
    }
}
