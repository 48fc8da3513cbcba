import GuidepostCore
import Scenario
import Testing

/// Positions resolve through the frame they are given, so an incident stays at its place on any MDL.
@Suite struct ResolutionTests {
    static let yaml = """
        id: t
        title: t
        start: 2017-11-13T15:00:00+09:00
        duration: 1h
        window: {centre: {near: jsa}, length: 4000, d: [-2000, 2500]}
        actors:
          - id: a
            kind: person
            route:
              - at: {near: jsa, ds: 120, d: -750}
              - at: {s: 5000, d: 300}
              - at: [126.67667, 37.95583]
              - at: {x: 950000, y: 1950000}
        """

    @Test func everySpellingResolvesThroughTheFrame() throws {
        let frame = StraightLineFrame()
        let resolved = try ScenarioLoader.load(yaml: Self.yaml, file: "t.yaml").resolve(in: frame)
        let route = try #require(resolved.document.actors[0].route)
        let points = route.map(\.at.planarPoint)
        let jsa = TransverseMercator.epsg5179.forward(Place.jsa.coordinate)
        let sJSA = frame.alongBorder(jsa).s
        // near: the MDL point nearest the JSA, 120 m east along and 750 m south.
        let p0 = try #require(points[0])
        let c0 = frame.alongBorder(p0)
        #expect(abs(c0.s - (sJSA + 120)) < 1e-6)
        #expect(abs(c0.d - -750) < 1e-6)
        let c1 = frame.alongBorder(try #require(points[1]))
        #expect(abs(c1.s - 5000) < 1e-6 && abs(c1.d - 300) < 1e-6)
        #expect(try #require(points[2]).distance(to: jsa) < 1e-6)
        #expect(points[3] == Point(x: 950000, y: 1950000))
        #expect(abs(resolved.s.lowerBound - max(0, sJSA - 2000)) < 1e-6)
        #expect(abs(resolved.s.upperBound - (sJSA + 2000)) < 1e-6)
        #expect(resolved.d == -2000...2500)
    }

    @Test func nearSurvivesARescaledMDL() throws {
        // The same file on an MDL 22 % longer (real 248 km against Natural Earth's 203.7 km) and
        // shifted: the anchored point keeps its offsets from the MDL point nearest the JSA.
        let loaded = try ScenarioLoader.load(yaml: Self.yaml, file: "t.yaml")
        let frame = StraightLineFrame(
            west: GeoCoordinate(longitude: 126.55, latitude: 37.80),
            east: GeoCoordinate(longitude: 128.80, latitude: 38.70))
        let p = try #require(try loaded.resolve(in: frame).document.actors[0].route?[0].at.planarPoint)
        let sJSA = frame.alongBorder(TransverseMercator.epsg5179.forward(Place.jsa.coordinate)).s
        let c = frame.alongBorder(p)
        #expect(abs(c.s - (sJSA + 120)) < 1e-6)
        #expect(abs(c.d + 750) < 1e-6)
    }

    @Test func positionsOffTheMDLAreReportedWithTheirLine() throws {
        let yaml = Self.yaml.replacingFirst("{s: 5000, d: 300}", with: "{s: 900000, d: 300}")
        let loaded = try ScenarioLoader.load(yaml: yaml, file: "t.yaml")
        do {
            _ = try loaded.resolve(in: StraightLineFrame())
            Issue.record("expected an error")
        } catch {
            #expect(error.first?.line == 11)
            #expect(error.first?.field == "actors[0].route[1].at")
            #expect(error.first?.reason.contains("lies off the MDL") == true)
        }
    }

    @Test func sectorsTileTheBorderFromWestToEast() throws {
        let frame = StraightLineFrame()
        var last = 0.0
        for sector in Sector.allCases {
            let yaml = Self.yaml.replacingFirst(
                "window: {centre: {near: jsa}, length: 4000, d: [-2000, 2500]}", with: "window: \(sector.rawValue)")
            let r = try ScenarioLoader.load(yaml: yaml, file: "t.yaml").resolve(in: frame)
            #expect(abs(r.s.lowerBound - last) < 1, "\(sector) starts where the previous ends")
            #expect(r.s.upperBound > r.s.lowerBound)
            last = r.s.upperBound
        }
        #expect(abs(last - frame.length) < 1, "the eastern sector ends at the east end")
    }

    @Test func clockTimesAreTheirFirstOccurrenceAfterTheStart() throws {
        let start = try #require(LocalInstant(iso8601: "2019-07-31T23:00:00+09:00"))
        #expect(TimeReference(text: "23:38")?.seconds(since: start) == 2280.0)
        #expect(TimeReference(text: "00:10")?.seconds(since: start) == 4200.0)
        #expect(TimeReference(text: "1h20m")?.seconds(since: start) == 4800)
        #expect(TimeReference(text: "2019-08-01T00:10:00+09:00")?.seconds(since: start) == 4200.0)
        #expect(TimeReference(text: "2019-07-31T15:10:00Z")?.seconds(since: start) == 4200.0)
        #expect(TimeReference(text: "25:00") == nil)
        #expect(LocalInstant(iso8601: "2019-07-31T23:00:00") == nil, "the zone is required")
        #expect(LocalInstant(iso8601: "2019-02-29T00:00:00+09:00") == nil)
        // Oracle: 2019-07-31T14:00:00Z is 1 564 581 600 s after the epoch.
        #expect(start.secondsSinceEpoch == 1_564_581_600)
        #expect(start.description == "2019-07-31T23:00:00+09:00")
    }
}
