import GuidepostCore

extension WindowMapRenderer {
    func visible(_ line: PlanarPolyline, margin: Double = 500) -> Bool { line.bounds.intersects(window.expanded(by: margin)) }

    func drawWater(_ c: inout MapCanvas) {
        for w in model.waterways {
            switch w.shape {
            case .area(let poly):
                guard poly.bounds.intersects(window) else { continue }
                let flat = w.kind == .tidalFlat
                c.svg.element("path", ["d": .text(c.path(poly.ring, closed: true)), "fill": flat ? .text(MapStyle.bank) : "#9fc5e8", "stroke": flat ? "#b8a97a" : "#4a86c5", "stroke-width": 1])
            case .channel(let line, let hw, let bank):
                guard visible(line, margin: hw + bank) else { continue }
                let d = c.path(line.points)
                if bank > 0 {
                    c.svg.element("path", ["d": .text(d), "fill": "none", "stroke": .text(MapStyle.bank), "stroke-width": .number(Swift.max(2, 2 * (hw + bank) * c.scale)), "stroke-linecap": "round", "stroke-linejoin": "round"])
                }
                c.svg.element("path", ["d": .text(d), "fill": "none", "stroke": .text(w.kind == .stream ? MapStyle.water : MapStyle.waterDeep), "stroke-width": .number(Swift.max(w.kind == .stream ? 1.4 : 2.2, 2 * hw * c.scale)), "stroke-linecap": "round", "stroke-linejoin": "round"])
                if let p = labelPoint(line) ?? line.points.first(where: { window.contains($0) }) {
                    let (x, y) = c.px(p)
                    c.svg.element("text", ["x": .number(x + 5), "y": .number(y - 4), "font-size": w.kind == .stream ? 10 : 12.5, "font-style": "italic", "fill": "#1d4f91", "stroke": "white", "stroke-width": 2.5, "paint-order": "stroke"], text: w.name)
                }
            }
        }
    }

    /// A point of `line` inside the window (sampled along it), for labels.
    func labelPoint(_ line: PlanarPolyline, last: Bool = false) -> Point? {
        let pts = line.resampled(every: Swift.max(50, window.width / 50))
        let inside = { (p: Point) in window.insetContains(p, inset: window.width * 0.06) }
        return last ? pts.last(where: inside) : pts.first(where: inside)
    }

    func drawCorridors(_ c: inout MapCanvas) {
        for k in [Corridor.Kind.patrolRoad, .road, .rail] {
            for cor in model.corridors where cor.kind == k && visible(cor.line) {
                let d = c.path(cor.line.points)
                switch k {
                case .road:
                    c.svg.element("path", ["d": .text(d), "fill": "none", "stroke": "#333", "stroke-width": 4.5, "stroke-linejoin": "round"])
                    c.svg.element("path", ["d": .text(d), "fill": "none", "stroke": "#fdd835", "stroke-width": 2.6, "stroke-linejoin": "round"])
                case .rail:
                    c.svg.element("path", ["d": .text(d), "fill": "none", "stroke": "#222", "stroke-width": 3.6])
                    c.svg.element("path", ["d": .text(d), "fill": "none", "stroke": "white", "stroke-width": 2, "stroke-dasharray": "6,6"])
                case .patrolRoad:
                    c.svg.element("path", ["d": .text(d), "fill": "none", "stroke": .text(MapStyle.patrol), "stroke-width": 1.6, "stroke-dasharray": "5,3"])
                }
                if k != .patrolRoad, let p = k == .rail ? labelPoint(cor.line, last: true) : labelPoint(cor.line) {
                    let (x, y) = c.px(p)
                    let right = x > c.left + c.mapWidth * 0.6
                    c.svg.element("text", ["x": .number(right ? x - 8 : x + 6), "y": .number(y + 12), "text-anchor": right ? "end" : "start", "font-size": 11.5, "fill": "#222", "stroke": "white", "stroke-width": 2.5, "paint-order": "stroke"], text: cor.name)
                }
            }
        }
    }

    func drawFences(_ c: inout MapCanvas) {
        for f in model.fences where visible(f.line) {
            let colour = f.kind == .kpa ? MapStyle.kpaFence : MapStyle.rokFence
            let d = c.path(f.line.points)
            c.svg.element("path", ["d": .text(d), "fill": "none", "stroke": .text(colour), "stroke-width": 1.8])
            c.svg.element("path", ["d": .text(d), "fill": "none", "stroke": .text(colour), "stroke-width": 7, "stroke-dasharray": "1.4,9"])
            for g in f.gates where window.contains(g.position) {
                let (x, y) = c.px(g.position)
                if g.kind == .gate {
                    c.svg.element("rect", ["x": .number(x - 4), "y": .number(y - 4), "width": 8, "height": 8, "fill": "white", "stroke": "#111", "stroke-width": 1.4])
                } else {
                    c.svg.element("circle", ["cx": .number(x), "cy": .number(y), "r": 3.6, "fill": "#29b6f6", "stroke": "#01579b", "stroke-width": 1.2])
                }
            }
        }
    }

    /// The MDL band (between the two candidate lines, filled), both candidates, and the
    /// northern and southern limit lines.
    func drawBand(_ c: inout MapCanvas) {
        let sr = windowSRange()
        let s0 = Swift.max(0, sr.lowerBound)
        let s1 = Swift.min(model.line.length, sr.upperBound)
        guard s0 < s1 else { return }
        let n = Swift.max(50, Int((s1 - s0) / 40))
        let ss = (0...n).map { s0 + (s1 - s0) * Double($0) / Double(n) }
        let mapLine = ss.map { model.line.point(AlongBorderCoordinate(s: $0, d: model.band.mapLineOffset(at: $0))) }
        let uncLine = ss.map { model.line.point(AlongBorderCoordinate(s: $0, d: model.band.uncLineOffset(at: $0))) }
        c.svg.element("path", ["d": .text(c.path(mapLine + uncLine.reversed(), closed: true)), "fill": .text(MapStyle.mdl), "fill-opacity": 0.3])
        c.svg.element("path", ["d": .text(c.path(mapLine)), "fill": "none", "stroke": .text(MapStyle.mdl), "stroke-width": 1.6])
        c.svg.element("path", ["d": .text(c.path(uncLine)), "fill": "none", "stroke": .text(MapStyle.mdl), "stroke-width": 1.6, "stroke-dasharray": "7,4"])
        for d in [-2000.0, 2000.0] {
            let lim = ss.map { model.line.point(AlongBorderCoordinate(s: $0, d: d)) }
            c.svg.element("path", ["d": .text(c.path(lim)), "fill": "none", "stroke": .text(MapStyle.limit), "stroke-width": 1.4, "stroke-dasharray": "12,4,2,4"])
        }
        if let p = labelPoint(PlanarPolyline(mapLine)) {
            let (x, y) = c.px(p)
            c.svg.element("text", ["x": .number(x), "y": .number(y - 7), "font-size": 12, "font-weight": "bold", "fill": .text(MapStyle.mdl), "stroke": "white", "stroke-width": 3, "paint-order": "stroke"], text: "MDL band")
        }
    }
}

extension PlanarBox {
    func insetContains(_ p: Point, inset: Double) -> Bool {
        p.x >= minX + inset && p.x <= maxX - inset && p.y >= minY + inset && p.y <= maxY - inset
    }
}
