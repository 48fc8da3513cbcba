import ArgumentParser
import Evaluation
import Foundation
import GuidepostCore
import Pipeline
import Testing

@testable import guidepost

/// `guidepost track` and `guidepost score` end to end, in process.
struct TrackCommandTests {
    /// A person walking east at 1.3 m/s in EPSG:5179, seen every second with ±3 m noise.
    func writeWalk(to path: String, corruptLine: Int? = nil) throws {
        var rng = SeededGenerator(seed: 9)
        var lines: [String] = []
        for k in 0..<60 {
            let x = 1_034_512.0 + 1.3 * Double(k) + 3 * rng.normal(), y = 2_012_345.0 + 3 * rng.normal()
            lines.append(DetectionRecord(t: Double(k), sensor: "tod-07", x: x, y: y, cov: .isotropic(sigma: 3)).jsonLine)
        }
        if let corruptLine { lines[corruptLine - 1] = #"{"t": 5.0, "sensor": "tod-07", "x": oops}"# }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-\(UUID().uuidString)-\(name)").path
    }

    /// The options are a mapping onto the tracker's configuration: no option given is the
    /// configuration's defaults (`guidepost run` tracks with those), and each option lands.
    @Test func theOptionsMapOntoTheTrackerConfiguration() throws {
        #expect(try TrackOptions.parse([]).configuration == TrackerConfiguration())
        let tuned = try TrackOptions.parse(["--associator", "gnn", "--filter", "cv", "--pd", "0.8", "--polar", "--bearing-sigma", "2", "--learn-pd-spread"])
        var want = TrackerConfiguration()
        want.associator = .gnn
        want.filter = .cv
        want.pd = 0.8
        want.polar = true
        want.bearingSigma = 2
        want.learnPdSpread = true
        #expect(tuned.configuration == want)
    }

    func tracks(_ path: String) throws -> [TrackRecord] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(TrackRecord.self, from: Data($0.utf8))
        }
    }

    @Test func aCorruptLineIsSkippedAndTheRestTracked() throws {
        let input = temporary("d.jsonl"), output = temporary("t.jsonl")
        try writeWalk(to: input, corruptLine: 6)
        let command = try Guidepost.TrackCommand.parse([input, "--out", output])
        // The rest is tracked and written; the refused line makes the bad-input exit status.
        let failure = #expect(throws: CommandFailure.self) { try command.run() }
        #expect(failure?.kind == .badInput)
        let records = try tracks(output)
        #expect(Set(records.map(\.track)) == ["T1"])
        #expect(records.last?.t == 59)
        // The walker's velocity is found: about 1.3 m/s east.
        let v = try #require(records.last)
        #expect(abs(v.vx - 1.3) < 0.3 && abs(v.vy) < 0.3)
    }

    @Test func outputIsByteIdenticalFromRunToRun() throws {
        let input = temporary("d.jsonl"), a = temporary("a.jsonl"), b = temporary("b.jsonl")
        try writeWalk(to: input)
        let first = try Guidepost.TrackCommand.parse([input, "--out", a, "--cov"])
        try first.run()
        let second = try Guidepost.TrackCommand.parse([input, "--out", b, "--cov"])
        try second.run()
        #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b))
        #expect(try tracks(a).allSatisfy { $0.cov != nil })
    }

    @Test func timeToTheFenceIsPredicted() throws {
        // A fence 130 m east of the start, as a GeoJSON line in lon/lat.
        let input = temporary("d.jsonl"), output = temporary("t.jsonl"), fence = temporary("fence.geojson")
        try writeWalk(to: input)
        let tm = TransverseMercator.epsg5179
        let a = tm.inverse(Point(x: 1_034_642, y: 2_011_000)), b = tm.inverse(Point(x: 1_034_642, y: 2_014_000))
        try #"{"type": "LineString", "coordinates": [[\#(a.longitude), \#(a.latitude)], [\#(b.longitude), \#(b.latitude)]]}"#
            .write(toFile: fence, atomically: true, encoding: .utf8)
        let command = try Guidepost.TrackCommand.parse([input, "--out", output, "--fence", fence])
        try command.run()
        let last = try #require(try tracks(output).last)
        let expected = (1_034_642 - last.x) / last.vx
        #expect(abs((last.timeToFence ?? -1) - expected) < 1)
        #expect(last.timeToMDL == nil)
    }

    @Test func badOptionsAreRejected() {
        #expect(throws: (any Error).self) { try Guidepost.TrackCommand.parse(["d.jsonl", "--pd", "1.5"]) }
        #expect(throws: (any Error).self) { try Guidepost.ScoreCommand.parse(["a", "b", "--p", "0.5"]) }
    }
}

/// `guidepost score --at-truth-instants` when truth is sampled every 10 s and tracks every second.
struct ScoreInstantsTests {
    @Test func onlyInstantsWithTruthAreScored() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var truth = "", tracks = ""
        for k in 0..<30 {
            let t = Double(k), x = 1_034_512.0 + 1.3 * t
            if k % 10 == 0 { truth += TruthRecord(t: t, id: "a", x: x, y: 2_012_345, kind: .human).jsonLine + "\n" }
            // A perfect track, 2 m east of the truth, every second.
            tracks += TrackRecord(t: t, track: "T1", x: x + 2, y: 2_012_345, vx: 1.3, vy: 0, targetClass: .human, classProbability: 1)
                .jsonLine + "\n"
        }
        try truth.write(toFile: dir + "/truth.jsonl", atomically: true, encoding: .utf8)
        try tracks.write(toFile: dir + "/tracks.jsonl", atomically: true, encoding: .utf8)
        let sparse = try Guidepost.ScoreCommand.parse([dir + "/truth.jsonl", dir + "/tracks.jsonl", "--at-truth-instants"]).summary()
        #expect(sparse.instants == 3)
        #expect(abs(sparse.gospa - 2) < 1e-9 && sparse.falseTracks == 0)
        // Over every instant, the 27 without truth count the track as false: (3·2 + 27·25) / 30.
        let all = try Guidepost.ScoreCommand.parse([dir + "/truth.jsonl", dir + "/tracks.jsonl"]).summary()
        #expect(all.instants == 30)
        #expect(abs(all.gospa - (3 * 2 + 27 * 25) / 30.0) < 1e-9)
    }
}
