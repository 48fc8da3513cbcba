import Foundation

/// The fixtures tools/cot-fixtures/make-fixtures.py wrote with pytak and takproto, read by path.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Every fixture, by name.
    static let all = [
        "sa-atak", "sa-pytak", "geochat", "route", "marker-spot", "marker-unknown", "alert", "takp-offer",
        "takp-response-true", "takp-response-false",
    ]

    /// Fixtures whose detail layout fits TAK protocol's typed messages where our decoder puts them
    /// back (TakDetailLayout), so our protobuf bytes must equal takproto's.
    static let sameBytesAsTakproto: Set = [
        "sa-atak", "marker-unknown", "alert", "takp-offer", "takp-response-true", "takp-response-false",
    ]

    /// The event bytes as pytak wrote them (declaration, newline, event).
    static func xml(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent("\(name).xml")))
    }

    /// takproto's TakMessage (`stream: false`) or stream frame (`stream: true`).
    static func takproto(_ name: String, stream: Bool = false) throws -> [UInt8] {
        let text = try String(
            contentsOf: directory.appendingPathComponent("\(name).takproto\(stream ? "-stream" : "").hex"), encoding: .utf8)
        let digits = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        return stride(from: 0, to: digits.count, by: 2).map {
            UInt8(String(decoding: digits[$0..<($0 + 2)], as: UTF8.self), radix: 16)!
        }
    }
}
