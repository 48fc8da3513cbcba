/// Finds where an XML event ends without parsing it: a byte-at-a-time state machine that follows
/// tags, quoted attribute values, comments, CDATA and processing instructions and counts depth, so
/// `</event>` inside CDATA or a value does not end the event early. It keeps only its state, so
/// `CoTStreamFramer` can feed it any split of the stream, and it can follow an event it is
/// discarding (over the size limit) to its end without storing it.
///
/// It catches only what makes the end impossible to find (a `<` inside a tag, `<!DOCTYPE`); the
/// decoder checks the rest.
struct XMLEventScanner: Sendable, Hashable {
    enum Outcome { case more, complete, failed(reason: String, keyword: String?) }

    private enum State: Sendable, Hashable {
        case text, lt, endTag, comment(dashes: Int), cdata(brackets: Int), pi(question: Bool)
        case startTag(quote: UInt8, slash: Bool)
        case bang(matched: Int)  // after "<!": 1 = "<!-"; 10 + k = k bytes of "[CDATA[" matched
    }

    private var state = State.text
    private(set) var depth = 0

    /// Whether the scanner is in character data, where only `<` changes its state (so a caller may
    /// skip straight to the next `<`).
    var isInText: Bool { state == .text }
    private static let cdataOpen = Array("[CDATA[".utf8)

    /// Consumes one byte.
    mutating func consume(_ c: UInt8) -> Outcome {
        switch state {
        case .text:
            if c == UInt8(ascii: "<") { state = .lt }
        case .lt:
            switch c {
            case UInt8(ascii: "/"): state = .endTag
            case UInt8(ascii: "!"): state = .bang(matched: 0)
            case UInt8(ascii: "?"): state = .pi(question: false)
            default:
                guard XMLReader.isNameStart(c) || c >= 0x80 else { return .failed(reason: "'<' not followed by a name", keyword: nil) }
                state = .startTag(quote: 0, slash: false)
            }
        case .startTag(let quote, let slash):
            if quote != 0 {
                if c == quote {
                    state = .startTag(quote: 0, slash: false)
                } else if c == UInt8(ascii: "<") {
                    return .failed(reason: "'<' inside an attribute value (unterminated quote?)", keyword: nil)
                }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                state = .startTag(quote: c, slash: false)
            } else if c == UInt8(ascii: ">") {
                state = .text
                if slash { return depth == 0 ? .complete : .more }
                depth += 1
            } else if c == UInt8(ascii: "<") {
                return .failed(reason: "'<' inside a tag (unterminated tag?)", keyword: nil)
            } else {
                state = .startTag(quote: 0, slash: c == UInt8(ascii: "/"))
            }
        case .endTag:
            if c == UInt8(ascii: ">") {
                state = .text
                depth -= 1
                if depth <= 0 { return .complete }
            } else if c == UInt8(ascii: "<") {
                return .failed(reason: "'<' inside a closing tag", keyword: nil)
            }
        case .bang(let matched):
            if matched == 0 && c == UInt8(ascii: "-") {
                state = .bang(matched: 1)
            } else if matched == 1 {
                guard c == UInt8(ascii: "-") else { return .failed(reason: "'<!-' not followed by '-'", keyword: nil) }
                state = .comment(dashes: 0)
            } else if matched >= 10 || (matched == 0 && c == UInt8(ascii: "[")) {
                let k = matched >= 10 ? matched - 10 : 0
                guard c == Self.cdataOpen[k] else { return .failed(reason: "'<![' not followed by 'CDATA['", keyword: nil) }
                state = k + 1 == Self.cdataOpen.count ? .cdata(brackets: 0) : .bang(matched: 10 + k + 1)
            } else {
                return .failed(reason: "markup declaration", keyword: c == UInt8(ascii: "D") ? "DOCTYPE" : "")
            }
        case .comment(let dashes):
            if c == UInt8(ascii: "-") {
                state = .comment(dashes: min(dashes + 1, 2))
            } else {
                state = c == UInt8(ascii: ">") && dashes >= 2 ? .text : .comment(dashes: 0)
            }
        case .cdata(let brackets):
            if c == UInt8(ascii: "]") {
                state = .cdata(brackets: min(brackets + 1, 2))
            } else {
                state = c == UInt8(ascii: ">") && brackets >= 2 ? .text : .cdata(brackets: 0)
            }
        case .pi(let question):
            state = c == UInt8(ascii: ">") && question ? .text : .pi(question: c == UInt8(ascii: "?"))
        }
        return .more
    }
}
