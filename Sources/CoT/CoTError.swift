/// Why CoT input was refused. Every reader in this module throws or reports only this.
///
/// Each case carries `offset`: the byte offset where the problem was found, counted from the start
/// of the bytes handed to the decoder (for the stream framer, from the start of the stream). The
/// ``description`` says where, what, and what to do about it.
public enum CoTError: Error, Sendable, Hashable, CustomStringConvertible {
    // Limits (CoTLimits)
    /// The event is larger than `CoTLimits.maxEventBytes`; `size` is `nil` when a stream was cut off
    /// before its end was known.
    case eventTooLarge(offset: Int, size: Int?, limit: Int)
    /// Elements nest deeper than `CoTLimits.maxDepth`.
    case tooDeep(offset: Int, limit: Int)
    /// An element has more attributes than `CoTLimits.maxAttributesPerElement`.
    case tooManyAttributes(offset: Int, limit: Int)
    /// The event has more elements than `CoTLimits.maxElements`.
    case tooManyElements(offset: Int, limit: Int)
    /// A name is longer than `CoTLimits.maxNameLength` bytes.
    case nameTooLong(offset: Int, limit: Int)

    // XML
    /// The input ended inside a construct; `expected` says what was still open.
    case unexpectedEnd(offset: Int, expected: String)
    /// XML this reader does not accept, described by `reason`.
    case malformed(offset: Int, reason: String)
    /// Bytes that are not UTF-8 (overlong forms, surrogates and stray continuation bytes included).
    case invalidUTF8(offset: Int)
    /// A character XML 1.0 forbids (NUL, most C0 controls, U+FFFE, U+FFFF), raw or as a reference.
    case invalidCharacter(offset: Int, scalar: UInt32)
    /// An attribute value without quotes.
    case unquotedAttribute(offset: Int, name: String)
    /// The same attribute twice on one element.
    case duplicateAttribute(offset: Int, name: String)
    /// A closing tag that does not match the open element.
    case mismatchedCloseTag(offset: Int, expected: String, found: String)
    /// An entity or character reference that is not one of XML's five or a valid `&#…;`.
    case badReference(offset: Int, reference: String)
    /// `<!DOCTYPE`, `<!ENTITY` or another markup declaration: refused, so entity expansion cannot happen.
    case declarationRefused(offset: Int, keyword: String)
    /// Something other than whitespace, comments or processing instructions after the root element.
    case trailingContent(offset: Int)

    // CoT
    /// The root element is not `<event>`.
    case notAnEvent(offset: Int, root: String)
    /// A required element (`point`) is missing.
    case missingElement(offset: Int, name: String)
    /// An element that may appear once (`point`, `detail`) appears twice.
    case duplicateElement(offset: Int, name: String)
    /// A required attribute is missing.
    case missingAttribute(offset: Int, element: String, name: String)
    /// An attribute's value is not what CoT allows; `value` is cut to 64 characters.
    case invalidAttribute(offset: Int, element: String, name: String, value: String, expected: String)

    // Streams and TAK protocol
    /// Bytes between events that are not an event (`count` of them, reported once per run).
    case garbage(offset: Int, count: Int)
    /// A TAK-protocol stream frame whose varint length is longer than 10 bytes or overflows 64 bits.
    case badLengthPrefix(offset: Int)
    /// The stream ended inside a frame.
    case truncated(offset: Int)
    /// A TAK-protocol (protobuf) message that does not parse, described by `reason`.
    case protobuf(offset: Int, reason: String)
    /// An error inside a protobuf `xmlDetail`; `offset` is where that field's text starts.
    indirect case inXMLDetail(offset: Int, CoTError)

    /// Where the problem was found (the outer offset for ``inXMLDetail(offset:_:)``).
    public var offset: Int {
        switch self {
        case .eventTooLarge(let o, _, _), .tooDeep(let o, _), .tooManyAttributes(let o, _),
            .tooManyElements(let o, _), .nameTooLong(let o, _), .unexpectedEnd(let o, _), .malformed(let o, _),
            .invalidUTF8(let o), .invalidCharacter(let o, _), .unquotedAttribute(let o, _),
            .duplicateAttribute(let o, _), .mismatchedCloseTag(let o, _, _), .badReference(let o, _),
            .declarationRefused(let o, _), .trailingContent(let o), .notAnEvent(let o, _),
            .missingElement(let o, _), .duplicateElement(let o, _), .missingAttribute(let o, _, _),
            .invalidAttribute(let o, _, _, _, _), .garbage(let o, _), .badLengthPrefix(let o), .truncated(let o),
            .protobuf(let o, _), .inXMLDetail(let o, _):
            o
        }
    }

