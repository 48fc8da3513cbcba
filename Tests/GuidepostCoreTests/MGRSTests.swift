import GuidepostCore
import TestSupport
import Testing

@Suite struct MGRSTests {
    /// 127°E 38°N, derived by hand from its UTM position: zone 52 (⌊307/6⌋ + 1), even, so set A–H
    /// columns and rows offset by 5; the `mgrs` package gives the same string.
    @Test func lettersFollowFromTheUTMPosition() throws {
        let g = GeoCoordinate(longitude: 127, latitude: 38)
        let utm = UTMCoordinate(g)
        #expect(utm.zone == 52 && utm.isNorthern)
        let column = Array("ABCDEFGH")[Int(utm.easting / 100_000) - 1]
        let row = Array("ABCDEFGHJKLMNPQRSTUV")[(Int(utm.northing / 100_000) + 5) % 20]
        let e = Int(utm.easting) % 100_000
        let n = Int(utm.northing) % 100_000
        let m = try MGRS(g)
        #expect(m.zone == 52 && m.band == "S" && m.column == column && m.row == row)
        #expect(m.easting == e && m.northing == n)
        #expect(m.formatted() == "52SCH2439607702")
        #expect(m.formatted(spaced: true) == "52S CH 24396 07702")
    }

    /// Points all over the UTM area (southern hemisphere, one-digit zones, Norway, Svalbard) at
    /// every precision, against the `mgrs` package.
    @Test func matchesGEOTRANSWorldwide() throws {
        let rows = try MGRSWorldFixture.rows.get()
        #expect(rows.count >= 400)
        for r in rows {
            let p = try #require(MGRSPrecision(rawValue: r.digits))
            let m = try MGRS(GeoCoordinate(longitude: r.lon, latitude: r.lat), precision: p)
            #expect(m.formatted() == r.mgrs, "line \(r.line): \(r.lon), \(r.lat) at \(p)")
            #expect(try MGRS(parsing: r.mgrs) == m, "line \(r.line)")
        }
    }

    @Test func parsingIgnoresBlanksAndCase() throws {
        let a = try MGRS(parsing: "52SCH2439607702")
        #expect(try MGRS(parsing: "52s ch 24396 07702") == a)
        #expect(try MGRS(parsing: "  52S\tCH2439607702 ") == a)
        #expect(try MGRS(parsing: "4QFJ1234567890").formatted() == "04QFJ1234567890")
        #expect(try MGRS(parsing: "4qfj12346789").formatted(spaced: true) == "04Q FJ 1234 6789")
        #expect(try MGRS(parsing: "52SCH").precision == .hundredKilometres)
    }

    @Test(
        arguments: [
            ("", MGRSError.empty),
            ("   ", .empty),
            ("52S-CH", .invalidCharacter("-")),
            ("SCH1234", .missingZone),
            ("0SCH", .zoneOutOfRange("0")),
            ("61SCH", .zoneOutOfRange("61")),
            ("152SCH", .zoneOutOfRange("152")),
            ("52SC1234", .wrongLetterCount("SC")),
            ("52SCHG1234", .wrongLetterCount("SCHG")),
            ("52SCH12A4", .unexpectedCharacter("A")),
            ("52ICH", .invalidBand("I")),
            ("52ZCH", .polarBand("Z")),
            ("32XMA", .unusedZone(zone: 32, band: "X")),
            ("52SSH", .invalidColumn("S", zone: 52)),
            ("51SCH", .invalidColumn("C", zone: 51)),
            ("52SCW", .invalidRow("W")),
            ("52SCI", .invalidRow("I")),
            ("52SCH123", .oddDigitCount(3)),
            ("52SCH123456789012", .tooManyDigits(12)),
            ("52TCH", .squareOutsideBand(zone: 52, band: "T", square: "CH")),
            ("31VEJ", .squareInZone32V(square: "EJ")),
        ] as [(String, MGRSError)])
    func malformedStringsSayWhatIsWrong(_ text: String, _ expected: MGRSError) {
        #expect(throws: expected) { try MGRS(parsing: text) }
        #expect(!expected.reason.isEmpty && !expected.description.hasSuffix("."))
    }

