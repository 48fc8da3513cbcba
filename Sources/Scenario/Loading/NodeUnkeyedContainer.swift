import Yams

/// Sequential access to a YAML list.
struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let nodes: [Node]
    let codingPath: [any CodingKey]
    let ledger: DecodingLedger
    private(set) var currentIndex = 0

    init(nodes: [Node], codingPath: [any CodingKey], ledger: DecodingLedger) {
        self.nodes = nodes
        self.codingPath = codingPath
        self.ledger = ledger
    }

    var count: Int? { nodes.count }
    var isAtEnd: Bool { currentIndex >= nodes.count }

    private mutating func next(_ type: Any.Type) throws -> NodeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type,
                .init(codingPath: codingPath, debugDescription: "the list has only \(nodes.count) item(s)"))
        }
        let decoder = NodeDecoder(
            node: nodes[currentIndex], codingPath: codingPath + [IndexKey(currentIndex)], ledger: ledger)
        currentIndex += 1
        return decoder
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        let null = NodeDecoder(node: nodes[currentIndex], codingPath: codingPath, ledger: ledger).isNull
        if null { currentIndex += 1 }
        return null
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type).decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try next(type).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next([Any].self).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try next(Any.self) }
}

/// The coding key of a list element.
struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
