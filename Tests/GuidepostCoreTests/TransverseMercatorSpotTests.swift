import GuidepostCore
import Testing

/// Spot values from PROJ 9 (pyproj, EPSG:4326 → EPSG:5179, always_xy); the full 500-point
/// fixture test lives in ProjectionFixtureTests.
@Suite struct TransverseMercatorSpotTests {
    static let cases: [(lon: Double, lat: Double, x: Double, y: Double)] = [
        (127.5, 38.0, 1_000_000.000000, 2_000_000.000000),
        (126.667459, 37.827810, 926_733.900386, 1_981_221.909213),
        (128.364922, 38.624331, 1_075_290.173895, 2_069_629.257294),
        (124.5, 33.5, 721_293.734265, 1_504_933.638039),
        (131.8, 43.0, 1_350_509.229687, 2_563_978.683559),
    ]

    @Test(arguments: 0..<5) func forwardMatchesPROJ(_ i: Int) {
        let c = Self.cases[i]
        let p = TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: c.lon, latitude: c.lat))
        #expect(abs(p.x - c.x) < 0.001, "x \(p.x) vs \(c.x)")
        #expect(abs(p.y - c.y) < 0.001, "y \(p.y) vs \(c.y)")
    }

    @Test(arguments: 0..<5) func inverseMatchesPROJ(_ i: Int) {
        let c = Self.cases[i]
        let g = TransverseMercator.epsg5179.inverse(Point(x: c.x, y: c.y))
        #expect(abs(g.longitude - c.lon) < 1e-8)
        #expect(abs(g.latitude - c.lat) < 1e-8)
    }
}
