import Foundation

/// Translation of Swift's `DecodingError` into an `InputError` that names the field.
extension InputError {
    /// An `InputError` for a failed decode at `file:line`, naming the field path that failed.
    /// With the line's `bytes`, a line that is valid JSON is never called "not valid JSON":
    /// Foundation's decoder says so also for a number it cannot hold (1e400, or 1.5 for a whole
    /// number).
    public init(decoding error: any Error, file: String, line: Int? = nil, bytes: [UInt8]? = nil) {
        guard let error = error as? DecodingError else {
            self.init(file: file, line: line, reason: "\(error)")
            return
        }
        if case .dataCorrupted(let context) = error, context.codingPath.isEmpty, let bytes {
            self.init(file: file, line: line, reason: Self.unparsed(bytes))
            return
        }
        switch error {
        case .typeMismatch(let type, let context):
            self.init(
                file: file, line: line, field: Self.path(context.codingPath),
                reason: "expected \(Self.describe(type)); \(Self.excerpt(Self.clean(context.debugDescription), limit: 120))")
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
                reason: Self.excerpt(Self.clean(context.debugDescription), limit: 120))
        @unknown default:
            self.init(file: file, line: line, reason: "\(error)")
        }
    }

    /// Why a line that the decoder could not read at all failed: not JSON, or JSON holding a
    /// number no field can take.
    static func unparsed(_ bytes: [UInt8]) -> String {
        if (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil {
            return "valid JSON, but a value does not fit its field (a number out of range, or with a fraction where a whole number is needed)"
        }
        if let number = firstOutOfRangeNumber(bytes) {
            return "the number \(excerpt(number)) is out of range"
        }
        if bytes.first != UInt8(ascii: "{") { return "not a JSON object (each line must be one {…} object)" }
        return "not valid JSON"
    }

    /// The first number token in `bytes` that a `Double` cannot hold (e.g. `1e400`).
    private static func firstOutOfRangeNumber(_ bytes: [UInt8]) -> String? {
        var i = 0
        var inString = false
        while i < bytes.count {
            let b = bytes[i]
            if inString {
                if b == UInt8(ascii: "\\") { i += 2; continue }
                if b == UInt8(ascii: "\"") { inString = false }
                i += 1
                continue
            }
            if b == UInt8(ascii: "\"") {
                inString = true
                i += 1
                continue
            }
            if b == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) {
                var j = i + 1
                while j < bytes.count, "0123456789.eE+-".utf8.contains(bytes[j]) { j += 1 }
                let token = String(decoding: bytes[i..<j], as: UTF8.self)
                if let v = Double(token), !v.isFinite { return token }
                i = j
                continue
            }
            i += 1
        }
        return nil
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
