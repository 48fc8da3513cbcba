/// A tiny SVG writer: elements appended in order, attributes in the order given, numbers with
/// at most two decimals, so the same drawing always gives the same bytes.
public struct SVGDocument: Sendable {
    /// Width, pixels.
    public let width: Double
    /// Height, pixels.
    public let height: Double
    private var defs: [String] = []
    private var body: [String] = []
    private var groupDepth = 0

    /// An empty drawing of this size.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// An attribute value: a number or a string.
    public enum Value: Sendable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
        case number(Double)
        case text(String)
        /// A string value.
        public init(stringLiteral s: String) { self = .text(s) }
        /// A number value.
        public init(floatLiteral d: Double) { self = .number(d) }
        /// A whole-number value.
        public init(integerLiteral i: Int) { self = .number(Double(i)) }

        var rendered: String {
            switch self {
            case .number(let d): return SVGDocument.format(d)
            case .text(let s): return SVGDocument.escape(s)
            }
        }
    }

    /// `d` with at most two decimals and no trailing zeros ("12.5", "3", "-0.25").
    public static func format(_ d: Double) -> String {
        guard d.isFinite else { return "0" }
        let scaled = (d * 100).rounded()
        let neg = scaled < 0
        let a = Int64(abs(scaled))
        var s = String(a / 100)
        let frac = a % 100
        if frac != 0 {
            s += frac % 10 == 0 ? "." + String(frac / 10) : (frac < 10 ? ".0" : ".") + String(frac)
        }
        return (neg && a != 0 ? "-" : "") + s
    }

    /// XML-escapes text and attribute values.
    public static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    static func tag(_ name: String, _ attrs: KeyValuePairs<String, Value>, content: String? = nil) -> String {
        var s = "<" + name
        for (k, v) in attrs { s += " \(k)=\"\(v.rendered)\"" }
        if let content { return s + ">" + content + "</\(name)>" }
        return s + "/>"
    }

    /// Appends an element `<name attrs…/>` (or with escaped text content).
    public mutating func element(_ name: String, _ attrs: KeyValuePairs<String, Value>, text: String? = nil) {
        body.append(Self.tag(name, attrs, content: text.map(Self.escape)))
    }

    /// Appends an element whose attributes are built at run time (in the order given).
    public mutating func element(_ name: String, attributes: [(String, Value)], text: String? = nil) {
        var s = "<" + name
        for (k, v) in attributes { s += " \(k)=\"\(v.rendered)\"" }
        body.append(text.map { s + ">" + Self.escape($0) + "</\(name)>" } ?? s + "/>")
    }

    /// Appends a definition (pattern, marker) to `<defs>`, as raw markup.
    public mutating func define(_ markup: String) { defs.append(markup) }

    /// Opens a group; close it with `endGroup()`.
    public mutating func beginGroup(_ attrs: KeyValuePairs<String, Value> = [:]) {
        var s = "<g"
        for (k, v) in attrs { s += " \(k)=\"\(v.rendered)\"" }
        body.append(s + ">")
        groupDepth += 1
    }

    /// Closes the innermost open group.
    public mutating func endGroup() {
        precondition(groupDepth > 0, "endGroup without beginGroup")
        body.append("</g>")
        groupDepth -= 1
    }

    /// A path `d` attribute for a polyline through `points` (closed with `Z` when asked).
    public static func pathData(_ points: [(Double, Double)], closed: Bool = false) -> String {
        var s = ""
        for (i, p) in points.enumerated() { s += (i == 0 ? "M" : "L") + format(p.0) + " " + format(p.1) }
        return closed ? s + "Z" : s
    }

    /// The document as text.
    public var text: String {
        precondition(groupDepth == 0, "unclosed group in SVG document")
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.format(width))\" height=\"\(Self.format(height))\" "
        s += "viewBox=\"0 0 \(Self.format(width)) \(Self.format(height))\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n"
        if !defs.isEmpty { s += "<defs>\n" + defs.joined(separator: "\n") + "\n</defs>\n" }
        s += body.joined(separator: "\n")
        return s + "\n</svg>\n"
    }
}
