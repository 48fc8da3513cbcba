import Border
import GuidepostCore
import TestSupport
import Testing

struct DemarcationLineTests {
    let line = Fixtures.standard.line

    @Test func bundledLineHasTheDocumentedLength() {
        // Planar length in EPSG:5179 against the file's haversine length, 201.13 km (sphere
        // vs ellipsoid and the grid scale factor differ by < 0.2 %).
        #expect(abs(line.length - 201_130) < 400, "length \(line.length)")
    }

    @Test func pointToFrameAndBackIsExact() {
        withEverySeed(0..<20) { seed, rng in
            for _ in 0..<200 {
                let s = rng.uniform() * line.length
                let q = line.point(AlongBorderCoordinate(s: s, d: 0))
                let p = Point(x: q.x + (rng.uniform() - 0.5) * 8000, y: q.y + (rng.uniform() - 0.5) * 8000)
                let back = line.point(line.alongBorder(p))
                #expect(back.distance(to: p) < 0.001, "seed \(seed): \(p) came back as \(back)")
            }
        }
    }

    @Test func frameToPointAndBackIsExactWithinReach() {
        let limit = min(2000, line.reach * 0.99)
        #expect(line.reach > 2000, "the bundled line's frame must be invertible across the DMZ; reach \(line.reach)")
        withEverySeed(100..<110) { seed, rng in
            for _ in 0..<300 {
                let c = AlongBorderCoordinate(s: rng.uniform() * line.length, d: (2 * rng.uniform() - 1) * limit)
                let back = line.alongBorder(line.point(c))
                #expect(abs(back.s - c.s) < 0.001 && abs(back.d - c.d) < 0.001, "seed \(seed): \(c) came back as \(back)")
            }
        }
    }

    @Test func sIsMonotoneAlongTheLineAndDIsZeroOnIt() {
        var last = -1.0
        for k in 0...2000 {
            let p = line.polyline.point(at: line.length * Double(k) / 2000)
            let c = line.alongBorder(p)
            #expect(c.s > last - 1e-6, "s went back at sample \(k)")
            #expect(abs(c.d) < 0.001)
            last = c.s
        }
    }

    @Test func dIsTheDistanceToTheLineWhereTheNearestPointIsInsideASegment() {
        withEverySeed(200..<205) { seed, rng in
            for _ in 0..<200 {
                let c = AlongBorderCoordinate(s: rng.uniform() * line.length, d: (2 * rng.uniform() - 1) * 1500)
                let p = line.point(c)
                let exact = line.distance(to: p)
                // Equal, or smaller in the wedge outside a bend (d is then the distance to the segment's line).
                #expect(abs(c.d) <= exact + 0.001, "seed \(seed) at \(c)")
            }
        }
        let mid = AlongBorderCoordinate(s: line.polyline.cumulative[40] + 10, d: 700)
        #expect(abs(line.distance(to: line.point(mid)) - 700) < 0.001)
    }

    @Test func limitLinesLieAtPlusMinus2000() {
        for d in [-2000.0, 2000.0] {
            let off = line.offsetLine(d: d)
            for p in off.resampled(every: 500) {
                #expect(abs(line.alongBorder(p).d - d) < 0.001, "limit line \(d) at \(p)")
            }
        }
    }

    @Test func northIsPositive() {
        let tm = TransverseMercator.epsg5179
        let kaesong = tm.forward(GeoCoordinate(longitude: 126.564, latitude: 37.964))
        let cheorwon = tm.forward(GeoCoordinate(longitude: 127.313, latitude: 38.146))
        #expect(line.alongBorder(kaesong).d > 2000)
        #expect(line.alongBorder(cheorwon).d < -2000)
        let jsa = tm.forward(GeoCoordinate(longitude: 126.67667, latitude: 37.95583))
        #expect(line.distance(to: jsa) < 5, "the line is pinned through the JSA")
    }

    @Test func beyondTheEndsSContinues() {
        let west = line.point(AlongBorderCoordinate(s: -3000, d: 400))
        let east = line.point(AlongBorderCoordinate(s: line.length + 3000, d: -400))
        let w = line.alongBorder(west)
        let e = line.alongBorder(east)
        #expect(abs(w.s + 3000) < 0.001 && abs(w.d - 400) < 0.001)
        #expect(abs(e.s - line.length - 3000) < 0.001 && abs(e.d + 400) < 0.001)
    }

    @Test func straightLineOracle() {
        let l = Fixtures.straightLine
        withEverySeed(0..<3) { seed, rng in
            for _ in 0..<100 {
                let p = Point(x: rng.uniform() * 20_000, y: (rng.uniform() - 0.5) * 10_000)
                let c = l.alongBorder(p)
                #expect(abs(c.s - p.x) < 1e-9 && abs(c.d - p.y) < 1e-9, "seed \(seed)")
            }
        }
    }
}
