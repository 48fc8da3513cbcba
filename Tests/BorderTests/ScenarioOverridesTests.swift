import Border
import GuidepostCore
import Testing

/// The override kinds the Scenario module's YAML names (ridge, hill, tidal flat, culvert on the
/// nearest fence, post removal) have Border values that do what they say.
struct ScenarioOverridesTests {
    @Test func aRidgeAndAHillRiseWithACosineProfile() throws {
        var o = BorderOverrides()
        o.relief = [
            TerrainRelief(shape: .ridge(PlanarPolyline([Point(x: 0, y: 500), Point(x: 10_000, y: 500)]), halfWidth: 200), height: 60),
            TerrainRelief(shape: .hill(Point(x: 15_000, y: -1000), radius: 300), height: 40),
        ]
        // Relief adds to the procedural ground: compare with the same world without it.
        let base = try BorderModel(line: Fixtures.straightLine, seed: 1, layers: BorderLayers())
        let world = try BorderModel(line: Fixtures.straightLine, seed: 1, layers: BorderLayers(), overrides: o)
        func rise(_ p: Point) -> Double { world.sample(at: p).elevation - base.sample(at: p).elevation }
        #expect(abs(rise(Point(x: 5000, y: 500)) - 60) < 1e-9)
        #expect(abs(rise(Point(x: 5000, y: 600)) - 30) < 1e-9, "half height at half width")
        #expect(abs(rise(Point(x: 5000, y: 750))) < 1e-9)
        #expect(abs(rise(Point(x: 15_000, y: -1000)) - 40) < 1e-9)
        #expect(abs(rise(Point(x: 15_000, y: -1000 + 150)) - 20) < 1e-9)
        var bad = BorderOverrides()
        bad.relief = [TerrainRelief(shape: .hill(.zero, radius: 0), height: 10)]
        #expect(throws: BorderError.self) { try BorderModel(line: Fixtures.straightLine, seed: 1, layers: BorderLayers(), overrides: bad) }
    }

    @Test func aVegetationPatchLeavesAStreamBedOpen() throws {
        // A 4 m stream (bank 5 m) along y = 500 under a closed-forest patch.
        var o = BorderOverrides()
        o.waterways = FeatureEdits(upserts: [
            Waterway(id: "brook", kind: .stream, name: "brook", shape: .channel(PlanarPolyline([Point(x: 0, y: 500), Point(x: 4000, y: 500)]), halfWidth: 2, bankWidth: 5))
        ])
        o.terrain = [TerrainPatch(area: Fixtures.box(0, 0, 4000, 1000), vegetation: 0.85)]
        let world = try BorderModel(line: Fixtures.straightLine, seed: 1, layers: BorderLayers(), overrides: o)
        let bed = world.sample(at: Point(x: 2000, y: 500)), bank = world.sample(at: Point(x: 2000, y: 505))
        let forest = world.sample(at: Point(x: 2000, y: 540))
        #expect(bed.flags.contains(.stream) && bed.vegetation == 0, "the stream bed is open to the sky")
        #expect(bank.flags.contains(.bank) && bank.vegetation <= 0.1, "its bank stays clear")
        #expect(forest.vegetation == 0.85, "control: the patch holds beside it")
    }

    @Test func aTidalFlatIsWalkableGroundNotWater() throws {
        var o = BorderOverrides()
        o.waterways = FeatureEdits(upserts: [Waterway(id: "flat", kind: .tidalFlat, name: "flat", shape: .area(Fixtures.box(0, 0, 1000, 1000)))])
        let world = try BorderModel(line: Fixtures.straightLine, seed: 1, layers: BorderLayers(), overrides: o)
        let s = world.sample(at: Point(x: 500, y: 500))
        #expect(s.flags.contains(.bank) && !s.flags.contains(.water))
        #expect(s.passability > 0 && s.passability < 1)
        #expect(s.elevation <= 1)
    }

    @Test func aChannelAcrossATidalFlatLiesAtSeaLevelWithoutBerms() throws {
        // The 2024 estuary: a 200 m river (bank 50 m) across a tidal flat. An inland river sits at
        // 0.55 × the regional ground with banks carved up from it; across a flat it is tidal.
        var o = BorderOverrides()
        o.waterways = FeatureEdits(upserts: [
            Waterway(id: "flat", kind: .tidalFlat, name: "flat", shape: .area(Fixtures.box(0, -2000, 4000, 2000))),
            Waterway(id: "channel", kind: .river, name: "channel", shape: .channel(PlanarPolyline([Point(x: 0, y: 300), Point(x: 4000, y: 300)]), halfWidth: 100, bankWidth: 50)),
        ])
        let world = try BorderModel(line: Fixtures.straightLine, seed: 1, layers: BorderLayers(), overrides: o)
        let water = world.sample(at: Point(x: 2000, y: 300))
        #expect(water.flags.contains(.water) && water.elevation == 0, "tidal channel at \(water.elevation) m")
        for y in [160.0, 180, 420, 440, 600, -500] {
            let g = world.sample(at: Point(x: 2000, y: y))
            #expect(!g.flags.contains(.water) && g.elevation <= 1, "y = \(y): \(g.elevation) m")
        }
        // Control: the same river inland keeps its raised level.
        var inland = BorderOverrides()
        inland.waterways = FeatureEdits(upserts: [o.waterways.upserts[1]])
        let dry = try BorderModel(line: Fixtures.straightLine, seed: 1, layers: BorderLayers(), overrides: inland)
        #expect(dry.sample(at: Point(x: 2000, y: 300)).elevation > 1)
    }

    @Test func aCulvertGoesIntoTheNearestFenceAndPostsCanBeRemovedByArea() throws {
        let base = Fixtures.standard
        let onFence = base.line.point(AlongBorderCoordinate(s: 120_000, d: -2000))
        let gop = try #require(base.posts.first { $0.kind == .generalOutpost })
        var o = BorderOverrides()
        o.addedGates = [.init(fence: nil, gate: Gate(id: "unlisted", kind: .culvert, position: onFence, radius: 1))]
        o.postRemovals = [.init(centre: gop.position, radius: 10)]
        let m = try BorderModel(seed: 7, overrides: o)
        #expect(m.fences.first { $0.id == "gop-fence" }?.gates.contains { $0.id == "unlisted" } == true)
        #expect(m.sample(at: onFence).flags.contains(.culvert))
        #expect(m.post(gop.id) == nil && m.posts.count == base.posts.count - 1)
        var far = BorderOverrides()
        far.addedGates = [.init(fence: nil, gate: Gate(id: "nowhere", kind: .culvert, position: base.line.point(AlongBorderCoordinate(s: 120_000, d: 0))))]
        #expect(throws: BorderError.self) { try BorderModel(seed: 7, overrides: far) }
    }
}
