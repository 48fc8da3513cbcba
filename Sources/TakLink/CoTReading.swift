import CoT

/// Reading the few parts of a received event the link needs, without assuming more of the
/// sender's detail than CoT requires (everything is optional).
enum CoTReading {
    /// The first detail element named `name`.
    static func element(_ name: String, in event: CoTEvent) -> CoTElement? {
        event.detail.first { $0.name == name }
    }

    /// The value of attribute `name` of `element`.
    static func attribute(_ name: String, of element: CoTElement?) -> String? {
        element?.attributes.first { $0.name == name }?.value
    }

    /// `detail/contact@callsign`.
    static func callsign(_ event: CoTEvent) -> String? {
        attribute("callsign", of: element("contact", in: event))
    }

    /// The text of `detail/remarks`, trimmed; nil when empty.
    static func remarks(_ event: CoTEvent) -> String? {
        guard let text = element("remarks", in: event)?.text else { return nil }
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks (no Foundation here).
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
