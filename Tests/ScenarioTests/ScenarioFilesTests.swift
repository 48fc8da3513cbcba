import Foundation
import GuidepostCore
import Scenario
import TestSupport
import Testing

/// Every file under scenarios/ must load, resolve on an MDL frame and say what it expects.
@Suite struct ScenarioFilesTests {
    static let directory = repositoryRoot() + "/scenarios"

    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test func theIncidentFilesAreAllThere() {
        let files = Self.files
        #expect(files.count >= 13, "found \(files)")
        for prefix in [
            "2024-08-20-", "2024-08-08-", "2025-07-03-", "2025-10-19-", "2019-07-31-", "2019-07-27-", "2017-11-13-",
            "2017-12-21-", "2024-06-09-", "2020-11-03-", "2021-02-16-", "2012-10-02-",
        ] {
            #expect(files.contains { $0.hasPrefix(prefix) }, "no scenario for \(prefix)")
        }
        #expect(files.contains("full-border.yaml"))
    }

    @Test(arguments: ScenarioFilesTests.files)
    func loadsAndResolves(_ name: String) throws {
        let loaded: LoadedScenario
        do {
            loaded = try ScenarioLoader.load(file: Self.directory + "/" + name)
        } catch {
            Issue.record("\(error)")
            return
        }
        let document = loaded.document
        #expect(name == document.id + ".yaml", "id must match the file name")
        let frame = StraightLineFrame()
        let resolved = try loaded.resolve(in: frame)
        var unresolved: [String] = []
        var outside: [String] = []
        var copy = resolved.document
        copy.visitPositions { position, path in
            guard let p = position.planarPoint else {
                unresolved.append(path)
                return
            }
            if !TransverseMercator.epsg5179.inverse(p).isInKoreanTheatre { outside.append(path) }
        }
        #expect(unresolved.isEmpty, "unresolved: \(unresolved)")
        #expect(outside.isEmpty, "outside Korea after resolution: \(outside)")
        #expect(resolved.s.lowerBound >= 0 && resolved.s.upperBound <= frame.length)
        #expect(resolved.s.upperBound > resolved.s.lowerBound)
        if name != "full-border.yaml" {
            #expect(document.expected?.finalState != nil, "each incident says how it ends")
            #expect(document.sources?.isEmpty == false, "each incident cites its sources")
        }
    }

    @Test func fullBorderHasTheBenchmarkCrowd() throws {
        let loaded = try ScenarioLoader.load(file: Self.directory + "/full-border.yaml")
        let d = loaded.document
        let animals = d.actors.filter { $0.kind == .animal }.reduce(0) { $0 + $1.individuals }
        let people = d.actors.filter { $0.kind != .animal }.reduce(0) { $0 + $1.individuals }
        #expect((1800...2200).contains(animals), "animals: \(animals)")
        #expect((15...30).contains(people), "people: \(people)")
        #expect(d.window.extent == .whole)
        // Night and day come from the sun (SimulationTests checks that the run has both).
        #expect(stride(from: 0.0, to: d.duration.seconds, by: 600).allSatisfy { d.conditions(at: $0).light == nil })
        let strong = stride(from: 0.0, to: d.duration.seconds, by: 600).filter { d.conditions(at: $0).wind >= 10 }
        #expect(!strong.isEmpty && strong.count < Int(d.duration.seconds / 600), "strong wind in part of the run only")
    }
}

/// The annotated example in docs/scenarios.md must itself be a valid scenario.
@Test func theDocumentedExampleLoads() throws {
    let text = try String(contentsOfFile: repositoryRoot() + "/docs/scenarios.md", encoding: .utf8)
    let afterHeading = try #require(text.components(separatedBy: "## An annotated example").last)
    let block = try #require(afterHeading.components(separatedBy: "```yaml\n").dropFirst().first)
    let yaml = try #require(block.components(separatedBy: "```").first)
    let loaded = try ScenarioLoader.load(yaml: yaml, file: "docs/scenarios.md")
    #expect(loaded.document.id == "2019-07-31-imjin-river-float")
    _ = try loaded.resolve(in: StraightLineFrame())
}
