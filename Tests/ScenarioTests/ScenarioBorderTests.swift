import Border
import GuidepostCore
import Scenario
import Testing

/// Scenarios become borders: every bundled scenario builds its BorderModel, and its terrain
/// overrides land where the file puts them.
@Suite struct ScenarioBorderTests {
    static func resolved(_ name: String) throws -> ResolvedScenario {
        try ScenarioLoader.load(file: ScenarioFilesTests.directory + "/" + name + ".yaml").resolve(
            in: MDLData.bundledLine())
    }

    @Test(arguments: ScenarioFilesTests.files)
    func everyScenarioBuildsItsBorder(_ file: String) throws {
        let r = try Self.resolved(String(file.dropLast(5)))
        let model = try r.makeBorderModel()
        let base = try BorderModel(seed: ResolvedScenario.borderSeed)
        let terrain = r.document.terrain ?? []
        let added = terrain.filter { [.minefield, .road, .path, .rail, .stream, .river, .tidalFlat, .fence].contains($0.kind) }
        let featureCount = { (m: BorderModel) in
            m.minefields.count + m.corridors.count + m.waterways.count + m.fences.count
        }
        #expect(featureCount(model) == featureCount(base) + added.count, "\(file)")
    }

    @Test func theFenceJumpMinefieldIsWhereTheFileSaysWithItsDensity() throws {
        let r = try Self.resolved("2020-11-03-goseong-fence-jump")
        let model = try r.makeBorderModel()
        let field = try #require(r.document.terrain?.first { $0.kind == .minefield })
        let corners = (field.polygon ?? []).compactMap(\.planarPoint)
        try #require(corners.count == 4)
        let centre = Point(x: corners.map(\.x).reduce(0, +) / 4, y: corners.map(\.y).reduce(0, +) / 4)
        let inside = model.sample(at: centre)
        #expect(inside.mineDensity >= 0.005)
        let mine = try #require(model.minefields.first { $0.id.rawValue.hasPrefix("2020-11-03-goseong-fence-jump") })
        #expect(mine.density == 0.005)
        #expect(mine.knowledge == .unconfirmed)
    }

    @Test func theSwimmersUnlistedCulvertIsInTheCoastalFence() throws {
        let r = try Self.resolved("2021-02-16-goseong-swimmer")
        let model = try r.makeBorderModel()
        let culvertEntry = r.document.terrain?.first { $0.kind == .culvert }
        let culvert = try #require(culvertEntry?.at?.planarPoint)
        let gates = model.fences.flatMap(\.gates).filter { $0.kind == .culvert }
        #expect(gates.contains { $0.position.distance(to: culvert) < 1 })
    }

    @Test func aNearAnchorBeyondTheWesternEndIsAnchoredToTheEnd() throws {
        let line = try MDLData.bundledLine()
        let west = TransverseMercator.epsg5179.inverse(line.point(AlongBorderCoordinate(s: -500, d: 0)))
        let resolver = PositionResolver(frame: line)
        #expect(resolver.s(nearest: west) == 0)
    }

    @Test func plannedPathsFollowTheRoutes() throws {
        let r = try Self.resolved("2019-07-31-imjin-river-float")
        let soldier = try #require(r.plannedPaths.first { $0.actor == "soldier" })
        #expect(soldier.kind == .person)
        let route = r.document.actors.first { $0.id == "soldier" }?.route
        #expect(soldier.points.count == route?.count)
    }
}