    public var description: String {
        switch self {
        case .eventTooLarge(let o, let size, let limit):
            "CoT event at byte \(o) is \(size.map { "\($0) bytes" } ?? "larger than the limit"), over the limit of "
                + "\(limit) bytes; it was skipped. Raise CoTLimits.maxEventBytes if such events are expected."
        case .tooDeep(let o, let limit):
            "CoT element at byte \(o) nests deeper than \(limit) levels; the event was refused. "
                + "Raise CoTLimits.maxDepth if the sender's detail really is that deep."
        case .tooManyAttributes(let o, let limit):
            "CoT element at byte \(o) has more than \(limit) attributes; the event was refused. "
                + "Raise CoTLimits.maxAttributesPerElement if that is legitimate."
        case .tooManyElements(let o, let limit):
            "CoT event has more than \(limit) elements (the one over starts at byte \(o)); it was refused. "
                + "Raise CoTLimits.maxElements if that is legitimate."
        case .nameTooLong(let o, let limit):
            "XML name at byte \(o) is longer than \(limit) bytes; the event was refused. "
                + "Raise CoTLimits.maxNameLength if that is legitimate."
        case .unexpectedEnd(let o, let expected):
            "CoT input ended at byte \(o) inside \(expected); the event is incomplete. "
                + "Check that the sender finished the event, or that framing did not cut it."
        case .malformed(let o, let reason):
            "Malformed XML at byte \(o): \(reason). The event was refused; fix the sender's XML."
        case .invalidUTF8(let o):
            "Invalid UTF-8 at byte \(o). CoT must be UTF-8; the event was refused. Fix the sender's encoding."
        case .invalidCharacter(let o, let scalar):
            "Character U+\(String(scalar, radix: 16, uppercase: true)) at byte \(o) is not allowed in XML; "
                + "the event was refused. The sender must drop control characters (NUL included)."
        case .unquotedAttribute(let o, let name):
            "Attribute '\(name)' at byte \(o) has no quotes around its value; the event was refused. "
                + "XML needs name=\"value\" or name='value'."
        case .duplicateAttribute(let o, let name):
            "Attribute '\(name)' appears twice on one element (second at byte \(o)); the event was refused."
        case .mismatchedCloseTag(let o, let expected, let found):
            "Closing tag </\(found)> at byte \(o) does not close the open <\(expected)>; the event was refused."
        case .badReference(let o, let reference):
            "Reference '&\(reference)' at byte \(o) is not one of &amp; &lt; &gt; &quot; &apos; or a valid "
                + "&#…; character reference; the event was refused. Entities from a DTD are never expanded."
        case .declarationRefused(let o, let keyword):
            "<!\(keyword) at byte \(o) refused: CoT needs no document type or entity declarations, and reading "
                + "none rules out entity expansion attacks. The sender must not send them."
        case .trailingContent(let o):
            "Content after the end of the event at byte \(o); the event was refused. "
                + "Send one event per document (the stream framer splits a stream)."
        case .notAnEvent(let o, let root):
            "Root element <\(root)> at byte \(o) is not a CoT <event>; it was refused."
        case .missingElement(let o, let name):
            "CoT event at byte \(o) has no <\(name)>; it was refused. Every CoT event needs one."
        case .duplicateElement(let o, let name):
            "Second <\(name)> at byte \(o); a CoT event has only one. The event was refused."
        case .missingAttribute(let o, let element, let name):
            "<\(element)> at byte \(o) has no '\(name)' attribute, which CoT requires; the event was refused."
        case .invalidAttribute(let o, let element, let name, let value, let expected):
            "<\(element) \(name)=\"\(value)\"> at byte \(o): expected \(expected); the event was refused."
        case .garbage(let o, let count):
            "\(count) bytes at stream offset \(o) are not a CoT event or frame and were skipped. "
                + "If this repeats, check that both ends agree on XML or TAK protocol."
        case .badLengthPrefix(let o):
            "TAK protocol frame at stream offset \(o) has a length varint longer than 10 bytes; its magic byte "
                + "was skipped. The stream is out of step; reconnect if this repeats."
        case .truncated(let o):
            "The stream ended inside a frame that began at offset \(o); that frame was dropped."
        case .protobuf(let o, let reason):
            "TAK protocol message at byte \(o): \(reason). The message was refused."
        case .inXMLDetail(let o, let inner):
            "In the xmlDetail text starting at byte \(o) of the TAK protocol message: \(inner)"
        }
    }
}
