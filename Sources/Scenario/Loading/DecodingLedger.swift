import Yams

/// What a `NodeDecoder` saw while decoding one YAML document: where every node sits in the file
/// and which keys of each mapping the decoded types asked for.
///
/// The loader uses it after decoding to name the line of any field (semantic checks know only
/// the field path) and to find keys that no type asked for — unknown fields, which `Codable`
/// alone would silently ignore.
final class DecodingLedger {
    /// A mapping that some type decoded with a keyed container.
    struct MappingVisit {
        var path: String
        var mapping: Node.Mapping
        var askedFor: Set<String>
    }

    /// Line and column of the node at each dotted field path (`actors[2].route[0].at`).
    private(set) var marks: [String: Mark] = [:]
    /// The mappings visited, in the order they were first visited, by path.
    private(set) var visits: [MappingVisit] = []
    private var visitIndex: [String: Int] = [:]

    func record(path: String, node: Node) {
        if marks[path] == nil, let mark = node.mark { marks[path] = mark }
    }

    func recordMapping(path: String, mapping: Node.Mapping) {
        if visitIndex[path] == nil {
            visitIndex[path] = visits.count
            visits.append(MappingVisit(path: path, mapping: mapping, askedFor: []))
        }
    }

    func recordAsked(key: String, inMappingAt path: String) {
        if let i = visitIndex[path] { visits[i].askedFor.insert(key) }
    }

    func visit(at path: String) -> MappingVisit? {
        visitIndex[path].map { visits[$0] }
    }

    /// The mark of the node at `path`, or of its nearest recorded ancestor.
    func mark(nearest path: String) -> Mark? {
        var p = path
        while true {
            if let m = marks[p] { return m }
            guard let cut = p.lastIndex(where: { $0 == "." || $0 == "[" }) else { return marks[""] }
            p = String(p[..<cut])
        }
    }
}
