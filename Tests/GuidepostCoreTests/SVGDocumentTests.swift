import GuidepostCore
import Testing

struct SVGDocumentTests {
    @Test(arguments: [(12.5, "12.5"), (3.0, "3"), (-0.25, "-0.25"), (0.004, "0"), (-0.004, "0"), (1.05, "1.05"), (100.10, "100.1"), (2.999, "3")])
    func numbersHaveAtMostTwoDecimals(_ value: Double, _ text: String) {
        #expect(SVGDocument.format(value) == text)
    }

    @Test func textIsEscapedAndTheDocumentIsWellFormed() {
        var svg = SVGDocument(width: 100, height: 50)
        svg.define("<pattern id=\"p\"/>")
        svg.beginGroup(["clip-path": "url(#c)"])
        svg.element("text", ["x": 1.5, "y": 2], text: "a < b & \"c\"")
        svg.endGroup()
        let text = svg.text
        #expect(text.contains("<text x=\"1.5\" y=\"2\">a &lt; b &amp; &quot;c&quot;</text>"))
        #expect(text.contains("<defs>\n<pattern id=\"p\"/>\n</defs>"))
        #expect(text.hasSuffix("</svg>\n"))
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("<g") }.count == text.split(separator: "\n").filter { $0 == "</g>" }.count)
    }
}
