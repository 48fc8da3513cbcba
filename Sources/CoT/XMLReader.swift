/// The XML subset CoT uses, read from bytes into `CoTElement` trees: elements, attributes in `'` or
/// `"`, text, CDATA, comments, processing instructions and the `<?xml …?>` declaration, XML's five
/// predefined entities and numeric character references. Any `<!DOCTYPE`, `<!ENTITY` or other
/// declaration is refused, so no entity is ever defined and none can expand.
///
/// One pass, no recursion (open elements are an explicit stack, bounded by `CoTLimits.maxDepth`),
/// and every limit is checked before the thing it limits is stored. Line ends are normalised (CR LF
/// and CR become LF) and attribute values have their literal tab, LF and CR turned into spaces, as
/// XML 1.0 requires, so this reader sees the same values as ATAK's and TAK Server's parsers.
struct XMLReader {
    /// A parsed document: its root and where the root and each of its children start.
    struct Document {
        var root: CoTElement
        var rootOffset: Int
        var childOffsets: [Int]
    }

    private struct Open {
        var name: String
        var attributes: [CoTAttribute]
        var offset: Int
        var children: [CoTElement] = []
        var text: [UInt8] = []
    }

    private let b: [UInt8]
    private var i = 0
    private let limits: CoTLimits
    private let depthBase: Int
    private(set) var elementCount: Int

    private init(_ bytes: [UInt8], limits: CoTLimits, depthBase: Int, elementCount: Int) {
        b = bytes
        self.limits = limits
        self.depthBase = depthBase
        self.elementCount = elementCount
    }

    /// Reads one whole document: optional BOM, prolog, one root element, epilog.
    static func document(_ bytes: [UInt8], limits: CoTLimits) throws(CoTError) -> Document {
        var reader = XMLReader(bytes, limits: limits, depthBase: 0, elementCount: 0)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { reader.i = 3 }
        try reader.skipMisc(allowDeclaration: true)
        guard reader.i < bytes.count else { throw .unexpectedEnd(offset: reader.i, expected: "the document (no root element)") }
        guard bytes[reader.i] == UInt8(ascii: "<") else {
            throw .malformed(offset: reader.i, reason: "text before the root element")
        }
        let rootOffset = reader.i
        let (root, offsets) = try reader.element()
        try reader.skipMisc(allowDeclaration: false)
        guard reader.i == bytes.count else { throw .trailingContent(offset: reader.i) }
        return Document(root: root, rootOffset: rootOffset, childOffsets: offsets)
    }

    /// Reads a sequence of sibling elements (a protobuf `xmlDetail`), whose depth starts below
    /// `depthBase` and whose count adds to `elementCount`. Whitespace and comments between them are
    /// skipped; other text is refused.
    static func fragment(
        _ bytes: [UInt8], limits: CoTLimits, depthBase: Int, elementCount: Int
    ) throws(CoTError) -> [CoTElement] {
        var reader = XMLReader(bytes, limits: limits, depthBase: depthBase, elementCount: elementCount)
        var elements: [CoTElement] = []
        while true {
            try reader.skipMisc(allowDeclaration: false)
            guard reader.i < bytes.count else { return elements }
            guard bytes[reader.i] == UInt8(ascii: "<") else {
                throw .malformed(offset: reader.i, reason: "text between detail elements")
            }
            elements.append(try reader.element().0)
        }
    }

    // MARK: - Elements

