import Border
import GuidepostCore
import Simulation
import Testing

/// Line of sight is judged along the exact line to the target: a man lying in a 4 m stream bed
/// that runs straight away from a TOD through dense forest is in sight, one 30 m beside it in
/// the forest is not, and the nearest-ray answer cannot put him behind the trees.
@Suite struct ExactSightLineTests {
    @Test func aStreamBedRunningAwayFromTheTODIsOpenToItAndTheForestBesideItIsNot() throws {
        let a = AlongBorderCoordinate(s: 93000, d: -1500), b = AlongBorderCoordinate(s: 93000, d: 1500)
        let terrain = """
            [{kind: vegetation, cover: 0.9, polygon: [{s: 88000, d: -3000}, {s: 98000, d: -3000}, {s: 98000, d: 3000}, {s: 88000, d: 3000}]},
             {kind: hill, at: {s: 93000, d: -1500}, height: 40, radius: 400},
             {kind: stream, width: 4, depth: 1, flow: 0.2, line: [{s: 93000, d: -1500}, {s: 93000, d: 1500}]}]
            """
        let (_, border) = try TestWorld.world(TestWorld.yaml(deployment: "{default: false}", actors: "[]", terrain: terrain, duration: "1m"))
        let observer = TestWorld.line.point(a), end = TestWorld.line.point(b)
        let along = (end - observer).normalized
        var map = HorizonMap(border: border, observer: observer, height: 12, range: 4000, rayCount: 418, lazily: true)
        var inStream = 0, besideSeen = 0
        for k in 0..<20 {
            let r = 800 + Double(k) * 50
            let p = observer + along * r
            if map.lookUpExactly(p, height: 0.4) { inStream += 1 }
            #expect(map.exactlyVisible(p, height: 0.4) == map.lookUpExactly(p, height: 0.4), "the cache answers as the line")
            if map.lookUpExactly(p + along.perpendicularLeft * 30, height: 0.4) { besideSeen += 1 }
        }
        #expect(inStream >= 18, "in the stream bed at 0.8–1.75 km: \(inStream) of 20 in sight")
        #expect(besideSeen == 0, "30 m beside it in cover 0.9: \(besideSeen) of 20 in sight")
    }
}
