public import GuidepostCore

/// Something wrong with a feed's input, reported and skipped: the feed never stops the watch
/// for it. Printed as `source:line: field: reason (hint)`, like every input problem.
public struct FeedProblem: Equatable, Sendable, CustomStringConvertible {
    /// What sort of problem it is (what `FeedHealth` counts it as).
    public enum Kind: Hashable, Sendable {
        /// A line that is not a detection or scan: skipped.
        case badLine
        /// A line older than a scan already handed out: dropped.
        case late
        /// A line longer than the source allows: skipped without being kept.
        case overLong
        /// `count` lines the feed could not keep (its buffer was full): dropped.
        case dropped(Int)
        /// A connection refused (wrong or missing token, too many connections): closed.
        case refused
        /// A connection that failed or closed abnormally.
        case connection
    }

    /// What sort of problem it is.
    public var kind: Kind
    /// Where and what: the source (`<stdin>`, a file, `tcp 127.0.0.1:53012`), line, field and reason.
    public var error: InputError

    /// A problem of `kind`, described by `error`.
    public init(_ kind: Kind, _ error: InputError) {
        self.kind = kind
        self.error = error
    }

    /// `source:line: field: reason (hint)`.
    public var description: String { error.description }
}