    /// Reads the element starting at `i` (which is at `<`) with everything inside it.
    private mutating func element() throws(CoTError) -> (CoTElement, [Int]) {
        var stack: [Open] = []
        var rootChildOffsets: [Int] = []
        var (first, closed) = try startTag(depth: 1)
        if closed { return (Self.finish(first), []) }
        stack.append(first)
        while let top = stack.last {
            guard i < b.count else {
                throw .unexpectedEnd(offset: i, expected: "<\(top.name)> (opened at byte \(top.offset))")
            }
            let c = b[i]
            if c == UInt8(ascii: "<") {
                guard i + 1 < b.count else { throw .unexpectedEnd(offset: i, expected: "a tag") }
                switch b[i + 1] {
                case UInt8(ascii: "/"):
                    let closeOffset = i
                    i += 2
                    let name = try self.name(what: "a closing tag name")
                    skipWhitespace()
                    guard i < b.count else { throw .unexpectedEnd(offset: i, expected: "the closing tag </\(name)>") }
                    guard b[i] == UInt8(ascii: ">") else {
                        throw .malformed(offset: i, reason: "expected '>' to end the closing tag </\(name)>")
                    }
                    i += 1
                    guard name == top.name else {
                        throw .mismatchedCloseTag(offset: closeOffset, expected: top.name, found: name)
                    }
                    let done = Self.finish(stack.removeLast())
                    if stack.isEmpty { return (done, rootChildOffsets) }
                    if stack.count == 1 { rootChildOffsets.append(top.offset) }
                    stack[stack.count - 1].children.append(done)
                case UInt8(ascii: "!"):
                    if try lookingAt("<![CDATA[") {
                        i += 9
                        try characters(until: Array("]]>".utf8), into: &stack[stack.count - 1].text, what: "a CDATA section")
                    } else {
                        try commentOrDeclaration()
                    }
                case UInt8(ascii: "?"):
                    try processingInstruction(allowDeclaration: false)
                default:
                    let offset = i
                    (first, closed) = try startTag(depth: stack.count + 1)
                    if closed {
                        if stack.count == 1 { rootChildOffsets.append(offset) }
                        stack[stack.count - 1].children.append(Self.finish(first))
                    } else {
                        stack.append(first)
                    }
                }
            } else if c == UInt8(ascii: "&") {
                let scalar = try reference()
                Self.appendUTF8(scalar, to: &stack[stack.count - 1].text)
            } else {
                try text(into: &stack[stack.count - 1].text)
            }
        }
        throw .malformed(offset: i, reason: "internal: element stack emptied")  // unreachable: the loop returns
    }

    private static func finish(_ open: Open) -> CoTElement {
        var text: String? = nil
        if !open.text.isEmpty, !(open.children.count > 0 && open.text.allSatisfy(isWhitespace)) {
            text = String(decoding: open.text, as: UTF8.self)
        }
        return CoTElement(name: open.name, attributes: open.attributes, children: open.children, text: text)
    }

