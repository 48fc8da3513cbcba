import ArgumentParser
import Border
import Foundation
import GuidepostCore
import TestSupport
import Testing

@testable import guidepost

struct MapCommandTests {
    @Test func windowAndBorderParse() throws {
        let cmd = try #require(try Guidepost.parseAsRoot(["map", "--window", "128.33,38.60,10,8", "--out", "x.svg"]) as? Guidepost.Map)
        guard case .window(let centre, let w, let h) = try cmd.request().subject else {
            Issue.record("expected a window")
            return
        }
        #expect(centre.longitude == 128.33 && centre.latitude == 38.60 && w == 10_000 && h == 8000)
        let border = try #require(try Guidepost.parseAsRoot(["map", "--border", "-o", "b.svg"]) as? Guidepost.Map)
        guard case .border = try border.request().subject else {
            Issue.record("expected the border")
            return
        }
    }

    @Test(arguments: [
        ["map", "--out", "x.svg"],
        ["map", "--border", "--window", "128,38,1,1", "--out", "x.svg"],
        ["map", "--window", "128.33,38.60,10", "--out", "x.svg"],
        ["map", "--window", "128.33,nan,10,8", "--out", "x.svg"],
        ["map", "--window", "128.33,38.60,0,8", "--out", "x.svg"],
        ["map", "--window", "2.35,48.85,10,8", "--out", "x.svg"],
    ])
    func badArgumentsAreRejected(_ args: [String]) {
        #expect(throws: (any Error).self) { try Guidepost.parseAsRoot(args) }
    }

    @Test func aSmallWindowRendersAnSVGWithItsLayers() throws {
        let cmd = try #require(try Guidepost.parseAsRoot(["map", "--window", "128.33,38.60,3,2", "--no-coverage", "--width", "400", "--out", "-"]) as? Guidepost.Map)
        let svg = try cmd.request().render()
        #expect(svg.hasPrefix("<?xml"))
        for needle in ["MDL band", "Legend", "ROK GOP fence", "Donghae", "2 km", ">N<"] where !svg.contains(needle) {
            Issue.record("map lacks '\(needle)'")
        }
        #expect(svg == (try cmd.request().render()), "same input, same bytes")
    }
}

@Suite struct ScenarioMapCommandTests {
    @Test func aScenarioArgumentDrawsItsWindowWithItsActorsPaths() throws {
        let root = repositoryRoot()
        let command = try Guidepost.Map.parse([root + "/scenarios/2019-07-31-imjin-river-float.yaml", "--out", "-"])
        let request = try command.request()
        guard case .alongBorder(let s, let d) = request.subject else {
            Issue.record("a scenario map must use the scenario's window")
            return
        }
        #expect(s.upperBound - s.lowerBound > 7000 && s.upperBound - s.lowerBound < 9000)
        #expect(d == -3000...4000)
        #expect(request.overlays.contains { $0.label == "soldier" })
        #expect(request.title?.hasPrefix("2019-07-31-imjin-river-float") == true)
        #expect(!request.overrides.waterways.upserts.isEmpty)
    }

    @Test func scenarioBorderAndWindowAreExclusive() {
        #expect(throws: (any Error).self) { try Guidepost.Map.parse(["x.yaml", "--border", "--out", "m.svg"]) }
    }

    @Test func anUnknownScenarioNameSaysWhichOnesExist() {
        #expect(throws: (any Error).self) { try ScenarioFile.path(for: "no-such-scenario") }
    }
}
