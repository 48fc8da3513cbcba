import Foundation
import GuidepostCore
import TestSupport
import Testing

/// Issue 19, resource limits: a line longer than `JSONLinesReader.maximumLineBytes` (1 MiB by
/// default) is dropped as it is read and reported by the parsers, naming the limit and how to
/// raise it, and the lines around it are read as before.
@Suite struct LineLimitTests {
    static func file(_ lines: [String]) throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let path = folder.path("lines.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    static let detection = #"{"t": 1, "sensor": "s", "x": 1, "y": 2, "cov": [[1, 0], [0, 1]]}"#

    @Test(arguments: [false, true])
    func anOverLongLineIsDroppedAndTheOthersRead(lastLine: Bool) throws {
        let long = "{\"pad\": \"" + String(repeating: "x", count: JSONLinesReader.maximumLineBytes + 10) + "\"}"
        let lines = lastLine ? [Self.detection, long] : [Self.detection, long, Self.detection]
        let (folder, path) = try Self.file(lines)
        var reader = try JSONLinesReader(path: path)
        var seen: [JSONLine] = []
        while let line = reader.next() { seen.append(line) }
        _ = folder
        #expect(seen.map(\.number) == Array(1...lines.count))
        #expect(seen[1].overLimit ?? 0 >= JSONLinesReader.maximumLineBytes, "the long line is marked")
        #expect(seen[1].bytes.isEmpty, "its bytes are not kept")
        #expect(seen[0].overLimit == nil && seen[0].text == Self.detection)
        let error = try #require(seen[1].overLimitError(file: "lines.jsonl"))
        #expect(error.line == 2)
        #expect(error.reason.contains("over the limit of \(JSONLinesReader.maximumLineBytes) bytes"), "\(error)")
        #expect(error.hint?.contains(JSONLinesReader.limitVariable) == true)
        #expect(throws: InputError.self) { try DetectionRecord.parse(seen[1], file: "lines.jsonl") }
    }

    @Test func theDecoderReportsTheLongLineAndDecodesTheRest() throws {
        struct Row: Decodable { var t: Double }
        let long = "{\"t\": 1, \"pad\": \"" + String(repeating: "y", count: JSONLinesReader.maximumLineBytes) + "\"}"
        let (folder, path) = try Self.file([#"{"t": 1}"#, long, #"{"t": 3}"#])
        var errors: [InputError] = []
        let rows = Array(JSONLinesDecoder<Row>(reader: try JSONLinesReader(path: path)) { errors.append($0) })
        _ = folder
        #expect(rows.map(\.record.t) == [1, 3])
        #expect(errors.count == 1 && errors.first?.line == 2, "\(errors)")
    }
}
