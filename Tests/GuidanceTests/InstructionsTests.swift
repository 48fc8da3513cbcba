import Border
import Foundation
import Guidance
import GuidepostCore
import Testing

/// Instructions on a hand-made window with a known corridor, a gate and the MDL.
struct InstructionsTests {
    static let lane = [Point(x: 5200, y: 300), Point(x: 5200, y: -600), Point(x: 5600, y: -1000), Point(x: 5600, y: -1400)]

    static func world() throws -> BorderModel {
        let fence = Fence(
            id: "test-fence", kind: .rokGOP, line: PlanarPolyline([Point(x: 4000, y: -1200), Point(x: 7000, y: -1200)]),
            gates: [Gate(id: "gate-test", kind: .gate, position: Point(x: 5600, y: -1200), radius: 8)])
        return try BorderFixtures.world(
            minefields: [BorderFixtures.minefield("f", BorderFixtures.box(4800, -1600, 6000, 600), density: 0.004)],
            corridors: [BorderFixtures.lane("lane", "Test Lane", lane)], fences: [fence])
    }

    @Test func instructionsFollowTheCorridorAndAddUp() throws {
        let world = try Self.world()
        let surface = BorderFixtures.surface(world, try BorderFixtures.window(5000, -1500, 5800, 400))
        let route = try #require(BorderFixtures.route(surface, from: Self.lane[0], to: Self.lane[3]))
        let report = RouteReport(cells: route.cells, on: surface)
        let text = RouteInstructions(cells: route.cells, surface: surface, model: world, destination: "the reception point")
        let all = text.sentences.joined(separator: " ")
        #expect(all.contains("along the Test Lane"), "\(all)")
        #expect(all.contains("through gate-test in the GOP fence"), "\(all)")
        #expect(all.contains("across the MDL into the South"), "\(all)")
        #expect(text.sentences.last?.hasSuffix("to the reception point.") == true)
        #expect(text.sentences.first?.hasPrefix("Walk south ") == true, "\(text.sentences)")
        #expect(text.sentences.contains { $0.hasPrefix("Walk south-east ") })
        // The legs' lengths add up to the route's; each spoken distance is within 5 m of its leg.
        let total = text.legs.map(\.length).reduce(0, +)
        #expect(abs(total - report.length) < 1e-6)
        for leg in text.legs {
            #expect(abs(Double(leg.roundedLength) - leg.length) <= 5 || leg.length < 10)
            #expect(leg.roundedLength % 10 == 0)
        }
        // Waypoints: the start, then each leg's end; the last is the goal's centre.
        #expect(text.waypoints.count == text.legs.count + 1)
        #expect(text.waypoints.last == surface.centre(of: route.cells[route.cells.count - 1]))
        // The first leg is about 900 m of straight lane, rounded to tens.
        let first = try #require(text.legs.first)
        #expect(first.feature == .corridor(name: "Test Lane", kind: .patrolRoad))
        #expect(abs(Double(first.roundedLength) - 900) <= 30)
    }

    @Test func compassPoints() {
        #expect(CompassDirection(dx: 0, dy: 1) == .north)
        #expect(CompassDirection(dx: 1, dy: -1) == .southEast)
        #expect(CompassDirection(dx: -1, dy: 0.1) == .west)
        #expect(CompassDirection(dx: -0.3, dy: -1) == .south)
        #expect(CompassDirection(dx: -1, dy: 1) == .northWest)
    }

    @Test func geoJSONCarriesTheRouteAndItsReport() throws {
        let world = try Self.world()
        let surface = BorderFixtures.surface(world, try BorderFixtures.window(5000, -1500, 5800, 400))
        let route = try #require(BorderFixtures.route(surface, from: Self.lane[0], to: Self.lane[3]))
        let report = RouteReport(cells: route.cells, on: surface)
        let text = RouteInstructions(cells: route.cells, surface: surface, model: world)
        // The fixture's frame is metres near (0, 0); place it in EPSG:5179 terms for lon/lat.
        let doc = RouteGeoJSON.document(routes: [.init(role: "person", instructions: text, report: report)])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(doc.utf8)) as? [String: Any])
        #expect(json["type"] as? String == "FeatureCollection")
        let features = try #require(json["features"] as? [[String: Any]])
        #expect(features.count == 1 + text.legs.count)
        let line = try #require(features.first)
        let geometry = try #require(line["geometry"] as? [String: Any])
        let coords = try #require(geometry["coordinates"] as? [[Double]])
        #expect(coords.count == text.waypoints.count)
        let props = try #require(line["properties"] as? [String: Any])
        #expect(abs((props["time_s"] as? Double ?? -1) - report.time) < 0.06)
        #expect(abs((props["length_m"] as? Double ?? -1) - report.length) < 0.06)
        #expect(props["mine_risk"] as? Double != nil && props["exposure_s"] as? Double != nil)
        // Each waypoint round-trips through lon/lat to the millimetre (7 decimals ≈ 1 cm).
        for (p, c) in zip(text.waypoints, coords) {
            let back = TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: c[0], latitude: c[1]))
            #expect(back.distance(to: p) < 0.02)
        }
        #expect(doc == RouteGeoJSON.document(routes: [.init(role: "person", instructions: text, report: report)]))
    }
}
