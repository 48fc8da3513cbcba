/// A problem with something a user gave us — a file, a line of a stream, an argument — that says
/// where it is and what to do about it.
///
/// Printed as `file:line: field: reason (hint)`, the form compilers use, so editors can jump to it.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file (or `<stdin>`, or `<argument>`) the input came from.
    public var file: String
    /// 1-based line number, when the input has lines.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The field, as a dotted path (`actors[2].route`), when the problem is in one field.
    public var field: String?
    /// What is wrong.
    public var reason: String
    /// What the user should do, when there is something better to say than "fix it".
    public var hint: String?
    /// Whether the input's content was refused or the input could not be read at all (which
    /// the command line turns into distinct exit statuses).
    public var kind: Kind

    /// What kind of problem an `InputError` is.
    public enum Kind: Sendable, Equatable {
        /// The input was read, and something in it (a line, a field, a value) was refused.
        case data
        /// The input could not be read at all: missing, unreadable, or a folder.
        case unreadable
        /// An output could not be created or written.
        case unwritable
    }

    public init(
        file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, reason: String, hint: String? = nil,
        kind: Kind = .data
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.reason = reason
        self.hint = hint
        self.kind = kind
    }

    /// The longest reason or field printed whole; longer text (a value echoed from a hostile
    /// line) is cut to its start with its size (`excerpt`).
    public static let printedLimit = 500

    /// `text` as an error may echo it: whole when at most `limit` characters, else its first
    /// `limit` characters, "…" and its size in bytes, so a 10 MB value never floods a terminal.
    public static func excerpt(_ text: some StringProtocol, limit: Int = 80) -> String {
        guard text.utf8.count > limit, text.count > limit else { return String(text) }
        return "\(text.prefix(limit))… (\(text.utf8.count) bytes)"
    }

    public var description: String {
        var s = file
        if let line {
            s += ":\(line)"
            if let column { s += ":\(column)" }
        }
        s += ": "
        if let field, !field.isEmpty { s += "\(Self.excerpt(field, limit: Self.printedLimit)): " }
        s += Self.excerpt(reason, limit: Self.printedLimit)
        if let hint { s += " (\(hint))" }
        return s
    }
}
