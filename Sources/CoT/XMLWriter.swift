/// Writes `CoTElement`s as XML text, in one of two styles.
///
/// `.compact` is this module's own: `<a x="1"/>`, UTF-8 as is. `.elementTree` is byte for byte what
/// Python's `xml.etree.ElementTree.tostring` writes (`<a x="1" />`, non-ASCII as `&#N;`, a tab in an
/// attribute as `&#09;`), which takproto puts in a TAK-protocol `xmlDetail`, so our protobuf bytes
/// match the reference encoder's. Both read back to the same element.
///
/// Whatever the strings hold, the output is well-formed: characters XML cannot carry (NUL and other
/// C0 controls but tab, LF and CR; U+FFFE, U+FFFF) become U+FFFD, characters not allowed in a name
/// become `_`, and a repeated attribute name is written once (its first value).
struct XMLWriter {
    enum Style { case compact, elementTree }

    let style: Style
    private(set) var out: [UInt8] = []

    init(style: Style, reservingCapacity capacity: Int = 512) {
        self.style = style
        out.reserveCapacity(capacity)
    }

    mutating func raw(_ text: String) { out.append(contentsOf: text.utf8) }

    mutating func element(_ element: CoTElement) {
        out.append(UInt8(ascii: "<"))
        name(element.name)
        var written: [String] = []
        for attribute in element.attributes where !written.contains(attribute.name) {
            written.append(attribute.name)
            self.attribute(attribute.name, attribute.value)
        }
        let text = element.text ?? ""
        if text.isEmpty && element.children.isEmpty {
            raw(style == .compact ? "/>" : " />")
            return
        }
        out.append(UInt8(ascii: ">"))
        escaped(text, inAttribute: false)
        for child in element.children { self.element(child) }
        raw("</")
        name(element.name)
        out.append(UInt8(ascii: ">"))
    }

    /// ` name="value"`, escaped.
    mutating func attribute(_ name: String, _ value: String) {
        out.append(0x20)
        self.name(name)
        raw("=\"")
        escaped(value, inAttribute: true)
        out.append(UInt8(ascii: "\""))
    }

    mutating func name(_ name: String) {
        if name.isEmpty {
            out.append(UInt8(ascii: "_"))
            return
        }
        var first = true
        for scalar in name.unicodeScalars {
            let v = scalar.value
            if v >= 0x80 {
                XMLReader.appendUTF8(XMLReader.isXMLChar(v) ? v : 0xFFFD, to: &out)
            } else if XMLReader.isNameStart(UInt8(v)) || (!first && XMLReader.isNamePart(UInt8(v))) {
                out.append(UInt8(v))
            } else {
                out.append(UInt8(ascii: "_"))
            }
            first = false
        }
    }

    mutating func escaped(_ text: String, inAttribute: Bool) {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: raw("&amp;")
            case 0x3C: raw("&lt;")
            case 0x3E: raw("&gt;")
            case 0x22 where inAttribute: raw("&quot;")
            case 0x0D: raw("&#13;")
            case 0x0A where inAttribute: raw("&#10;")
            case 0x09 where inAttribute: raw(style == .compact ? "&#9;" : "&#09;")
            case let v where !XMLReader.isXMLChar(v):
                XMLReader.appendUTF8(0xFFFD, to: &out)
            case let v where v >= 0x80 && style == .elementTree:
                raw("&#\(v);")
            case let v:
                XMLReader.appendUTF8(v, to: &out)
            }
        }
    }
}
