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

    public init(
        file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, reason: String, hint: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.reason = reason
        self.hint = hint
    }

    public var description: String {
        var s = file
        if let line {
            s += ":\(line)"
            if let column { s += ":\(column)" }
        }
        s += ": "
        if let field, !field.isEmpty { s += "\(field): " }
        s += reason
        if let hint { s += " (\(hint))" }
        return s
    }
}
