import GuidepostCore
public import Pipeline

/// One line cut from a byte stream by `LineSplitter`: its bytes, or only its length when it was
/// longer than the limit (its bytes were never kept).
public enum LineFrame: Hashable, Sendable {
    /// Line `number` (1-based), without its newline or a trailing carriage return.
    case line(number: Int, bytes: [UInt8])
    /// Line `number` was `length` bytes or more, over the limit: skipped unread.
    case overLong(number: Int, length: Int)
}

extension LineFrame {
    /// The frame as the feed's input from `source`: a line, or the over-long line as a problem.
    public func input(source: String, limit: Int) -> FeedInput {
        switch self {
        case .line(let number, let bytes):
            .line(FeedLine(source: source, number: number, bytes: bytes))
        case .overLong(let number, let length):
            .problem(
                FeedProblem(
                    .overLong,
                    InputError(
                        file: source, line: number, reason: "a line of \(length) bytes is over the limit of \(limit); skipped",
                        hint: "one detection a line, each well under \(limit / 1024) KiB")))
        }
    }
}
