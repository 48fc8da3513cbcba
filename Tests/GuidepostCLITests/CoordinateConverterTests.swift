import GuidepostCore
import TestSupport
import Testing

@testable import guidepost

@Suite struct CoordinateConverterTests {
    private func convert(
        _ text: String, from: CoordinateSystem, to: CoordinateSystem, precision: MGRSPrecision = .metre
    ) -> Result<String, InputError> {
        CoordinateConverter(from: from, to: to, frame: StraightLineFrame(), mgrsPrecision: precision)
            .convert(text, source: "<test>", line: 7)
    }

    @Test func byteOrderMarkIsIgnored() throws {
        #expect(try convert("\u{FEFF}127,38", from: .wgs84, to: .mgrs).get() == "52SCH2439607702")
        #expect(try convert("\u{FEFF}52SCH2407", from: .mgrs, to: .mgrs).get() == "52SCH2407")
    }

    @Test func wgs84ToEPSG5179UsesTheProjection() throws {
        // The origin of EPSG:5179 is exact; the other point is PROJ's (TransverseMercatorSpotTests).
        #expect(try convert("127.5,38", from: .wgs84, to: .epsg5179).get() == "1000000.000,2000000.000")
        #expect(try convert("126.667459 37.827810", from: .wgs84, to: .epsg5179).get() == "926733.900,1981221.909")
        #expect(
            try convert("  126.667459 ,\t37.827810 ", from: .wgs84, to: .epsg5179).get() == "926733.900,1981221.909")
    }

    @Test func epsg5179ToWGS84RoundTrips() throws {
        try withEverySeed(0..<5) { seed, rng in
            for _ in 0..<40 {
                let g = GeoCoordinate(longitude: 124.5 + 7 * rng.uniform(), latitude: 33.5 + 9.5 * rng.uniform())
                let xy = try convert("\(g.longitude),\(g.latitude)", from: .wgs84, to: .epsg5179).get()
                let back = try convert(xy, from: .epsg5179, to: .wgs84).get().split(separator: ",").compactMap {
                    Double($0)
                }
                // x, y are printed to the millimetre: about 1e-8° either way.
                #expect(
                    back.count == 2 && abs(back[0] - g.longitude) < 2e-8 && abs(back[1] - g.latitude) < 2e-8,
                    "seed \(seed): \(g) → \(xy) → \(back)")
            }
        }
    }

    @Test func mgrsBothWaysAtEveryPrecision() throws {
        #expect(try convert("127,38", from: .wgs84, to: .mgrs).get() == "52SCH2439607702")
        #expect(try convert("127,38", from: .wgs84, to: .mgrs, precision: .kilometre).get() == "52SCH2407")
        #expect(try convert("127,38", from: .wgs84, to: .mgrs, precision: .hundredKilometres).get() == "52SCH")
        #expect(
            try convert("52s ch 24396 07702", from: .mgrs, to: .mgrs, precision: .tenMetres).get() == "52SCH24390770")
        // Coarser input keeps its precision: MGRS to MGRS never invents digits.
        #expect(try convert("52SCH2407", from: .mgrs, to: .mgrs).get() == "52SCH2407")
        // An MGRS reference stands for its south-west corner.
        let corner = try MGRS(parsing: "52SCH2439607702").southWestCorner
        #expect(
            try convert("52SCH2439607702", from: .mgrs, to: .wgs84).get()
                == "\(fixed(corner.longitude, 9)),\(fixed(corner.latitude, 9))")
    }

    @Test func alongBorderUsesTheFrame() throws {
        #expect(try convert("1000000,2000250.5", from: .epsg5179, to: .sd).get() == "100000.000,250.500")
        #expect(try convert("100000,-250.5", from: .sd, to: .epsg5179).get() == "1000000.000,1999749.500")
        #expect(try convert("127.5,38", from: .wgs84, to: .sd).get() == "100000.000,0.000")
        let geo = try convert("12345.678,-1500", from: .sd, to: .wgs84).get()
        #expect(try convert(geo, from: .wgs84, to: .sd).get() == "12345.678,-1500.000")
    }

    @Test(
        arguments: [
            ("127.0", CoordinateSystem.wgs84, nil as String?, "expected 2 numbers (lon,lat), found 1 fields"),
            ("1,2,3", .epsg5179, nil, "expected 2 numbers (x,y), found 3 fields"),
            ("nan,38", .wgs84, "lon", "nan is not a finite number"),
            ("127,inf", .wgs84, "lat", "inf is not a finite number"),
            ("127,north", .wgs84, "lat", "'north' is not a number"),
            ("10,50", .wgs84, "lon,lat", "10.0, 50.0 is outside Korea"),
            ("38,127", .wgs84, "lon,lat", "38.0, 127.0 is outside Korea"),
            ("52SCH24396077023", .mgrs, "mgrs", "11 digits after the letters"),
            ("52SIH", .mgrs, "mgrs", "'I' is not a column letter of zone 52"),
            ("41HLV3034916703", .mgrs, "mgrs", "is outside Korea"),
            ("0,0", .epsg5179, "x,y", "outside Korea"),
            ("250000,0", .sd, "s", "s = 250000.0 m is beyond the MDL"),
            ("-1,0", .sd, "s", "beyond the MDL"),
        ] as [(String, CoordinateSystem, String?, String)])
    func badPositionsNameLineFieldAndProblem(
        _ text: String, _ from: CoordinateSystem, _ field: String?, _ reason: String
    )
        throws
    {
        let to: CoordinateSystem = from == .wgs84 ? .mgrs : .wgs84
        guard case .failure(let e) = convert(text, from: from, to: to) else {
            Issue.record("'\(text)' as \(from) converted")
            return
        }
        #expect(e.file == "<test>" && e.line == 7)
        #expect(e.field == field)
        #expect(e.reason.contains(reason), "\(e)")
    }

    @Test func swappedLatLonGetsAHint() throws {
        guard case .failure(let e) = convert("38,127", from: .wgs84, to: .mgrs) else {
            Issue.record("converted")
            return
        }
        #expect(e.hint?.contains("lat,lon") == true)
    }

    @Test func aBadLineDoesNotStopTheRest() {
        let converter = CoordinateConverter(from: .wgs84, to: .mgrs)
        let inputs = ["127,38", "127,", "nan,nan", "126.5,37.5"].enumerated().map {
            (source: "<stdin>", line: $0.offset + 1, text: $0.element)
        }
        var outputs: [String] = []
        var errors: [InputError] = []
        let failures = converter.convertAll(inputs, output: { outputs.append($0) }, report: { errors.append($0) })
        #expect(failures == 2)
        // A bad line leaves an empty line in its place, so the output lines up with the input.
        #expect(outputs.count == 4 && outputs[0] == "52SCH2439607702" && outputs[1].isEmpty && outputs[2].isEmpty, "\(outputs)")
        #expect(errors.map(\.line) == [2, 3])
        #expect(errors.map(\.description).allSatisfy { $0.hasPrefix("<stdin>:") })
    }

    @Test func fixedDecimalsAreStable() {
        #expect(fixed(-0.0001, 3) == "0.000")
        #expect(fixed(-0.001, 3) == "-0.001")
        #expect(fixed(1e7, 3) == "10000000.000")
        #expect(fixed(126.5, 9) == "126.500000000")
    }
}
