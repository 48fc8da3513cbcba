import GuidepostCore

extension WindowMapRenderer {
    /// Shaded relief: one point query per ground cell (260 across), hillshade from the
    /// elevation gradient (light from the north-west, 45° up, relief ×2), runs of equal colour
    /// merged into one rectangle.
    func drawGround(_ c: inout MapCanvas) {
        let cols = 260
        let cell = window.width / Double(cols)
        let rows = Swift.max(1, Int((window.height / cell).rounded(.up)))
        var z = [Double](repeating: 0, count: (rows + 2) * (cols + 2))
        var samples = [LayerSample?](repeating: nil, count: rows * cols)
        for r in -1...rows {
            for k in -1...cols {
                let p = Point(x: window.minX + (Double(k) + 0.5) * cell, y: window.maxY - (Double(r) + 0.5) * cell)
                let s = model.sample(at: p)
                z[(r + 1) * (cols + 2) + k + 1] = s.elevation
                if r >= 0, r < rows, k >= 0, k < cols { samples[r * cols + k] = s }
            }
        }
        let light = (x: -0.5, y: 0.5, z: 0.7071)
        for r in 0..<rows {
            var runStart = 0
            var runColour = ""
            for k in 0...cols {
                var colour = ""
                if k < cols, let s = samples[r * cols + k] {
                    let i = (r + 1) * (cols + 2) + k + 1
                    let dzdx = 2 * (z[i + 1] - z[i - 1]) / (2 * cell)
                    let dzdy = 2 * (z[i - (cols + 2)] - z[i + (cols + 2)]) / (2 * cell)
                    let n = 1 / (dzdx * dzdx + dzdy * dzdy + 1).squareRoot()
                    let shade = Swift.max(0, (-dzdx * light.x - dzdy * light.y + light.z) * n)
                    colour = MapStyle.hex(MapStyle.ground(elevation: s.elevation, vegetation: s.vegetation, shade: shade, flags: s.flags))
                }
                if k == 0 {
                    runColour = colour
                } else if colour != runColour {
                    let x0 = c.left + Double(runStart) * cell * c.scale
                    let y0 = c.top + Double(r) * cell * c.scale
                    c.svg.element("rect", ["x": .number(x0), "y": .number(y0), "width": .number(Double(k - runStart) * cell * c.scale + 0.6), "height": .number(cell * c.scale + 0.6), "fill": .text(runColour)])
                    runStart = k
                    runColour = colour
                }
            }
        }
    }

    /// Minefields intersecting the window: bands drawn as (s, d) polygons clipped to the
    /// window's s-range, polygons as they are.
    func drawMinefields(_ c: inout MapCanvas) {
        let sRange = windowSRange()
        for m in model.minefields {
            switch m.shape {
            case .polygon(let poly):
                guard poly.bounds.intersects(window) else { continue }
                c.svg.element("path", ["d": .text(c.path(poly.ring, closed: true)), "fill": .text(MapStyle.fill(m)), "stroke": "#b71c1c", "stroke-width": 0.8, "stroke-dasharray": m.knowledge == .confirmed ? "none" : "3,2"])
            case .band(let s, let d):
                let s0 = Swift.max(s.lowerBound, sRange.lowerBound)
                let s1 = Swift.min(s.upperBound, sRange.upperBound)
                guard s0 < s1 else { continue }
                let n = 200
                let lower = (0...n).map { model.line.point(AlongBorderCoordinate(s: s0 + (s1 - s0) * Double($0) / Double(n), d: d.lowerBound)) }
                let upper = (0...n).reversed().map { model.line.point(AlongBorderCoordinate(s: s0 + (s1 - s0) * Double($0) / Double(n), d: d.upperBound)) }
                c.svg.element("path", ["d": .text(c.path(lower + upper, closed: true)), "fill": .text(MapStyle.fill(m)), "stroke": "none"])
            }
        }
    }

    /// The range of s the window spans (from points around its edge), padded by 2 km.
    func windowSRange() -> ClosedRange<Double> {
        var lo = Double.infinity
        var hi = -Double.infinity
        for k in 0...40 {
            let t = Double(k) / 40
            for p in [Point(x: window.minX + t * window.width, y: window.minY), Point(x: window.minX + t * window.width, y: window.maxY),
                      Point(x: window.minX, y: window.minY + t * window.height), Point(x: window.maxX, y: window.minY + t * window.height)] {
                let s = model.line.alongBorder(p).s
                lo = Swift.min(lo, s)
                hi = Swift.max(hi, s)
            }
        }
        return (lo - 2000)...(hi + 2000)
    }
}
