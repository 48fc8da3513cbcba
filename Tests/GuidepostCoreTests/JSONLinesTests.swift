import Foundation
import GuidepostCore
import Testing

@Suite struct JSONLinesTests {
    private func temporaryFile(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "guidepost-jsonl-\(UUID().uuidString).jsonl"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func corruptLinesAreReportedWithLineAndFieldAndSkipped() throws {
        let text = """
            {"t": 1.0, "sensor": "tod-01", "x": 1000.0, "y": 2000.0, "cov": [[25.0, 0.0], [0.0, 25.0]]}
            {"t": 2.0, "sensor": "tod-01", "x": "oops", "y": 2000.0, "cov": [[25.0, 0.0], [0.0, 25.0]]}
            not json at all

            {"t": 3.0, "sensor": "tod-01", "y": 2000.0, "cov": [[25.0, 0.0], [0.0, 25.0]]}
            {"t": 4.0, "sensor": "tod-02", "x": 1001.0, "y": 2001.0, "cov": [[-1.0, 0.0], [0.0, 25.0]]}
            {"t": 5.0, "sensor": "tod-02", "x": 1002.0, "y": 2002.0, "cov": [[9.0, 1.0], [1.0, 9.0]], "kind": "thermal"}
            """
        let path = try temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var errors: [InputError] = []
        let decoder = JSONLinesDecoder<DetectionRecord>(
            reader: try JSONLinesReader(path: path), validate: { $0.problem }, onError: { errors.append($0) })
        let records = Array(decoder)
        #expect(records.map(\.line) == [1, 7])
        #expect(records.map(\.record.t) == [1.0, 5.0])
        #expect(records[1].record.kind == .thermal)
        #expect(errors.map(\.line) == [2, 3, 5, 6])
        #expect(errors[0].field == "x")
        #expect(errors[2].field == "x")
        #expect(errors[2].reason == "required field is missing")
        #expect(errors[3].field == "cov")
        #expect(errors.allSatisfy { $0.file == path })
        #expect(errors[0].description.hasPrefix("\(path):2: x: "))
    }

    @Test func lastLineWithoutNewlineAndCRLFAreRead() throws {
        let path = try temporaryFile("{\"t\": 1.0}\r\n{\"t\": 2.5}")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let records = Array(
            JSONLinesDecoder<ScanRecord>(reader: try JSONLinesReader(path: path), onError: { Issue.record("\($0)") }))
        #expect(records.map(\.record.t) == [1.0, 2.5])
    }

    @Test func missingFileIsAnInputErrorNamingIt() {
        #expect(throws: InputError.self) { _ = try JSONLinesReader(path: "/nonexistent/detections.jsonl") }
    }

    @Test func recordsRoundTripThroughTheirLineForm() throws {
        let detection = DetectionRecord(
            t: 12.0, sensor: "tod-07", x: 1_034_512.1, y: 2_012_345.6, cov: .isotropic(sigma: 5), kind: .thermal,
            range: 812.5, bearing: 351.25)
        #expect(
            detection.jsonLine
                == #"{"t": 12.0, "sensor": "tod-07", "x": 1034512.1, "y": 2012345.6, "cov": [[25.0, 0.0], [0.0, 25.0]], "kind": "thermal", "range": 812.5, "bearing": 351.25}"#
        )
        let decoded = try JSONDecoder().decode(DetectionRecord.self, from: Data(detection.jsonLine.utf8))
        #expect(decoded == detection)

        let track = TrackRecord(
            t: 3.5, track: "T17", x: 1.5, y: -2.25, vx: 0.1, vy: -1, targetClass: .human, classProbability: 0.93,
            timeToMDL: 120)
        #expect(try JSONDecoder().decode(TrackRecord.self, from: Data(track.jsonLine.utf8)) == track)
        #expect(track.jsonLine.contains(#""class": "human", "p_class": 0.93"#))

        let truth = TruthRecord(t: 0, id: "person-1", x: 5, y: 6, kind: .human)
        #expect(try JSONDecoder().decode(TruthRecord.self, from: Data(truth.jsonLine.utf8)) == truth)
    }

    @Test func nonFiniteNumbersBecomeNullAndStringsAreEscaped() {
        var o = JSONObjectBuilder()
        o.add("a", Double.nan)
        o.add("b", "quote \" back\\slash\nline\u{01}")
        #expect(o.json == #"{"a": null, "b": "quote \" back\\slash\nline\u0001"}"#)
    }
}
