import GuidepostCore

/// Draws a window of the border as SVG for a person to read: shaded relief tinted by
/// vegetation, minefields (hatched by knowledge), water, roads and rail, patrol roads, fences
/// with gates and culverts, the MDL band and the limit lines, posts with their sensor
/// coverage (ROK: viewshed; KPA: range ring), caller overlays (planned paths), a scale bar, a
/// north arrow (grid north) and a legend.
public struct WindowMapRenderer: Sendable {
    /// The border drawn.
    public var model: BorderModel
    /// The area shown, EPSG:5179 metres.
    public var window: PlanarBox
    /// Width of the map face, pixels (the legend adds 270).
    public var mapWidth: Double = 1000
    /// Caller layers drawn on top (planned paths, points).
    public var overlays: [MapOverlay] = []
    /// Title line above the map.
    public var title: String
    /// Draw the viewsheds of ROK posts (the slowest layer).
    public var drawsCoverage = true

    /// A renderer for `window` of `model`.
    public init(model: BorderModel, window: PlanarBox, title: String, overlays: [MapOverlay] = []) {
        self.model = model
        self.window = window
        self.title = title
        self.overlays = overlays
    }

    /// Where planar metres fall on the SVG: the map face's left and top edge (pixels) and its
    /// scale (pixels per metre); `x_px = left + (x − window.minX)·scale`, `y_px = top + (window.maxY − y)·scale`.
    /// For pages that draw live layers over the map (the console).
    public var placement: (left: Double, top: Double, scale: Double) {
        (Self.margin, Self.titleHeight, mapWidth / window.width)
    }

    static let legendWidth = 270.0
    static let margin = 16.0
    static let titleHeight = 46.0

    /// The SVG text.
    /// - Complexity: O(ground cells + posts × rays × samples) point queries.
    public func render() -> String {
        var c = MapCanvas(
            box: window, mapWidth: mapWidth, left: Self.margin, top: Self.titleHeight, totalWidth: Self.margin * 3 + mapWidth + Self.legendWidth,
            extraHeight: 40)
        c.svg.element("rect", ["x": 0, "y": 0, "width": .number(c.svg.width), "height": .number(c.svg.height), "fill": "white"])
        for p in MapStyle.patterns { c.svg.define(p) }
        c.svg.define(
            "<clipPath id=\"map\"><rect x=\"\(SVGDocument.format(c.left))\" y=\"\(SVGDocument.format(c.top))\" width=\"\(SVGDocument.format(c.mapWidth))\" height=\"\(SVGDocument.format(c.mapHeight))\"/></clipPath>"
        )
        c.svg.element("text", ["x": .number(Self.margin), "y": 22, "font-size": 17, "font-weight": "bold"], text: title)
        c.svg.element("text", ["x": .number(Self.margin), "y": 39, "font-size": 12, "fill": "#444"], text: subtitle())
        c.svg.beginGroup(["clip-path": "url(#map)"])
        drawGround(&c)
        drawMinefields(&c)
        drawWater(&c)
        drawCoverage(&c)
        drawCorridors(&c)
        drawFences(&c)
        drawBand(&c)
        drawPosts(&c)
        drawPlaces(&c)
        drawOverlays(&c)
        c.svg.endGroup()
        c.svg.element("rect", ["x": .number(c.left), "y": .number(c.top), "width": .number(c.mapWidth), "height": .number(c.mapHeight), "fill": "none", "stroke": "#333", "stroke-width": 1])
        c.scaleBar(x: c.left + 20, y: c.top + c.mapHeight - 16)
        c.northArrow(x: c.left + c.mapWidth - 34, y: c.top + 40)
        drawLegend(&c, x: c.left + c.mapWidth + Self.margin + 4, y: c.top)
        c.svg.element(
            "text", ["x": .number(Self.margin), "y": .number(c.top + c.mapHeight + 18), "font-size": 10.5, "fill": "#555"],
            text: "MDL: Natural Earth 1:10m (public domain), smoothed and pinned to the JSA (docs/border.md). Terrain, posts, minefields, streams: generated (seed \(model.seed)); not real positions. Grid: EPSG:5179.")
        return c.svg.text
    }

    func subtitle() -> String {
        let g = TransverseMercator.epsg5179.inverse(window.centre)
        let a = model.line.alongBorder(window.centre)
        let sector = model.sector(at: a.s)?.name ?? "beyond the MDL's ends"
        return "Centre \(Self.degrees(g.latitude))° N, \(Self.degrees(g.longitude))° E · "
            + "\(SVGDocument.format(window.width / 1000)) × \(SVGDocument.format(window.height / 1000)) km · "
            + "s ≈ \(SVGDocument.format(a.s / 1000)) km along the MDL · \(sector)"
    }

    /// Degrees with four decimals.
    static func degrees(_ v: Double) -> String {
        let n = Int64((v * 10_000).rounded())
        let frac = String(abs(n) % 10_000)
        return "\(n / 10_000).\(String(repeating: "0", count: 4 - frac.count))\(frac)"
    }
}
