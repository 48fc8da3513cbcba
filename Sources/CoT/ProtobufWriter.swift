/// Protocol Buffers wire format, writing: varints, fixed64 doubles and length-delimited fields, with
/// proto3's rule that a scalar equal to its default (empty string, 0, +0.0) is not written.
struct ProtobufWriter {
    private(set) var out: [UInt8] = []

    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    private mutating func tag(_ field: Int, _ wireType: Int) { varint(UInt64(field << 3 | wireType)) }

    mutating func string(_ field: Int, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        bytes(field, Array(value.utf8))
    }

    mutating func uint64(_ field: Int, _ value: UInt64) {
        guard value != 0 else { return }
        tag(field, 0)
        varint(value)
    }

    mutating func double(_ field: Int, _ value: Double) {
        guard value.bitPattern != 0 else { return }
        tag(field, 1)
        var bits = value.bitPattern
        for _ in 0..<8 {
            out.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    /// A length-delimited field, written even when empty (a sub-message's presence is information).
    mutating func bytes(_ field: Int, _ value: [UInt8]) {
        tag(field, 2)
        varint(UInt64(value.count))
        out.append(contentsOf: value)
    }
}
