import Foundation
import GuidepostCore

extension WindowMapRenderer {
    /// Posts whose sensors reach into the window.
    func postsInView() -> [Post] {
        model.posts.filter { window.expanded(by: $0.sensorRange).contains($0.position) }
    }

    /// ROK coverage as one path of visible annular cells per post (viewshed, 120 rays, 40 m);
    /// KPA observation range as a dashed ring.
    func drawCoverage(_ c: inout MapCanvas) {
        guard drawsCoverage else { return }
        for post in postsInView() where post.status == .manned {
            if post.kind == .kpaGuardPost {
                let (x, y) = c.px(post.position)
                c.svg.element("circle", ["cx": .number(x), "cy": .number(y), "r": .number(post.sensorRange * c.scale), "fill": "none", "stroke": .text(MapStyle.kpa), "stroke-width": 0.9, "stroke-opacity": 0.35, "stroke-dasharray": "4,4"])
                continue
            }
            let vs = model.viewshed(of: post, step: 40, rayCount: 120)
            var d = ""
            let half = Double.pi / Double(vs.rayCount)
            for i in 0..<vs.rayCount {
                let b = vs.bearing(ofRay: i)
                var k = 1
                while k <= vs.samplesPerRay {
                    guard vs.isVisible(ray: i, sample: k) else { k += 1; continue }
                    var e = k
                    while e < vs.samplesPerRay && vs.isVisible(ray: i, sample: e + 1) { e += 1 }
                    let r0 = (Double(k) - 0.5) * vs.step
                    let r1 = (Double(e) + 0.5) * vs.step
                    let pts = [(r0, b - half), (r1, b - half), (r1, b + half), (r0, b + half)].map { (r, a) in
                        c.px(post.position + Vector2(sin(a), cos(a)) * r)
                    }
                    d += SVGDocument.pathData(pts, closed: true)
                    k = e + 1
                }
            }
            if !d.isEmpty {
                c.svg.element("path", ["d": .text(d), "fill": .text(MapStyle.coverage), "fill-opacity": post.kind == .generalOutpost ? 0.13 : 0.2, "stroke": "none"])
            }
        }
    }

    func drawPosts(_ c: inout MapCanvas) {
        for post in postsInView() where window.contains(post.position) {
            let (x, y) = c.px(post.position)
            let manned = post.status == .manned
            let colour = post.kind == .kpaGuardPost ? MapStyle.kpa : MapStyle.rok
            let fill = manned ? colour : "white"
            switch post.kind {
            case .rokGuardPost:
                c.svg.element("path", ["d": .text(SVGDocument.pathData([(x, y - 8), (x + 7, y + 5), (x - 7, y + 5)], closed: true)), "fill": .text(fill), "stroke": "#0d2a5c", "stroke-width": 1.3])
            case .kpaGuardPost:
                c.svg.element("rect", ["x": .number(x - 5.5), "y": .number(y - 5.5), "width": 11, "height": 11, "fill": .text(fill), "stroke": "#5c0d0d", "stroke-width": 1.3])
            case .generalOutpost:
                c.svg.element("circle", ["cx": .number(x), "cy": .number(y), "r": 4.5, "fill": .text(fill), "stroke": "#0d2a5c", "stroke-width": 1.2])
            }
            let label = post.id.rawValue + (manned ? "" : " (withdrawn)")
            c.svg.element("text", ["x": .number(x + 8), "y": .number(y - 6), "font-size": 10.5, "fill": .text(colour), "stroke": "white", "stroke-width": 2.5, "paint-order": "stroke"], text: label)
        }
    }

    /// Named places (BorderGeography.places) inside the window.
    func drawPlaces(_ c: inout MapCanvas) {
        for (name, lon, lat) in BorderGeography.places {
            let p = TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: lon, latitude: lat))
            guard window.contains(p) else { continue }
            let (x, y) = c.px(p)
            c.svg.element("circle", ["cx": .number(x), "cy": .number(y), "r": 4.5, "fill": "#111", "stroke": "white", "stroke-width": 1.5])
            c.svg.element("text", ["x": .number(x + 8), "y": .number(y + 16), "font-size": 13, "font-weight": "bold", "fill": "#111", "stroke": "white", "stroke-width": 3, "paint-order": "stroke"], text: name)
        }
    }

    func drawOverlays(_ c: inout MapCanvas) {
        for o in overlays {
            switch o.shape {
            case .path(let pts):
                guard pts.count >= 2 else { continue }
                c.svg.element("path", ["d": .text(c.path(pts)), "fill": "none", "stroke": "white", "stroke-width": 5.5, "stroke-linejoin": "round", "stroke-opacity": 0.8])
                c.svg.element("path", ["d": .text(c.path(pts)), "fill": "none", "stroke": .text(o.colour), "stroke-width": 3, "stroke-linejoin": "round"])
                let (x0, y0) = c.px(pts[0])
                c.svg.element("circle", ["cx": .number(x0), "cy": .number(y0), "r": 4, "fill": .text(o.colour)])
                let (x1, y1) = c.px(pts[pts.count - 1])
                c.svg.element("path", ["d": .text(SVGDocument.pathData([(x1 - 6, y1 - 6), (x1 + 6, y1 + 6)]) + SVGDocument.pathData([(x1 - 6, y1 + 6), (x1 + 6, y1 - 6)])), "stroke": .text(o.colour), "stroke-width": 2.5])
                c.svg.element("text", ["x": .number(x0 + 7), "y": .number(y0 + 14), "font-size": 12, "font-weight": "bold", "fill": .text(o.colour), "stroke": "white", "stroke-width": 3, "paint-order": "stroke"], text: o.label)
            case .point(let p):
                let (x, y) = c.px(p)
                c.svg.element("circle", ["cx": .number(x), "cy": .number(y), "r": 5, "fill": .text(o.colour), "stroke": "white", "stroke-width": 1.5])
                c.svg.element("text", ["x": .number(x + 8), "y": .number(y + 4), "font-size": 12, "font-weight": "bold", "fill": .text(o.colour), "stroke": "white", "stroke-width": 3, "paint-order": "stroke"], text: o.label)
            }
        }
    }
}
