import Foundation

/// A report as a small document tree, rendered to Markdown or HTML by the same code so the
/// two formats always say the same thing.
public struct ReportDocument: Hashable, Sendable {
    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }

    /// A piece of a report.
    public enum Block: Hashable, Sendable {
        case heading(String)
        case paragraph(String)
        case list([String])
        /// Header row, then rows.
        case table([String], [[String]])
        /// An SVG picture (a timeline we draw, or a map/route passed in), with a caption.
        case svg(String, caption: String)
    }

    /// Markdown (GitHub flavour; SVG pictures inline as HTML).
    public var markdown: String {
        var out = "# \(title)\n"
        for b in blocks {
            out += "\n"
            switch b {
            case .heading(let h): out += "## \(h)\n"
            case .paragraph(let p): out += "\(p)\n"
            case .list(let items): out += items.map { "- \($0)\n" }.joined()
            case .table(let head, let rows):
                out += "| " + head.map(Self.cell).joined(separator: " | ") + " |\n"
                out += "|" + String(repeating: "---|", count: head.count) + "\n"
                for r in rows { out += "| " + r.map(Self.cell).joined(separator: " | ") + " |\n" }
            case .svg(let svg, let caption): out += "<figure>\n\(svg)\n<figcaption>\(caption)</figcaption>\n</figure>\n"
            }
        }
        return out
    }

    /// A standalone HTML page.
    public var html: String {
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(Self.escape(title))</title>
            <style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.45}\
            table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left}\
            figure{margin:1em 0}figcaption{font-size:.9em;color:#555}</style></head><body>
            <h1>\(Self.escape(title))</h1>

            """
        for b in blocks {
            switch b {
            case .heading(let h): out += "<h2>\(Self.escape(h))</h2>\n"
            case .paragraph(let p): out += "<p>\(Self.escape(p))</p>\n"
            case .list(let items): out += "<ul>\n" + items.map { "<li>\(Self.escape($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let head, let rows):
                out += "<table>\n<tr>" + head.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr>\n"
                for r in rows { out += "<tr>" + r.map { "<td>\(Self.escape($0))</td>" }.joined() + "</tr>\n" }
                out += "</table>\n"
            case .svg(let svg, let caption):
                out += "<figure>\n\(svg)\n<figcaption>\(Self.escape(caption))</figcaption>\n</figure>\n"
            }
        }
        return out + "</body></html>\n"
    }

    static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }

    static func escape(_ s: String) -> String {
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

    /// The document with every occurrence of `terms` (case-insensitive) replaced by
    /// "[withheld]", in text and pictures alike: the last guard against identity leaking in
    /// through free text (an operator's note, a summary) that the templates pass through.
    public func redacting(_ terms: [String]) -> ReportDocument {
        let r = Redactor(terms: terms)
        return ReportDocument(title: r.apply(title), blocks: blocks.map { b in
            switch b {
            case .heading(let h): .heading(r.apply(h))
            case .paragraph(let p): .paragraph(r.apply(p))
            case .list(let items): .list(items.map(r.apply))
            case .table(let head, let rows): .table(head.map(r.apply), rows.map { $0.map(r.apply) })
            case .svg(let svg, let caption): .svg(r.apply(svg), caption: r.apply(caption))
            }
        })
    }
}
