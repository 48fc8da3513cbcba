/// Where each field of a loaded scenario was written: dotted field path → line and column.
///
/// Kept with the document so that checks made after loading (resolution against an MDL frame)
/// can still point at the line that needs fixing.
public struct SourceMap: Hashable, Sendable {
    /// 1-based line and column in the file.
    public struct Location: Hashable, Sendable {
        public var line: Int
        public var column: Int
    }

    var locations: [String: Location]

    init(locations: [String: Location]) { self.locations = locations }

    /// The location of `path`, or of its nearest ancestor that has one.
    public func location(of path: String) -> Location? {
        var p = path
        while true {
            if let l = locations[p] { return l }
            guard let cut = p.lastIndex(where: { $0 == "." || $0 == "[" }) else { return locations[""] }
            p = String(p[..<cut])
        }
    }
}
