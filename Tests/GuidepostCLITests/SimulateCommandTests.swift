import ArgumentParser
import Foundation
import Scenario
import TestSupport
import Testing

@testable import guidepost

/// `guidepost simulate` writes the four files, byte-identical for one seed, and refuses bad input
/// with the file, line and field.
@Suite struct SimulateCommandTests {
    static func folder(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-sim-\(getpid())-\(name)").path
    }

    @Test func writesFourFilesDeterministically() throws {
        var texts: [String] = []
        for k in 0..<2 {
            let out = Self.folder("run\(k)")
            defer { try? FileManager.default.removeItem(atPath: out) }
            let command = try #require(
                try Guidepost.parseAsRoot([
                    "simulate", repositoryRoot() + "/scenarios/2019-07-31-imjin-river-float.yaml", "--out", out, "--duration", "10m",
                ]) as? Guidepost.Simulate)
            try command.run()
            var all = ""
            for file in ["detections", "scans", "truth", "events"] {
                all += try String(contentsOfFile: out + "/\(file).jsonl", encoding: .utf8)
            }
            texts.append(all)
        }
        #expect(texts[0] == texts[1])
        #expect(texts[0].contains("\"t\": 600.0"))
    }

    @Test func aBadScenarioNamesFileLineAndField() throws {
        let path = Self.folder("bad.yaml")
        try """
            id: bad
            title: bad
            start: 2025-10-01T22:00:00+09:00
            duration: 1h
            window: {s: [88000, 98000]}
            actors:
              - id: p
                kind: person
                route:
                  - at: {s: 93000, d: -500}
                    spead: 2
            """.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let command = try #require(try Guidepost.parseAsRoot(["simulate", path, "--out", Self.folder("bad")]) as? Guidepost.Simulate)
        let error = try #require(throws: ScenarioLoadError.self) { try command.run() }
        let text = "\(error)"
        #expect(text.contains("bad.yaml:11"), "\(text)")
        #expect(text.contains("spead"))
    }

    @Test func aBadDurationIsAUsageError() {
        #expect(throws: (any Error).self) {
            try Guidepost.parseAsRoot(["simulate", "x.yaml", "--out", "/tmp/x", "--duration", "soon"])
        }
    }
}