    @Test func positionsOutsideTheUTMAreaAreRefused() {
        #expect(throws: MGRSError.latitudeOutOfRange(84.5)) { try MGRS(GeoCoordinate(longitude: 10, latitude: 84.5)) }
        #expect(throws: MGRSError.latitudeOutOfRange(-80.1)) { try MGRS(GeoCoordinate(longitude: 10, latitude: -80.1)) }
        #expect(throws: MGRSError.longitudeNotFinite(.infinity)) {
            try MGRS(GeoCoordinate(longitude: .infinity, latitude: 37))
        }
        #expect(throws: MGRSError.self) { try MGRS(GeoCoordinate(longitude: 127, latitude: .nan)) }
    }

    /// GEOTRANS (and the `mgrs` package, measured: `UTMToMGRS(52, 'N', 339608.9996, …)` gives
    /// easting 39609, `339608.9994` gives 39608) treats a value within 0.499 mm below a square edge
    /// as on the edge; strings only match if we do the same.
    @Test(arguments: [(0.9997, 39609), (0.9993, 39608), (0.5, 39608), (0.0003, 39608)])
    func valuesJustBelowAnEdgeCountAsOnIt(_ fraction: Double, _ expected: Int) throws {
        let g = UTMCoordinate(zone: 52, isNorthern: true, easting: 339_608 + fraction, northing: 4_183_558.25)
            .geoCoordinate
        let m = try MGRS(g)
        #expect(m.zone == 52 && m.easting == expected && m.northing == 83558)
    }

    @Test func longitudesWrap() throws {
        let m = try MGRS(GeoCoordinate(longitude: 127, latitude: 38))
        #expect(try MGRS(GeoCoordinate(longitude: 127 + 360 * 5, latitude: 38)) == m)
        #expect(try MGRS(GeoCoordinate(longitude: 127 - 360, latitude: 38)) == m)
        // Far out longitudes still give a valid reference (no trap on the column check).
        #expect(try MGRS(GeoCoordinate(longitude: 1e20, latitude: 38)).zone >= 1)
        #expect(try MGRS(GeoCoordinate(longitude: 180, latitude: 0)).formatted().hasPrefix("01N"))
    }

    @Test func componentsAreChecked() {
        #expect(throws: MGRSError.digitsOutOfRange(easting: 123, northing: 0, precision: .tenMetres)) {
            try MGRS(zone: 52, band: "S", column: "C", row: "H", easting: 123, northing: 0, precision: .tenMetres)
        }
        #expect(throws: MGRSError.digitsOutOfRange(easting: 100_000, northing: 0, precision: .metre)) {
            try MGRS(zone: 52, band: "S", column: "C", row: "H", easting: 100_000, northing: 0, precision: .metre)
        }
    }

    /// Over many seeds: a coarser reference is the truncation of the 1 m one, each reference
    /// parses back to itself, and its middle converts back to it (away from zone and band edges).
    @Test func precisionsNestAndReferencesRoundTrip() throws {
        try withEverySeed(0..<20) { seed, rng in
            for _ in 0..<50 {
                let g = GeoCoordinate(longitude: -180 + 360 * rng.uniform(), latitude: -80 + 164 * rng.uniform())
                let fine = try MGRS(g, precision: .metre)
                for p in MGRSPrecision.allCases {
                    let m = try MGRS(g, precision: p)
                    #expect(m == fine.truncated(to: p), "seed \(seed): \(g) at \(p)")
                    #expect(m.formatted().count == fine.formatted().count - 2 * (5 - p.digits))
                    #expect(try MGRS(parsing: m.formatted(spaced: true)) == m, "seed \(seed): \(m)")
                    // A square cut by a zone or band edge has its middle, maybe, across it.
                    let c = m.center
                    let band = Array("CDEFGHJKLMNPQRSTUVWX")[min(Int((c.latitude + 80) / 8), 19)]
                    if UTMCoordinate.zone(for: c) == m.zone, band == m.band {
                        #expect(try MGRS(c, precision: p) == m, "seed \(seed): \(m)")
                    }
                }
            }
        }
    }

    @Test func precisionSides() {
        #expect(MGRSPrecision.allCases.map(\.metres) == [100_000, 10_000, 1_000, 100, 10, 1])
        #expect(MGRSPrecision(metres: 100) == .hundredMetres)
        #expect(MGRSPrecision(metres: 5) == nil)
    }
}
