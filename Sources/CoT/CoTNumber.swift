/// Decimal numbers as CoT writes them: parsing refuses everything but plain decimal notation
/// (Swift's `Double(_:)` would also take `inf`, `nan` and hexadecimal), and printing is the
/// shortest text that reads back to the same `Double` (Swift's `description`).
enum CoTNumber {
    /// `[+-]digits[.digits][(e|E)[+-]digits]` (either digit run of the mantissa may be empty, not both).
    static func parse(_ text: String) -> Double? {
        let b = Array(text.utf8)
        var k = 0
        if k < b.count, b[k] == UInt8(ascii: "+") || b[k] == UInt8(ascii: "-") { k += 1 }
        var mantissaDigits = 0
        while k < b.count, isDigit(b[k]) { k += 1; mantissaDigits += 1 }
        if k < b.count, b[k] == UInt8(ascii: ".") {
            k += 1
            while k < b.count, isDigit(b[k]) { k += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { return nil }
        if k < b.count, b[k] == UInt8(ascii: "e") || b[k] == UInt8(ascii: "E") {
            k += 1
            if k < b.count, b[k] == UInt8(ascii: "+") || b[k] == UInt8(ascii: "-") { k += 1 }
            var exponentDigits = 0
            while k < b.count, isDigit(b[k]) { k += 1; exponentDigits += 1 }
            guard exponentDigits > 0 else { return nil }
        }
        guard k == b.count, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The shortest round-trip text: `37.5`, `9999999.0`, `1e-05`.
    static func format(_ value: Double) -> String { value.description }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
