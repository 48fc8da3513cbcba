import GuidepostCore

/// Maps planar metres onto an SVG drawing area and draws the furniture every map shares:
/// scale bar, north arrow, legend rows.
struct MapCanvas {
    var svg: SVGDocument
    /// The planar box shown.
    let box: PlanarBox
    /// Drawing area, pixels.
    let left: Double
    let top: Double
    let scale: Double  // pixels per metre

    init(box: PlanarBox, mapWidth: Double, left: Double, top: Double, totalWidth: Double, extraHeight: Double) {
        self.box = box
        self.left = left
        self.top = top
        scale = mapWidth / box.width
        svg = SVGDocument(width: totalWidth, height: top + box.height * scale + extraHeight)
    }

    var mapWidth: Double { box.width * scale }
    var mapHeight: Double { box.height * scale }

    func px(_ p: Point) -> (Double, Double) { (left + (p.x - box.minX) * scale, top + (box.maxY - p.y) * scale) }

    func path(_ pts: [Point], closed: Bool = false) -> String { SVGDocument.pathData(pts.map(px), closed: closed) }

    /// A round length near a fifth of the map width, metres.
    static func niceLength(_ metres: Double) -> Double {
        let target = metres / 5
        let steps: [Double] = [100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000]
        return steps.last { $0 <= target } ?? steps[0]
    }

    mutating func scaleBar(x: Double, y: Double) {
        let len = Self.niceLength(box.width)
        let w = len * scale
        svg.element("rect", ["x": .number(x - 6), "y": .number(y - 18), "width": .number(w + 12), "height": 30, "fill": "white", "fill-opacity": 0.85])
        for k in 0..<4 {
            svg.element("rect", ["x": .number(x + w * Double(k) / 4), "y": .number(y), "width": .number(w / 4), "height": 5, "fill": k % 2 == 0 ? "#222" : "white", "stroke": "#222", "stroke-width": 0.8])
        }
        svg.element("text", ["x": .number(x), "y": .number(y - 4), "font-size": 11], text: "0")
        let label = len >= 1000 ? SVGDocument.format(len / 1000) + " km" : SVGDocument.format(len) + " m"
        svg.element("text", ["x": .number(x + w), "y": .number(y - 4), "font-size": 11, "text-anchor": "end"], text: label)
    }

    mutating func northArrow(x: Double, y: Double) {
        svg.element("circle", ["cx": .number(x), "cy": .number(y), "r": 20, "fill": "white", "fill-opacity": 0.85, "stroke": "#444", "stroke-width": 0.8])
        svg.element("path", ["d": .text(SVGDocument.pathData([(x, y - 16), (x + 7, y + 10), (x, y + 5), (x - 7, y + 10)], closed: true)), "fill": "#222"])
        svg.element("text", ["x": .number(x), "y": .number(y - 24), "font-size": 12, "font-weight": "bold", "text-anchor": "middle"], text: "N")
    }

    /// One legend row: a swatch (drawn by `swatch` at the row's origin) and a label.
    mutating func legendRow(x: Double, y: Double, label: String, swatch: (inout SVGDocument, Double, Double) -> Void) {
        swatch(&svg, x, y)
        svg.element("text", ["x": .number(x + 34), "y": .number(y + 4), "font-size": 12], text: label)
    }
}
