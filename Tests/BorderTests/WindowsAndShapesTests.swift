import Border
import GuidepostCore
import Testing

struct WindowsAndShapesTests {
    let model = Fixtures.standard

    @Test func aStripBoxHoldsItsCorners() throws {
        let b = try model.box(s: 50_000...60_000, d: -3000...3000)
        for (s, d) in [(50_000.0, -3000.0), (60_000, 3000), (55_000, 0), (50_000, 3000)] {
            #expect(b.contains(model.line.point(AlongBorderCoordinate(s: s, d: d))))
        }
        let sector = try model.box(sector: "cheorwon")
        #expect(sector.width > 20_000)
        #expect(throws: BorderError.self) { try model.box(sector: "atlantis") }
        #expect(throws: BorderError.self) { try model.box(s: 10...10, d: 0...1) }
        #expect(throws: BorderError.self) { try model.box(s: 0 ... .infinity, d: 0...1) }
    }

    @Test func userShapesAreValidatedNotTrapped() throws {
        #expect(throws: BorderError.self) { try PlanarPolygon(validating: [.zero, Point(x: 1, y: 0)], field: "area") }
        #expect(throws: BorderError.self) { try PlanarPolygon(geographic: [GeoCoordinate(longitude: 38, latitude: 128)] , field: "area") }
        #expect(throws: BorderError.self) { try PlanarPolyline(validating: [.zero, Point(x: .nan, y: 0)], field: "road") }
        let ok = try PlanarPolygon(
            geographic: [GeoCoordinate(longitude: 127.0, latitude: 38.2), GeoCoordinate(longitude: 127.01, latitude: 38.2), GeoCoordinate(longitude: 127.01, latitude: 38.21)],
            field: "area")
        // A right triangle of ≈ 876 m × 1110 m at 38.2° N: area ≈ 486,000 m² (within 1 %).
        #expect(abs(ok.area - 0.5 * 875.9 * 1110.0) / ok.area < 0.01, "area \(ok.area)")
    }
}
