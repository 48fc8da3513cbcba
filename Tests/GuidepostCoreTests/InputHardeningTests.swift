import Foundation
import GuidepostCore
import TestSupport
import Testing

/// Inputs that used to pass for something else: a folder read as an empty file, absurd times
/// and positions, valid JSON called invalid, a huge value echoed whole.
@Suite struct InputHardeningTests {
    @Test func aFolderIsNotAnEmptyFile() throws {
        let dir = try TemporaryFolder()
        let error = try #require(throws: InputError.self) { _ = try JSONLinesReader(path: dir.url.path) }
        #expect(error.kind == .unreadable)
        #expect(error.description.contains("folder"), "\(error)")
        let missing = try #require(throws: InputError.self) { _ = try JSONLinesReader(path: dir.path("none.jsonl")) }
        #expect(missing.kind == .unreadable)
    }

    @Test func absurdTimesAndPositionsAreRefusedByEveryRecord() {
        for t in [1e300, -1e300, 1.5e9] {
            #expect(TrackRecord(t: t, track: "T1", x: 0, y: 0, vx: 0, vy: 0, targetClass: .human, classProbability: 1).problem?.field == "t")
            #expect(TruthRecord(t: t, id: "p", x: 0, y: 0, kind: .human).problem?.field == "t")
            #expect(DetectionRecord(t: t, sensor: "s", x: 0, y: 0, cov: Covariance2(xx: 1, xy: 0, yy: 1)).problem?.field == "t")
            #expect(ScanRecord(t: t).problem?.field == "t")
        }
        #expect(TrackRecord(t: 0, track: "T1", x: 1e300, y: 0, vx: 0, vy: 0, targetClass: .human, classProbability: 1).problem?.field == "x")
        #expect(TrackRecord(t: 0, track: "T1", x: 0, y: 0, vx: 1e300, vy: 0, targetClass: .human, classProbability: 1).problem?.field == "vx")
        #expect(TrackRecord(t: 0, track: "T1", x: 0, y: 0, vx: 0, vy: 0, targetClass: .human, classProbability: 1, timeToMDL: 1e300).problem?.field == "t_mdl")
        #expect(TruthRecord(t: 0, id: "p", x: 0, y: -1e300, kind: .human).problem?.field == "y")
        // A day-long run in EPSG:5179 is well inside the bounds.
        #expect(TrackRecord(t: 86_400, track: "T1", x: 1_034_512, y: 2_012_345, vx: 1, vy: -1, targetClass: .human, classProbability: 1).problem == nil)
    }

    @Test func validJSONIsNeverCalledInvalid() throws {
        struct Line: Decodable { let seq: Int; let t: Double }
        func error(_ text: String) -> InputError? {
            var errors: [InputError] = []
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("valid-\(UUID().uuidString).jsonl")
            try? Data((text + "\n").utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            guard let r = try? JSONLinesReader(path: file.path) else { return nil }
            for _ in JSONLinesDecoder<Line>(reader: r, onError: { errors.append($0) }) {}
            return errors.first
        }
        for text in [#"{"seq": 1.5, "t": 0}"#, #"{"seq": 1e30, "t": 0}"#] {
            let e = try #require(error(text))
            #expect(!e.reason.contains("not valid JSON"), "\(text): \(e)")
            #expect(!e.reason.contains("DecodingError"), "\(text): \(e)")
        }
        let huge = try #require(error(#"{"seq": 1, "t": 1e400}"#))
        #expect(huge.reason.contains("1e400") && huge.reason.contains("out of range"), "\(huge)")
        let broken = try #require(error(#"{"seq": 1, "t": "#))
        #expect(broken.reason.contains("not valid JSON"), "\(broken)")
    }

    @Test func aHugeValueIsEchoedAsAnExcerpt() {
        let value = String(repeating: "h", count: 1_000_000)
        let excerpt = InputError.excerpt(value)
        #expect(excerpt.count < 120)
        #expect(excerpt.hasSuffix("… (1000000 bytes)"), "\(excerpt)")
        #expect(InputError.excerpt("short") == "short")
        let error = InputError(file: "f", line: 1, field: "kind", reason: "unknown kind '\(value)'")
        #expect(error.description.utf8.count < 1_000)
    }
}
