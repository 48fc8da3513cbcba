@testable import GuidepostCore
import Testing

/// The fast detection parser agrees with the Codable form, and reports bad lines precisely.
struct DetectionFastParsingTests {
    func line(_ text: String, _ number: Int = 1) -> JSONLine {
        JSONLine(number: number, bytes: Array(text.utf8))
    }

    @Test func parsesEveryField() throws {
        let text = #"{"t": 12.5, "sensor": "tod-07", "x": 1034512.1, "y": 2012345.6, "cov": [[25.0, 1.0], [1.0, 36.0]], "kind": "radar", "range": 812.25, "bearing": 271.5, "snr": 14, "zone": "z\"3", "size": 1.7, "extra": {"a": [1, null, true]}}"#
        let (d, size) = try DetectionRecord.parse(line(text), file: "d.jsonl")
        #expect(d.t == 12.5 && d.sensor == "tod-07" && d.x == 1034512.1 && d.y == 2012345.6)
        #expect(d.cov == Covariance2(xx: 25, xy: 1, yy: 36))
        #expect(d.kind == .radar && d.range == 812.25 && d.bearing == 271.5 && d.snr == 14 && d.zone == "z\"3")
        #expect(size == 1.7)
    }

    @Test func numbersRoundTripExactly() throws {
        // Shortest round-trip decimals of random doubles, as writers produce them, parse back bit-exactly.
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<2000 {
            let x = 1_000_000 + rng.uniform() * 300_000, y = (rng.uniform() - 0.5) * 1e-3
            let t = (rng.uniform() * 1e5).rounded() / 8
            let text = "{\"t\": \(t), \"sensor\": \"s\", \"x\": \(x), \"y\": \(y), \"cov\": [[\(x), 0], [0, 1e-7]]}"
            let (d, _) = try DetectionRecord.parse(line(text), file: "d")
            #expect(d.x == x && d.y == y && d.t == t && d.cov.xx == x, "\(text)")
        }
    }

    @Test func corruptLinesAreReportedWithLineAndFieldAndTheRestIsRead() {
        let lines = [
            #"{"t": 1.0, "sensor": "a", "x": 1.0, "y": 2.0, "cov": [[1, 0], [0, 1]]}"#,
            #"{"t": 2.0, "sensor": "a", "x": 1.0, "y": "north", "cov": [[1, 0], [0, 1]]}"#,
            #"{"t": 3.0, "sensor": "a", "x": 1.0, "y": 2.0}"#,
            #"{"t": 4.0, "sensor": "a", "x": 1.0, "y": 2.0, "cov": [[1, 0], [0, 1]]"#,
            #"{"t": 5.0, "sensor": "a", "x": 1.0, "y": 2.0, "cov": [[-1, 0], [0, 1]]}"#,
            #"{"t": 6.0, "sensor": "a", "x": 1.0, "y": 2.0, "cov": [[1, 0], [0, 1]]}"#,
        ]
        var good: [Double] = []
        var errors: [InputError] = []
        for (i, text) in lines.enumerated() {
            do { good.append(try DetectionRecord.parse(line(text, i + 1), file: "d.jsonl").0.t) } catch { errors.append(error) }
        }
        #expect(good == [1, 6])
        #expect(errors.map(\.line) == [2, 3, 4, 5])
        #expect(errors.map(\.field) == ["y", "cov", nil, "cov"])
        #expect(errors[0].description.hasPrefix("d.jsonl:2:"))
        #expect(errors[2].reason.contains("'}'"))
    }
}
