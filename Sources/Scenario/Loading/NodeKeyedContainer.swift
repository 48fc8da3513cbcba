import Yams

/// Keyed access to a YAML mapping; every key asked for (present or not) is recorded, so keys that
/// nobody asked for can be reported as unknown fields afterwards.
struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let mapping: Node.Mapping
    let codingPath: [any CodingKey]
    let ledger: DecodingLedger

    private var path: String { InputErrorPath.string(codingPath) }

    var allKeys: [Key] {
        mapping.keys.compactMap { $0.scalar.flatMap { Key(stringValue: $0.string) } }
    }

    private func value(for key: Key) -> Node? {
        ledger.recordAsked(key: key.stringValue, inMappingAt: path)
        return mapping[key.stringValue]
    }

    func contains(_ key: Key) -> Bool { value(for: key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let node = value(for: key) else { return true }
        return NodeDecoder(node: node, codingPath: codingPath + [key], ledger: ledger).isNull
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let node = value(for: key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "required field '\(key.stringValue)' is missing"))
        }
        let decoder = NodeDecoder(node: node, codingPath: codingPath + [key], ledger: ledger)
        if decoder.isNull {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: codingPath + [key], debugDescription: "required field has no value"))
        }
        return try decoder.decode(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = value(for: key) else { return nil }
        let decoder = NodeDecoder(node: node, codingPath: codingPath + [key], ledger: ledger)
        if decoder.isNull { return nil }
        return try decoder.decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try superDecoder(forKey: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try superDecoder(forKey: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        NodeDecoder(node: .mapping(mapping), codingPath: codingPath, ledger: ledger)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        guard let node = value(for: key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "required field '\(key.stringValue)' is missing"))
        }
        return NodeDecoder(node: node, codingPath: codingPath + [key], ledger: ledger)
    }
}
