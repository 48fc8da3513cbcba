/// One line of a feed as a source read it: the bytes without the newline, the source's name and
/// the line's 1-based number there (each connection counts its own lines).
public struct FeedLine: Hashable, Sendable {
    /// The source, as problems name it: a path, `<stdin>`, `tcp 127.0.0.1:53012`.
    public var source: String
    /// 1-based line number within the source.
    public var number: Int
    /// The line's bytes, without the newline.
    public var bytes: [UInt8]

    /// Line `number` of `source`.
    public init(source: String, number: Int, bytes: [UInt8]) {
        self.source = source
        self.number = number
        self.bytes = bytes
    }

    /// Line `number` of `source`, from text (tests, generated feeds).
    public init(source: String, number: Int, text: String) {
        self.init(source: source, number: number, bytes: Array(text.utf8))
    }
}