    /// Reads a start tag at `i` (at `<`); `closed` when it ended with `/>`.
    private mutating func startTag(depth: Int) throws(CoTError) -> (Open, closed: Bool) {
        let offset = i
        let (level, overflow) = depthBase.addingReportingOverflow(depth)
        guard !overflow, level <= limits.maxDepth else { throw .tooDeep(offset: offset, limit: limits.maxDepth) }
        guard elementCount < limits.maxElements else { throw .tooManyElements(offset: offset, limit: limits.maxElements) }
        elementCount += 1
        i += 1
        let name = try self.name(what: "an element name after '<'")
        var open = Open(name: name, attributes: [], offset: offset)
        while true {
            let spaced = skipWhitespace()
            guard i < b.count else { throw .unexpectedEnd(offset: i, expected: "the start tag <\(name)>") }
            let c = b[i]
            if c == UInt8(ascii: ">") {
                i += 1
                return (open, false)
            }
            if c == UInt8(ascii: "/") {
                guard i + 1 < b.count else { throw .unexpectedEnd(offset: i, expected: "the start tag <\(name)>") }
                guard b[i + 1] == UInt8(ascii: ">") else {
                    throw .malformed(offset: i, reason: "'/' not followed by '>' in <\(name)>")
                }
                i += 2
                return (open, true)
            }
            guard spaced else {
                throw .malformed(offset: i, reason: "expected whitespace, '>' or '/>' in <\(name)>")
            }
            let attributeOffset = i
            let attribute = try self.name(what: "an attribute name, '>' or '/>' in <\(name)>")
            skipWhitespace()
            guard i < b.count else { throw .unexpectedEnd(offset: i, expected: "the start tag <\(name)>") }
            guard b[i] == UInt8(ascii: "=") else {
                throw .malformed(offset: i, reason: "attribute '\(attribute)' of <\(name)> has no '=' and value")
            }
            i += 1
            skipWhitespace()
            guard i < b.count else { throw .unexpectedEnd(offset: i, expected: "the start tag <\(name)>") }
            let quote = b[i]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw .unquotedAttribute(offset: i, name: attribute)
            }
            i += 1
            var value: [UInt8] = []
            while true {
                guard i < b.count else {
                    throw .unexpectedEnd(offset: i, expected: "the value of attribute '\(attribute)'")
                }
                let v = b[i]
                if v == quote {
                    i += 1
                    break
                } else if v == UInt8(ascii: "<") {
                    throw .malformed(offset: i, reason: "'<' in the value of attribute '\(attribute)'")
                } else if v == UInt8(ascii: "&") {
                    Self.appendUTF8(try reference(), to: &value)
                } else if v == 0x09 || v == 0x0A || v == 0x0D {
                    // Attribute-value normalisation: each literal line end or tab is one space.
                    if v == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A { i += 1 }
                    i += 1
                    value.append(0x20)
                } else {
                    try character(into: &value)
                }
            }
            if open.attributes.contains(where: { $0.name == attribute }) {
                throw .duplicateAttribute(offset: attributeOffset, name: attribute)
            }
            guard open.attributes.count < limits.maxAttributesPerElement else {
                throw .tooManyAttributes(offset: attributeOffset, limit: limits.maxAttributesPerElement)
            }
            open.attributes.append(CoTAttribute(name: attribute, value: String(decoding: value, as: UTF8.self)))
        }
    }

    // MARK: - Names, text, references

    /// An XML name: a letter, `_`, `:` or any non-ASCII character, then also digits, `-` and `.`.
    private mutating func name(what: String) throws(CoTError) -> String {
        let start = i
        while i < b.count {
            let c = b[i]
            if c >= 0x80 {
                let (scalar, length) = try scalar(at: i)
                guard Self.isXMLChar(scalar) else { throw .invalidCharacter(offset: i, scalar: scalar) }
                i += length
            } else if Self.isNameStart(c) || (i > start && Self.isNamePart(c)) {
                i += 1
            } else {
                break
            }
            if i - start > limits.maxNameLength { throw .nameTooLong(offset: start, limit: limits.maxNameLength) }
        }
        guard i > start else {
            guard i < b.count else { throw .unexpectedEnd(offset: i, expected: what) }
            throw .malformed(offset: i, reason: "expected \(what), found \(Self.show(b[i]))")
        }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    /// Character data up to the next `<` or `&`.
    private mutating func text(into out: inout [UInt8]) throws(CoTError) {
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "<") || c == UInt8(ascii: "&") { return }
            try character(into: &out)
        }
    }

    /// Reads characters up to `terminator` (consumed, not stored), normalising line ends.
    private mutating func characters(until terminator: [UInt8], into out: inout [UInt8], what: String) throws(CoTError) {
        let start = i
        while true {
            guard i < b.count else { throw .unexpectedEnd(offset: start, expected: what) }
            if b[i] == terminator[0], try lookingAt(terminator) {
                i += terminator.count
                return
            }
            try character(into: &out)
        }
    }

    /// One character at `i`, checked (UTF-8, XML Char) and appended with CR LF / CR turned into LF.
    private mutating func character(into out: inout [UInt8]) throws(CoTError) {
        let c = b[i]
        if c < 0x80 {
            if c < 0x20 {
                if c == 0x0D {
                    if i + 1 < b.count, b[i + 1] == 0x0A { i += 1 }
                    out.append(0x0A)
                    i += 1
                    return
                }
                guard c == 0x09 || c == 0x0A else { throw .invalidCharacter(offset: i, scalar: UInt32(c)) }
            }
            out.append(c)
            i += 1
            return
        }
        let (scalar, length) = try scalar(at: i)
        guard Self.isXMLChar(scalar) else { throw .invalidCharacter(offset: i, scalar: scalar) }
        out.append(contentsOf: b[i..<(i + length)])
        i += length
    }

    /// A reference at `i` (at `&`): one of the five predefined entities or `&#N;` / `&#xH;`.
    private mutating func reference() throws(CoTError) -> UInt32 {
        let start = i
        var j = i + 1
        while j < b.count, j - start <= 12, b[j] != UInt8(ascii: ";"),
            Self.isASCIIAlphanumeric(b[j]) || b[j] == UInt8(ascii: "#")
        {
            j += 1
        }
        let body = String(decoding: b[(start + 1)..<min(j, b.count)], as: UTF8.self)
        guard j < b.count else { throw .unexpectedEnd(offset: start, expected: "the reference '&\(body)'") }
        guard b[j] == UInt8(ascii: ";") else { throw .badReference(offset: start, reference: body) }
        i = j + 1
        switch body {
        case "amp": return 0x26
        case "lt": return 0x3C
        case "gt": return 0x3E
        case "quot": return 0x22
        case "apos": return 0x27
        default: break
        }
        var digits = Substring(body)
        guard digits.first == "#" else { throw .badReference(offset: start, reference: body + ";") }
        digits = digits.dropFirst()
        var radix: UInt32 = 10
        if digits.first == "x" {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { throw .badReference(offset: start, reference: body + ";") }
        var value: UInt32 = 0
        for character in digits {
            guard let digit = character.hexDigitValue, UInt32(digit) < radix else {
                throw .badReference(offset: start, reference: body + ";")
            }
            value = value * radix + UInt32(digit)
            guard value <= 0x10FFFF else { throw .badReference(offset: start, reference: body + ";") }
        }
        guard Self.isXMLChar(value) else { throw .invalidCharacter(offset: start, scalar: value) }
        return value
    }

    // MARK: - Comments, declarations, processing instructions

    /// Whitespace, comments and processing instructions outside the root element.
    private mutating func skipMisc(allowDeclaration: Bool) throws(CoTError) {
        var declarationAllowed = allowDeclaration
        while true {
            skipWhitespace()
            guard i + 1 < b.count, b[i] == UInt8(ascii: "<") else { return }
            switch b[i + 1] {
            case UInt8(ascii: "?"): try processingInstruction(allowDeclaration: declarationAllowed)
            case UInt8(ascii: "!"): try commentOrDeclaration()
            default: return
            }
            declarationAllowed = false
        }
    }

    /// At `<!`: a comment is skipped; anything else (`<!DOCTYPE`, `<!ENTITY`, …) is refused.
    private mutating func commentOrDeclaration() throws(CoTError) {
        let start = i
        if try lookingAt("<!--") {
            i += 4
            var ignored: [UInt8] = []
            try characters(until: Array("-->".utf8), into: &ignored, what: "a comment")
            return
        }
        if try lookingAt("<![CDATA[") {
            throw .malformed(offset: start, reason: "CDATA section outside an element")
        }
        var j = i + 2
        while j < b.count, j - start < 12, Self.isASCIIAlphanumeric(b[j]) { j += 1 }
        throw .declarationRefused(offset: start, keyword: String(decoding: b[(start + 2)..<j], as: UTF8.self))
    }

    /// At `<?`: the XML declaration (where allowed) or any other processing instruction, skipped.
    private mutating func processingInstruction(allowDeclaration: Bool) throws(CoTError) {
        let start = i
        i += 2
        let target = try name(what: "a processing instruction target")
        if target.lowercased() == "xml" && !allowDeclaration {
            throw .malformed(offset: start, reason: "an XML declaration is only allowed at the very start")
        }
        var ignored: [UInt8] = []
        try characters(until: Array("?>".utf8), into: &ignored, what: "the processing instruction <?\(target)")
    }

    // MARK: - Bytes

    /// Whether the bytes at `i` are `literal`; the input ending part-way is an unexpected end.
    private func lookingAt(_ literal: String) throws(CoTError) -> Bool {
        try lookingAt(Array(literal.utf8))
    }

    private func lookingAt(_ literal: [UInt8]) throws(CoTError) -> Bool {
        for (k, byte) in literal.enumerated() {
            guard i + k < b.count else {
                if b[i..<b.count].elementsEqual(literal[0..<(b.count - i)]) {
                    throw .unexpectedEnd(offset: i, expected: String(decoding: literal, as: UTF8.self))
                }
                return false
            }
            if b[i + k] != byte { return false }
        }
        return true
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = i
        while i < b.count, Self.isWhitespace(b[i]) { i += 1 }
        return i > start
    }

    /// Decodes the UTF-8 scalar at `at`, refusing overlong forms, surrogates, values over U+10FFFF,
    /// stray continuation bytes and sequences cut short.
    private func scalar(at p: Int) throws(CoTError) -> (UInt32, Int) {
        let b0 = b[p]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw .invalidUTF8(offset: p)
        }
        guard p + length <= b.count else { throw .invalidUTF8(offset: p) }
        let b1 = b[p + 1]
        guard b1 >= low, b1 <= high else { throw .invalidUTF8(offset: p) }
        var scalar = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        scalar = scalar << 6 | UInt32(b1 & 0x3F)
        for k in 2..<length {
            let bk = b[p + k]
            guard bk & 0xC0 == 0x80 else { throw .invalidUTF8(offset: p) }
            scalar = scalar << 6 | UInt32(bk & 0x3F)
        }
        return (scalar, length)
    }

    static func isXMLChar(_ s: UInt32) -> Bool {
        switch s {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func isWhitespace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    static func isNameStart(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":")
    }

    static func isNamePart(_ c: UInt8) -> Bool {
        isNameStart(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
    }

    private static func isASCIIAlphanumeric(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
    }

    private static func show(_ c: UInt8) -> String {
        c >= 0x21 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)))'" : "byte 0x\(String(c, radix: 16, uppercase: true))"
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18 & 0x07))
            out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
