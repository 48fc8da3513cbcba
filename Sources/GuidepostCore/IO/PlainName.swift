/// The rule for ids that become parts of file names (a scenario's id names its run folder, an
/// incident's id its report files): ASCII letters, digits, `-`, `_` and `.`, not starting with a
/// dot, 1 to 128 characters. So no `/`, `..`, newline, NUL, space or hidden file can come from data.
public enum PlainName {
    /// The longest plain name, in characters.
    public static let maximumLength = 128

    /// Why `name` is not a plain name, or nil when it is.
    public static func problem(_ name: String) -> String? {
        if name.isEmpty { return "is empty" }
        if name.utf8.count > maximumLength { return "is longer than \(maximumLength) characters" }
        if name.hasPrefix(".") { return "'\(printable(name))' starts with a dot" }
        if let bad = name.unicodeScalars.first(where: { !isAllowed($0) }) {
            return "'\(printable(name))' contains \(describe(bad)); ids name files, so only letters, digits, '-', '_' and '.' are allowed"
        }
        return nil
    }

    /// Whether `name` is a plain name.
    public static func isPlain(_ name: String) -> Bool { problem(name) == nil }

    private static func isAllowed(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": return true
        default: return false
        }
    }

    private static func describe(_ c: Unicode.Scalar) -> String {
        switch c {
        case "/": return "a slash"
        case "\\": return "a backslash"
        case "\n", "\r": return "a line break"
        case "\0": return "a NUL byte"
        case " ": return "a space"
        default: return c.value < 0x20 || c.value == 0x7F ? "control character U+\(String(c.value, radix: 16, uppercase: true))" : "'\(c)'"
        }
    }

    /// The name with control characters escaped and cut to 60 characters, for messages.
    static func printable(_ name: String) -> String {
        var out = ""
        for c in name.unicodeScalars.prefix(60) {
            out += c.value < 0x20 || c.value == 0x7F ? "\\u{\(String(c.value, radix: 16))}" : String(c)
        }
        return name.unicodeScalars.count > 60 ? out + "…" : out
    }
}
