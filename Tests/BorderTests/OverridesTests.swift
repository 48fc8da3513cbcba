import Border
import GuidepostCore
import Testing

struct OverridesTests {
    @Test func upsertsReplaceAndRemovalsDrop() throws {
        let base = Fixtures.standard
        let target = base.line.point(AlongBorderCoordinate(s: 150_000, d: -500))
        var o = BorderOverrides()
        let square = PlanarPolygon([target + Vector2(-50, -50), target + Vector2(50, -50), target + Vector2(50, 50), target + Vector2(-50, 50)])
        o.minefields = FeatureEdits(upserts: [Minefield(id: "scenario-field", shape: .polygon(square), density: 0.05, knowledge: .confirmed)])
        let post = try #require(base.posts.first { $0.kind == .rokGuardPost })
        o.postStatus = [.init(post: post.id, status: .withdrawn)]
        o.addedGates = [.init(fence: "coastal-fence", gate: Gate(id: "unknown-culvert", kind: .culvert, position: target))]
        let m = try BorderModel(seed: 7, overrides: o)
        #expect(abs(m.sample(at: target).mineDensity - 0.05) < 1e-12)
        #expect(m.sample(at: target).flags.contains(.confirmedMines))
        #expect(m.post(post.id)?.status == .withdrawn)
        #expect(m.fences.first { $0.id == "coastal-fence" }?.gates.contains { $0.id == "unknown-culvert" } == true)

        var remove = BorderOverrides()
        remove.minefields = FeatureEdits(removals: ["dmz-unconfirmed"])
        let bare = try BorderModel(seed: 7, overrides: remove)
        #expect(!bare.minefields.contains { $0.id == "dmz-unconfirmed" })
        #expect(bare.minefields.count == base.minefields.count - 1)
    }

    @Test func impossibleOverridesAreRejected() {
        var o = BorderOverrides()
        o.addedGates = [.init(fence: "no-such-fence", gate: Gate(id: "g", kind: .gate, position: .zero))]
        #expect(throws: BorderError.self) { try BorderModel(seed: 1, overrides: o) }
        var neg = BorderOverrides()
        neg.minefields = FeatureEdits(upserts: [Minefield(id: "x", shape: .band(s: 0...1, d: 0...1), density: -1, knowledge: .confirmed)])
        #expect(throws: BorderError.self) { try BorderModel(seed: 1, overrides: neg) }
        var veg = BorderOverrides()
        veg.terrain = [TerrainPatch(area: Fixtures.box(0, 0, 1, 1), vegetation: 2)]
        #expect(throws: BorderError.self) { try BorderModel(seed: 1, overrides: veg) }
    }
}
