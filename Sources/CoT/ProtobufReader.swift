/// Protocol Buffers wire format, reading one message within `range` of a byte array. Every length
/// is checked against what is left before it is used, varints longer than 10 bytes or over 64 bits
/// are refused, and unknown fields are skipped by wire type, as proto3 readers do.
struct ProtobufReader {
    private let b: [UInt8]
    private var i: Int
    private let end: Int
    let what: String

    init(_ bytes: [UInt8], _ range: Range<Int>, what: String) {
        b = bytes
        i = range.lowerBound
        end = range.upperBound
        self.what = what
    }

    var offset: Int { i }
    /// Where the bytes of the last length-delimited field read start.
    private(set) var lastFieldStart = 0

    func error(_ reason: String, at offset: Int? = nil) -> CoTError {
        .protobuf(offset: offset ?? i, reason: "\(what): \(reason)")
    }

    /// The next field's number and wire type, or `nil` at the end of the message.
    mutating func field() throws(CoTError) -> (number: UInt64, wireType: UInt8)? {
        guard i < end else { return nil }
        let start = i
        let key = try varint()
        let number = key >> 3
        guard number >= 1, number <= 536_870_911 else { throw error("field number \(number) is not valid", at: start) }
        return (number, UInt8(key & 7))
    }

    mutating func varint() throws(CoTError) -> UInt64 {
        let start = i
        var value: UInt64 = 0
        for k in 0..<10 {
            guard i < end else { throw error("varint cut off by the end of the message", at: start) }
            let byte = b[i]
            i += 1
            if k == 9 && byte > 1 { throw error("varint over 64 bits", at: start) }
            value |= UInt64(byte & 0x7F) << UInt64(7 * k)
            if byte & 0x80 == 0 { return value }
        }
        throw error("varint longer than 10 bytes", at: start)
    }

    mutating func fixed64() throws(CoTError) -> UInt64 {
        guard end - i >= 8 else { throw error("fixed64 cut off by the end of the message") }
        var value: UInt64 = 0
        for k in 0..<8 { value |= UInt64(b[i + k]) << UInt64(8 * k) }
        i += 8
        return value
    }

    /// The range of a length-delimited field's bytes.
    mutating func lengthDelimited() throws(CoTError) -> Range<Int> {
        let start = i
        let length = try varint()
        guard length <= UInt64(end - i) else {
            throw error("length \(length) runs past the end of the message (\(end - i) bytes left)", at: start)
        }
        let range = i..<(i + Int(length))
        lastFieldStart = range.lowerBound
        i = range.upperBound
        return range
    }

    /// A string field: UTF-8 holding only characters XML can carry, so every decoded event can be
    /// written as XML again.
    mutating func string() throws(CoTError) -> String {
        let range = try lengthDelimited()
        guard let text = String(validating: b[range], as: UTF8.self) else { throw .invalidUTF8(offset: range.lowerBound) }
        if let bad = text.unicodeScalars.first(where: { !XMLReader.isXMLChar($0.value) }) {
            throw .invalidCharacter(offset: range.lowerBound, scalar: bad.value)
        }
        return text
    }

    mutating func double() throws(CoTError) -> Double { Double(bitPattern: try fixed64()) }

    /// Reads a field of `wireType` that must be of `expected` type, or throws.
    func expect(_ wireType: UInt8, _ expected: UInt8, field: UInt64) throws(CoTError) {
        guard wireType == expected else { throw error("field \(field) has wire type \(wireType), expected \(expected)") }
    }

    /// Skips a field we do not read.
    mutating func skip(_ wireType: UInt8) throws(CoTError) {
        switch wireType {
        case 0: _ = try varint()
        case 1: _ = try fixed64()
        case 2: _ = try lengthDelimited()
        case 5:
            guard end - i >= 4 else { throw error("fixed32 cut off by the end of the message") }
            i += 4
        default: throw error("wire type \(wireType) (groups or invalid) is not supported")
        }
    }
}
