import CoT
import GuidepostCore

/// Seeded random CoT events in the codecs' normal form, for round-trip tests.
struct RandomEvents {
    var rng: SeededGenerator

    init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    /// Characters that stress escaping: markup, quotes, whitespace of every kind, Korean, an emoji.
    private static let alphabet: [String] = [
        "a", "b", "Z", "0", "7", " ", "&", "<", ">", "\"", "'", "\n", "\t", "\r", "\r\n", ";", "#", "]]>",
        "강", "원", "도", "🇰🇷", "é", "=", "/", "?",
    ]
    private static let nameStart: [String] = ["a", "b", "z", "X", "_", "c"]
    private static let nameRest: [String] = ["a", "1", "-", ".", "_", "k", "Q"]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }

    mutating func text(maxLength: Int = 12) -> String {
        var s = ""
        for _ in 0..<int(0...maxLength) { s += Self.alphabet[int(0...(Self.alphabet.count - 1))] }
        return s
    }

    mutating func nonEmptyText() -> String {
        let s = text()
        return s.isEmpty ? "x" : s
    }

    mutating func name() -> String {
        var s = Self.nameStart[int(0...(Self.nameStart.count - 1))]
        for _ in 0..<int(0...6) { s += Self.nameRest[int(0...(Self.nameRest.count - 1))] }
        return s
    }

    mutating func element(depth: Int) -> CoTElement {
        var attributes: [CoTAttribute] = []
        for _ in 0..<int(0...4) {
            let n = name()
            if !attributes.contains(where: { $0.name == n }) { attributes.append(CoTAttribute(name: n, value: text())) }
        }
        var children: [CoTElement] = []
        if depth < 4 { for _ in 0..<int(0...(depth == 0 ? 3 : 2)) { children.append(element(depth: depth + 1)) } }
        var text: String? = int(0...2) == 0 ? nil : self.text()
        if text == "" { text = nil }
        if let t = text, !children.isEmpty, t.unicodeScalars.allSatisfy({ " \t\n\r".unicodeScalars.contains($0) }) {
            text = t + "k"
        }
        return CoTElement(name: name(), attributes: attributes, children: children, text: text)
    }

    mutating func double(_ bound: Double) -> Double {
        switch int(0...4) {
        case 0: return 0
        case 1: return Double(int(-Int(bound)...Int(bound)))
        default: return Double.random(in: -bound...bound, using: &rng)
        }
    }

    mutating func time() -> CoTTime {
        CoTTime(millisecondsSince1970: Int64.random(in: -62_135_596_800_000...253_402_300_799_999, using: &rng))
    }

    mutating func optional() -> String? { int(0...1) == 0 ? nil : nonEmptyText() }

    /// A random event; detail elements named like TAK protocol's typed ones are included at times,
    /// well-formed and not, to exercise both placements.
    mutating func event() -> CoTEvent {
        var detail: [CoTElement] = []
        for _ in 0..<int(0...5) { detail.append(element(depth: 0)) }
        if int(0...1) == 0 {
            let typed: [CoTElement] = [
                CoTElement("takv", ["os": "34", "version": nonEmptyText(), "device": nonEmptyText(), "platform": "ATAK-CIV"]),
                .contact(callsign: nonEmptyText(), endpoint: int(0...1) == 0 ? nil : "*:-1:stcp"),
                CoTElement("precisionlocation", ["altsrc": "GPS", "geopointsrc": nonEmptyText()]),
                .group(name: nonEmptyText(), role: "Team Member"),
                CoTElement("status", ["battery": String(int(0...100))]),
                .track(CoTTrack(course: double(360), speed: abs(double(100)))),
                CoTElement("track", ["course": "1", "speed": "2"]),  // not canonical numbers: stays XML
                CoTElement("contact", ["callsign": "x", "phone": "1"]),  // extra attribute: stays XML
            ]
            for element in typed where int(0...2) > 0 {
                detail.insert(element, at: int(0...detail.count))
            }
        }
        let point = CoTPoint(
            lat: double(90), lon: double(180), hae: int(0...1) == 0 ? CoTPoint.unknown : double(9000),
            ce: int(0...1) == 0 ? CoTPoint.unknown : abs(double(100)), le: abs(double(1000)))
        return CoTEvent(
            uid: nonEmptyText(), type: ["a-f-G-U-C", "b-t-f", "b-m-r", "a-u-G", "t-x-c-t"][int(0...4)], how: text(),
            time: time(), start: time(), stale: time(), point: point, access: optional(), qos: optional(),
            opex: optional(), detail: detail)
    }
}
