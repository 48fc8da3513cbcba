/// Translation of Swift's `DecodingError` into an `InputError` that names the field.
extension InputError {
    /// An `InputError` for a failed decode at `file:line`, naming the field path that failed.
    public init(decoding error: any Error, file: String, line: Int? = nil) {
        guard let error = error as? DecodingError else {
            self.init(file: file, line: line, reason: "\(error)")
            return
        }
        switch error {
        case .typeMismatch(let type, let context):
            self.init(
                file: file, line: line, field: Self.path(context.codingPath),
                reason: "expected \(Self.describe(type)); \(Self.clean(context.debugDescription))")
        case .valueNotFound(let type, let context):
            self.init(
                file: file, line: line, field: Self.path(context.codingPath),
                reason: "missing value: expected \(Self.describe(type))")
        case .keyNotFound(let key, let context):
            self.init(
                file: file, line: line, field: Self.path(context.codingPath + [key]), reason: "required field is missing")
        case .dataCorrupted(let context):
            self.init(
                file: file, line: line, field: Self.path(context.codingPath),
                reason: Self.clean(context.debugDescription))
        @unknown default:
            self.init(file: file, line: line, reason: "\(error)")
        }
    }

    /// A dotted field path such as `actors[2].route`.
    public static func path(_ codingPath: [any CodingKey]) -> String {
        var s = ""
        for key in codingPath {
            if let index = key.intValue {
                s += "[\(index)]"
            } else {
                s += s.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return s
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Float.Type: return "a number"
        case is Int.Type, is UInt64.Type, is Int64.Type: return "an integer"
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        default: return "\(type)"
        }
    }

    private static func clean(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }
}
