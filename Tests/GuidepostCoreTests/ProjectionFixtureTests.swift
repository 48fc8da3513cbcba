import GuidepostCore
import Testing

/// The projections against PROJ and GEOTRANS on the ≥ 500 points of Fixtures/projection.csv
/// (the peninsula and its seas, the MDL, the box corners, a zone edge and a band edge).
@Suite struct ProjectionFixtureTests {
    let rows: [ProjectionFixtureRow]

    init() throws { rows = try ProjectionFixture.rows.get() }

    @Test func fixtureCoversEnoughPoints() {
        #expect(rows.count >= 500)
        #expect(rows.contains { $0.mgrs.hasPrefix("51") } && rows.contains { $0.mgrs.hasPrefix("52") })
        #expect(
            rows.contains { $0.mgrs.dropFirst(2).hasPrefix("S") }
                && rows.contains { $0.mgrs.dropFirst(2).hasPrefix("T") })
    }

    @Test func forwardAgreesWithPROJToAMillimetre() {
        var worst = 0.0
        for r in rows {
            let p = TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: r.lon, latitude: r.lat))
            let err = max(abs(p.x - r.x), abs(p.y - r.y))
            worst = max(worst, err)
            #expect(err < 0.001, "line \(r.line): (\(p.x), \(p.y)) vs PROJ (\(r.x), \(r.y))")
        }
        print("projection fixture: \(rows.count) points, forward max |Δ| = \(worst) m")
    }

    @Test func inverseAgreesWithPROJToANanodegree() {
        var worst = 0.0
        for r in rows {
            let g = TransverseMercator.epsg5179.inverse(Point(x: r.x, y: r.y))
            let err = max(abs(g.longitude - r.lon), abs(g.latitude - r.lat))
            worst = max(worst, err)
            #expect(err < 1e-9, "line \(r.line): (\(g.longitude), \(g.latitude)) vs (\(r.lon), \(r.lat))")
        }
        print("projection fixture: \(rows.count) points, inverse max |Δ| = \(worst)°")
    }

    @Test func mgrsMatchesGEOTRANSExactly() throws {
        for r in rows {
            let m = try MGRS(GeoCoordinate(longitude: r.lon, latitude: r.lat), precision: .metre)
            #expect(m.formatted() == r.mgrs, "line \(r.line): \(r.lon), \(r.lat)")
        }
    }

    /// MGRS → WGS84 → MGRS, through the square's middle and through its south-west corner (what
    /// GEOTRANS returns), gives the same reference back. The exception is a square cut by a zone
    /// edge (a meridian) or a band edge (a parallel), as on the 126°E and 40°N rows: the point
    /// may fall just across the edge and take the neighbouring zone's or band's reference; that
    /// reference must then name a square within 1.5 m of the original.
    @Test(arguments: [true, false]) func mgrsRoundTripsThroughWGS84(viaCenter: Bool) throws {
        var acrossEdge = 0
        for r in rows {
            let parsed = try MGRS(parsing: r.mgrs)
            #expect(parsed.formatted() == r.mgrs)
            let g = viaCenter ? parsed.center : parsed.southWestCorner
            let back = try MGRS(g, precision: .metre)
            let onEdge = abs(r.lat - (r.lat / 8).rounded() * 8) < 1e-4 || abs(r.lon - (r.lon / 6).rounded() * 6) < 1e-4
            if onEdge, back != parsed {
                acrossEdge += 1
                let a = TransverseMercator.epsg5179.forward(parsed.center)
                let b = TransverseMercator.epsg5179.forward(back.center)
                #expect(a.distance(to: b) < 1.5, "line \(r.line): \(r.mgrs) → \(g) → \(back)")
            } else {
                #expect(back == parsed, "line \(r.line): \(r.mgrs) → \(g) → \(back)")
            }
        }
        #expect(acrossEdge < 45, "only the rows on zone and band edges")
    }

    /// The reference is the truncation of the point: the point lies in its 1 m square (or at most
    /// the 0.5 mm edge tolerance short of it), never rounded to the nearer corner.
    @Test func mgrsTruncatesIntoTheSquare() throws {
        for r in rows {
            let parsed = try MGRS(parsing: r.mgrs)
            let original = UTMCoordinate(GeoCoordinate(longitude: r.lon, latitude: r.lat), zone: parsed.zone)
            let corner = parsed.utm()
            let inSquare = -0.0005..<1.0
            #expect(inSquare.contains(original.easting - corner.easting), "line \(r.line)")
            #expect(inSquare.contains(original.northing - corner.northing), "line \(r.line)")
        }
    }
}
