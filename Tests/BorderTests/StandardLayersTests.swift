import Border
import GuidepostCore
import Testing

struct StandardLayersTests {
    let model = Fixtures.standard

    @Test func postCountsFollowTheSources() {
        let rok = model.posts.filter { $0.kind == .rokGuardPost }
        let kpa = model.posts.filter { $0.kind == .kpaGuardPost }
        #expect(rok.count == 60 && kpa.count == 160)
        #expect(rok.filter { $0.status == .withdrawn }.count == 10)
        #expect(rok.allSatisfy { let d = model.line.alongBorder($0.position).d; return d < 0 && d > -2000 })
        #expect(kpa.allSatisfy { let d = model.line.alongBorder($0.position).d; return d > 0 && d < 2000 })
        #expect(Set(model.posts.map(\.id)).count == model.posts.count, "ids are unique")
    }

    @Test func sectorsTileTheLineInOrder() {
        let names = model.sectors.map(\.id.rawValue)
        #expect(names == ["western-han-estuary-jsa", "imjin", "central-west-yeoncheon", "cheorwon", "central-hwacheon-yanggu", "eastern-goseong"])
        #expect(model.sectors.first?.s.lowerBound == 0 && model.sectors.last?.s.upperBound == model.line.length)
        for (a, b) in zip(model.sectors, model.sectors.dropFirst()) {
            #expect(a.s.upperBound == b.s.lowerBound && a.s.upperBound > a.s.lowerBound)
        }
    }

    @Test func theImjinCrossesTheLineNorthToSouth() throws {
        let imjin = try #require(model.waterways.first { $0.id == "imjin" })
        guard case .channel(let line, _, _) = imjin.shape else { Issue.record("Imjin is a channel"); return }
        #expect(model.line.alongBorder(line.points.first!).d > 2000)
        #expect(model.line.alongBorder(line.points[6]).d < -2000)
        #expect(BorderLayersCrossings.count(line, model.line.polyline) == 1, "one crossing of the MDL")
        let crossing = model.line.alongBorder(line.points[2])
        #expect(model.sector(at: crossing.s)?.id == "imjin" || model.sector(at: crossing.s)?.id == "central-west-yeoncheon")
    }

    @Test func crossBorderRoadsPassTheFencesThroughGates() throws {
        for id: CorridorID in ["gyeongui-road", "donghae-road"] {
            let road = try #require(model.corridors.first { $0.id == id })
            var sawFence = false
            for p in road.line.resampled(every: 2) {
                let f = model.sample(at: p).flags
                if f.contains(.fence) {
                    sawFence = true
                    #expect(f.contains(.gate), "\(id) meets a fence without a gate at \(p)")
                }
                #expect(model.sample(at: p).mineDensity == 0, "\(id) is a cleared corridor")
            }
            #expect(sawFence, "\(id) crosses the fence line")
        }
    }

    @Test func beyondTheEndsThereIsNoDMZ() {
        let west = model.sample(at: model.line.point(AlongBorderCoordinate(s: -3000, d: 500)))
        #expect(!west.flags.contains(.dmz) && !west.flags.contains(.mdlBand) && !west.flags.contains(.southOfMDL))
        #expect(west.mineDensity == 0)
    }

    @Test func theDMZIsMinedAndUnconfirmedOffTheRoads() {
        let p = model.line.point(AlongBorderCoordinate(s: 100_000, d: -1000))
        let s = model.sample(at: p)
        #expect(s.mineDensity >= 0.001)
        #expect(s.flags.contains(.dmz))
    }
}

enum BorderLayersCrossings {
    static func count(_ a: PlanarPolyline, _ b: PlanarPolyline) -> Int {
        var n = 0
        for i in 0..<(a.points.count - 1) {
            for j in 0..<(b.points.count - 1) where SegmentMath.intersection(a.points[i], a.points[i + 1], b.points[j], b.points[j + 1]) != nil {
                n += 1
            }
        }
        return n
    }
}

struct MapRenderingTests {
    @Test func overlaysAndLayersReachTheSVG() throws {
        let model = Fixtures.standard
        let jsa = TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: 126.67667, latitude: 37.95583))
        let overview = BorderOverviewRenderer(model: model, overlays: [MapOverlay(point: jsa, label: "incident-7")]).render()
        #expect(overview.contains("incident-7") && overview.contains("Cheorwon"))
        let box = PlanarBox(minX: jsa.x - 1500, minY: jsa.y - 1000, maxX: jsa.x + 1500, maxY: jsa.y + 1000)
        var window = WindowMapRenderer(model: model, window: box, title: "test", overlays: [MapOverlay(path: [jsa, jsa + Vector2(500, -800)], label: "planned path")])
        window.drawsCoverage = false
        window.mapWidth = 400
        let svg = window.render()
        #expect(svg.contains("planned path") && svg.contains("JSA / Panmunjom") && svg.contains("MDL band"))
    }
}
