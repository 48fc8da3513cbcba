import GuidepostCore
import Yams

/// A `Decoder` over a composed Yams `Node` tree that knows where each value came from.
///
/// Unlike `YAMLDecoder` it records every node's line and column and every key a type asked for
/// (in a shared `DecodingLedger`), rejects NaN and infinities, and reports type mismatches in
/// words a scenario author understands ("expected a number, found a mapping").
struct NodeDecoder: Decoder {
    let node: Node
    let codingPath: [any CodingKey]
    let ledger: DecodingLedger
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: Node, codingPath: [any CodingKey], ledger: DecodingLedger) {
        self.node = node
        self.codingPath = codingPath
        self.ledger = ledger
        ledger.record(path: InputErrorPath.string(codingPath), node: node)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else {
            throw DecodingError.typeMismatch(
                [String: Any].self,
                .init(codingPath: codingPath, debugDescription: "expected a mapping (key: value), found \(node.shape)"))
        }
        ledger.recordMapping(path: InputErrorPath.string(codingPath), mapping: mapping)
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(mapping: mapping, codingPath: codingPath, ledger: ledger))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else {
            throw DecodingError.typeMismatch(
                [Any].self,
                .init(codingPath: codingPath, debugDescription: "expected a list, found \(node.shape)"))
        }
        return NodeUnkeyedContainer(nodes: Array(sequence), codingPath: codingPath, ledger: ledger)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        NodeSingleValueContainer(decoder: self)
    }

    /// Decodes a value of any type at this node, routing scalars to the checked readers below.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is String.Type: return try decodeString() as! T  // safe: T is String
        case is Double.Type: return try decodeDouble() as! T  // safe: T is Double
        case is Int.Type: return try decodeInteger(Int.self) as! T  // safe: T is Int
        case is UInt64.Type: return try decodeInteger(UInt64.self) as! T  // safe: T is UInt64
        case is Bool.Type: return try decodeBool() as! T  // safe: T is Bool
        case let term as any ScenarioTerm.Type: return try term.decodeTerm(from: self) as! T  // safe: T is that term
        default: return try T(from: self)
        }
    }

    var isNull: Bool {
        guard case .scalar(let s) = node else { return false }
        return s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    func scalar(expected: String) throws -> Node.Scalar {
        guard case .scalar(let s) = node, !isNull else {
            throw DecodingError.typeMismatch(
                Any.self, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(node.shape)"))
        }
        return s
    }

    func decodeString() throws -> String { try scalar(expected: "text").string }

    func decodeBool() throws -> Bool {
        let s = try scalar(expected: "true or false")
        guard s.style == .plain, let b = Bool.construct(from: s) else {
            throw mismatch("expected true or false, found '\(s.string)'")
        }
        return b
    }

    func decodeDouble() throws -> Double {
        let s = try scalar(expected: "a number")
        let lowered = s.string.lowercased().trimmingPrefix(while: { "+-.".contains($0) })
        if ["nan", "inf", "infinity"].contains(String(lowered)) {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "'\(s.string)' is not a finite number"))
        }
        guard let d = Double.construct(from: s) else { throw mismatch("expected a number, found '\(s.string)'") }
        guard d.isFinite else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "'\(s.string)' is not a finite number"))
        }
        return d
    }

    func decodeInteger<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let s = try scalar(expected: "a whole number")
        if let v = Int64.construct(from: s), let i = I(exactly: v) { return i }
        if let v = UInt64.construct(from: s), let i = I(exactly: v) { return i }
        throw mismatch("expected a whole number in \(I.min)...\(I.max), found '\(s.string)'")
    }

    private func mismatch(_ text: String) -> DecodingError {
        .typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: text))
    }
}

extension Node {
    /// "a mapping", "a list", "'abc'": how a node looks, for error messages.
    var shape: String {
        switch self {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let s):
            if s.style == .plain && ["", "~", "null"].contains(s.string) { return "nothing" }
            return "'\(s.string)'"
        }
    }
}

/// Dotted field paths (`actors[2].route`), as `InputError` prints them.
enum InputErrorPath {
    static func string(_ codingPath: [any CodingKey]) -> String {
        InputError.path(codingPath)
    }
}
