/// Cuts a byte stream into lines with a hard limit on a line's length, so that memory stays
/// bounded whatever a sender does: a line longer than `limit` is not kept but counted and reported
/// as `LineFrame.overLong` when its newline comes, and the line after it is read as usual. Blank
/// lines are skipped but counted, so numbers match an editor's. Shared by the socket's decoder
/// and the file and standard-input reader.
public struct LineSplitter: Sendable {
    /// The longest line kept, bytes (without its newline).
    public let limit: Int
    private var buffer: [UInt8] = []
    /// Bytes of an over-long line skipped so far (nil when not skipping).
    private var skipped: Int?
    /// Lines cut so far.
    public private(set) var lineNumber = 0

    /// A splitter keeping lines of at most `limit` bytes.
    public init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// The lines that `chunk` completes, in order; the rest is kept (at most `limit` bytes).
    public mutating func append<C: Collection<UInt8>>(_ chunk: C) -> [LineFrame] {
        var out: [LineFrame] = []
        var rest = chunk[...]
        while let newline = rest.firstIndex(of: 0x0A) {
            take(rest[..<newline], complete: true, into: &out)
            rest = rest[rest.index(after: newline)...]
        }
        take(rest, complete: false, into: &out)
        return out
    }

    /// The last line, if the stream ended without a newline after it.
    public mutating func finish() -> LineFrame? {
        var out: [LineFrame] = []
        if skipped != nil || !buffer.isEmpty { take(EmptyCollection<UInt8>()[...], complete: true, into: &out) }
        return out.first
    }

    private mutating func take<S: Collection<UInt8>>(_ piece: S, complete: Bool, into out: inout [LineFrame]) {
        if let s = skipped {
            guard complete else {
                skipped = s + piece.count
                return
            }
            lineNumber += 1
            out.append(.overLong(number: lineNumber, length: s + piece.count))
            skipped = nil
            return
        }
        if buffer.count + piece.count > limit {
            let length = buffer.count + piece.count
            buffer.removeAll()
            if complete {
                lineNumber += 1
                out.append(.overLong(number: lineNumber, length: length))
            } else {
                skipped = length
            }
            return
        }
        buffer.append(contentsOf: piece)
        guard complete else { return }
        lineNumber += 1
        if buffer.last == 0x0D { buffer.removeLast() }
        if !buffer.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { out.append(.line(number: lineNumber, bytes: buffer)) }
        buffer.removeAll(keepingCapacity: true)
    }
}
