import GuidepostCore

/// Draws the whole border as SVG: the DMZ strip between the limit lines, the MDL coloured by
/// sector with the sectors named, rivers, the sea, cross-border roads and rail, guard posts,
/// places, kilometre marks along the MDL, a scale bar, a north arrow and a legend.
public struct BorderOverviewRenderer: Sendable {
    /// The border drawn.
    public var model: BorderModel
    /// Width of the map face, pixels.
    public var mapWidth: Double = 1500
    /// Caller layers (routes, incident positions), drawn over everything.
    public var overlays: [MapOverlay] = []

    /// A renderer for the whole of `model`.
    public init(model: BorderModel, overlays: [MapOverlay] = []) {
        self.model = model
        self.overlays = overlays
    }

    static let sectorColours = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#a6761d"]

    /// The SVG text.
    public func render() -> String {
        let line = model.line
        var box = line.polyline.bounds.expanded(by: 14_000)
        for (_, lon, lat) in BorderGeography.places {
            let q = TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: lon, latitude: lat))
            box.include(Point(x: q.x + 12_000, y: q.y - 4000))
        }
        box.include(TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: 126.45, latitude: 37.72)))
        var c = MapCanvas(box: box, mapWidth: mapWidth, left: 16, top: 50, totalWidth: mapWidth + 32, extraHeight: 84)
        c.svg.element("rect", ["x": 0, "y": 0, "width": .number(c.svg.width), "height": .number(c.svg.height), "fill": "white"])
        c.svg.element("rect", ["x": .number(c.left), "y": .number(c.top), "width": .number(c.mapWidth), "height": .number(c.mapHeight), "fill": "#f4f1e8", "stroke": "#333"])
        c.svg.define("<clipPath id=\"map\"><rect x=\"\(SVGDocument.format(c.left))\" y=\"\(SVGDocument.format(c.top))\" width=\"\(SVGDocument.format(c.mapWidth))\" height=\"\(SVGDocument.format(c.mapHeight))\"/></clipPath>")
        c.svg.element("text", ["x": 16, "y": 24, "font-size": 19, "font-weight": "bold"], text: "The Korean DMZ: Military Demarcation Line, sectors and guard posts")
        c.svg.element("text", ["x": 16, "y": 42, "font-size": 12.5, "fill": "#444"], text: "MDL \(SVGDocument.format(line.length / 1000)) km as modelled (official: 248 km) · DMZ = MDL ± 2 km · \(model.posts.count) posts (generated, seed \(model.seed))")
        c.svg.beginGroup(["clip-path": "url(#map)"])
        for w in model.waterways {
            switch w.shape {
            case .area(let poly):
                c.svg.element("path", ["d": .text(c.path(poly.ring, closed: true)), "fill": w.kind == .tidalFlat ? .text(MapStyle.bank) : "#9fc5e8", "stroke": "#4a86c5"])
            case .channel(let pl, let hw, _):
                guard w.kind != .stream else { continue }
                c.svg.element("path", ["d": .text(c.path(pl.points)), "fill": "none", "stroke": .text(MapStyle.waterDeep), "stroke-width": .number(Swift.max(1.5, 2 * hw * c.scale)), "stroke-linejoin": "round"])
            }
        }
        let north = line.offsetLine(d: 2000).points
        let south = line.offsetLine(d: -2000).points
        c.svg.element("path", ["d": .text(c.path(north + south.reversed(), closed: true)), "fill": "#e9c8b0", "fill-opacity": 0.85, "stroke": .text(MapStyle.limit), "stroke-width": 0.8])
        for cor in model.corridors where cor.kind != .patrolRoad {
            c.svg.element("path", ["d": .text(c.path(cor.line.points)), "fill": "none", "stroke": cor.kind == .rail ? "#222" : "#f9a825", "stroke-width": 2.2])
        }
        for (k, sector) in model.sectors.enumerated() {
            let n = 200
            let pts = (0...n).map { line.point(AlongBorderCoordinate(s: sector.s.lowerBound + (sector.s.upperBound - sector.s.lowerBound) * Double($0) / Double(n), d: 0)) }
            let colour = Self.sectorColours[k % Self.sectorColours.count]
            c.svg.element("path", ["d": .text(c.path(pts)), "fill": "none", "stroke": .text(colour), "stroke-width": 4.5, "stroke-linecap": "butt"])
            let mid = line.point(AlongBorderCoordinate(s: (sector.s.lowerBound + sector.s.upperBound) / 2, d: 11_000))
            let (x0, y) = c.px(mid)
            let half = Double(sector.name.count) * 4 + 4
            let x = Swift.min(c.left + c.mapWidth - half, Swift.max(c.left + half, x0))
            c.svg.element("text", ["x": .number(x), "y": .number(y + 6), "font-size": 13, "font-weight": "bold", "text-anchor": "middle", "fill": .text(colour), "stroke": "white", "stroke-width": 3, "paint-order": "stroke"], text: sector.name)
            let tick = [line.point(AlongBorderCoordinate(s: sector.s.lowerBound, d: -3500)), line.point(AlongBorderCoordinate(s: sector.s.lowerBound, d: 3500))]
            if k > 0 { c.svg.element("path", ["d": .text(c.path(tick)), "stroke": "#333", "stroke-width": 1.2]) }
        }
        for post in model.posts where post.kind != .generalOutpost {
            let (x, y) = c.px(post.position)
            let colour = post.kind == .rokGuardPost ? MapStyle.rok : MapStyle.kpa
            c.svg.element("circle", ["cx": .number(x), "cy": .number(y), "r": 1.9, "fill": .text(post.status == .manned ? colour : "white"), "stroke": .text(colour), "stroke-width": 0.6])
        }
        var s = 0.0
        while s <= line.length {
            let p = line.point(AlongBorderCoordinate(s: s, d: 2600))
            let (x, y) = c.px(p)
            c.svg.element("text", ["x": .number(x), "y": .number(y), "font-size": 9.5, "fill": "#555", "text-anchor": "middle"], text: "\(Int(s / 1000)) km")
            s += 20_000
        }
        for (name, lon, lat) in BorderGeography.places {
            let (x, y) = c.px(TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: lon, latitude: lat)))
            c.svg.element("circle", ["cx": .number(x), "cy": .number(y), "r": 3, "fill": "#222"])
            c.svg.element("text", ["x": .number(x + 5), "y": .number(y + 13), "font-size": 11.5, "fill": "#222", "stroke": "white", "stroke-width": 2.5, "paint-order": "stroke"], text: name)
        }
        for o in overlays {
            switch o.shape {
            case .path(let pts) where pts.count >= 2:
                c.svg.element("path", ["d": .text(c.path(pts)), "fill": "none", "stroke": .text(o.colour), "stroke-width": 2.5])
                let (x, y) = c.px(pts[pts.count - 1])
                c.svg.element("text", ["x": .number(x + 5), "y": .number(y - 5), "font-size": 12, "font-weight": "bold", "fill": .text(o.colour), "stroke": "white", "stroke-width": 3, "paint-order": "stroke"], text: o.label)
            case .path: continue
            case .point(let p):
                let (x, y) = c.px(p)
                c.svg.element("circle", ["cx": .number(x), "cy": .number(y), "r": 4.5, "fill": .text(o.colour), "stroke": "white", "stroke-width": 1.2])
                c.svg.element("text", ["x": .number(x + 6), "y": .number(y - 6), "font-size": 12, "font-weight": "bold", "fill": .text(o.colour), "stroke": "white", "stroke-width": 3, "paint-order": "stroke"], text: o.label)
            }
        }
        c.svg.endGroup()
        c.scaleBar(x: c.left + 24, y: c.top + c.mapHeight - 18)
        c.northArrow(x: c.left + 40, y: c.top + 40)
        legend(&c, y: c.top + c.mapHeight + 24)
        return c.svg.text
    }

    private func legend(_ c: inout MapCanvas, y: Double) {
        var x = c.left
        func item(_ label: String, _ draw: (inout SVGDocument, Double, Double) -> Void) {
            c.legendRow(x: x, y: y, label: label, swatch: draw)
            x += 34 + Double(label.count) * 7.2 + 22
        }
        item("DMZ (MDL ± 2 km)") { svg, x0, y0 in svg.element("rect", ["x": .number(x0), "y": .number(y0 - 7), "width": 26, "height": 14, "fill": "#e9c8b0", "stroke": .text(MapStyle.limit)]) }
        item("MDL, coloured by sector") { svg, x0, y0 in svg.element("path", ["d": .text(SVGDocument.pathData([(x0, y0), (x0 + 26, y0)])), "stroke": "#1b9e77", "stroke-width": 4.5]) }
        item("ROK / KPA guard post (hollow: withdrawn)") { svg, x0, y0 in
            svg.element("circle", ["cx": .number(x0 + 7), "cy": .number(y0), "r": 3, "fill": .text(MapStyle.rok)])
            svg.element("circle", ["cx": .number(x0 + 19), "cy": .number(y0), "r": 3, "fill": .text(MapStyle.kpa)])
        }
        item("Road / rail across the line") { svg, x0, y0 in
            svg.element("path", ["d": .text(SVGDocument.pathData([(x0, y0 - 3), (x0 + 26, y0 - 3)])), "stroke": "#f9a825", "stroke-width": 2.2])
            svg.element("path", ["d": .text(SVGDocument.pathData([(x0, y0 + 3), (x0 + 26, y0 + 3)])), "stroke": "#222", "stroke-width": 2.2])
        }
        item("River, estuary, sea") { svg, x0, y0 in svg.element("path", ["d": .text(SVGDocument.pathData([(x0, y0), (x0 + 26, y0)])), "stroke": .text(MapStyle.waterDeep), "stroke-width": 3]) }
        c.svg.element("text", ["x": .number(c.left), "y": .number(y + 30), "font-size": 11, "fill": "#555"], text: "MDL: Natural Earth 1:10m (public domain), smoothed to bends of ≥ 3.5 km and pinned through the JSA (tools/make-mdl.py, docs/border.md). Sector limits, rivers and roads: approximate positions. Posts: generated, not real positions.")
        c.svg.element("text", ["x": .number(c.left), "y": .number(y + 46), "font-size": 11, "fill": "#555"], text: "Km marks: s, metres along the MDL from its western end (Han estuary). Grid: EPSG:5179, grid north up.")
    }
}
