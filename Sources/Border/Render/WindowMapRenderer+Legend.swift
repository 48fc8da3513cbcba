import GuidepostCore

extension WindowMapRenderer {
    func drawLegend(_ c: inout MapCanvas, x: Double, y: Double) {
        c.svg.element("text", ["x": .number(x), "y": .number(y + 12), "font-size": 14, "font-weight": "bold"], text: "Legend")
        var row = y + 36
        func line(_ label: String, _ attrs: KeyValuePairs<String, SVGDocument.Value>, under: KeyValuePairs<String, SVGDocument.Value>? = nil) {
            c.legendRow(x: x, y: row, label: label) { svg, x0, y0 in
                let d = SVGDocument.Value.text(SVGDocument.pathData([(x0, y0), (x0 + 26, y0)]))
                if let under { svg.element("path", attributes: [("d", d)] + under.map { ($0.key, $0.value) }) }
                svg.element("path", attributes: [("d", d)] + attrs.map { ($0.key, $0.value) })
            }
            row += 21
        }
        func box(_ label: String, fill: String, stroke: String = "#999") {
            c.legendRow(x: x, y: row, label: label) { svg, x0, y0 in
                svg.element("rect", ["x": .number(x0), "y": .number(y0 - 7), "width": 26, "height": 14, "fill": .text(fill), "stroke": .text(stroke), "stroke-width": 0.8])
            }
            row += 21
        }
        func symbol(_ label: String, _ draw: @escaping (inout SVGDocument, Double, Double) -> Void) {
            c.legendRow(x: x, y: row, label: label, swatch: draw)
            row += 21
        }
        line("MDL, ROK map line", ["stroke": .text(MapStyle.mdl), "stroke-width": 1.6])
        line("MDL, UNC marker line", ["stroke": .text(MapStyle.mdl), "stroke-width": 1.6, "stroke-dasharray": "7,4"])
        box("MDL band (crossed = south of it)", fill: "#eeaaaa", stroke: MapStyle.mdl)
        line("Limit lines, d = ±2 km", ["stroke": .text(MapStyle.limit), "stroke-width": 1.4, "stroke-dasharray": "12,4,2,4"])
        line("ROK GOP fence", ["stroke": .text(MapStyle.rokFence), "stroke-width": 1.8], under: ["stroke": .text(MapStyle.rokFence), "stroke-width": 7, "stroke-dasharray": "1.4,9"])
        line("KPA fence", ["stroke": .text(MapStyle.kpaFence), "stroke-width": 1.8], under: ["stroke": .text(MapStyle.kpaFence), "stroke-width": 7, "stroke-dasharray": "1.4,9"])
        symbol("Gate") { svg, x0, y0 in svg.element("rect", ["x": .number(x0 + 9), "y": .number(y0 - 4), "width": 8, "height": 8, "fill": "white", "stroke": "#111", "stroke-width": 1.4]) }
        symbol("Culvert under a fence") { svg, x0, y0 in svg.element("circle", ["cx": .number(x0 + 13), "cy": .number(y0), "r": 3.6, "fill": "#29b6f6", "stroke": "#01579b", "stroke-width": 1.2]) }
        line("Road", ["stroke": "#fdd835", "stroke-width": 2.6], under: ["stroke": "#333", "stroke-width": 4.5])
        line("Railway", ["stroke": "white", "stroke-width": 2, "stroke-dasharray": "6,6"], under: ["stroke": "#222", "stroke-width": 3.6])
        line("Patrol / supply road", ["stroke": .text(MapStyle.patrol), "stroke-width": 1.6, "stroke-dasharray": "5,3"])
        line("River / stream", ["stroke": .text(MapStyle.waterDeep), "stroke-width": 3], under: ["stroke": .text(MapStyle.bank), "stroke-width": 7])
        box("Mines, unconfirmed (most of the DMZ)", fill: "url(#mines-unconfirmed)")
        box("Mines, KPA 2024 belts (reported)", fill: "url(#mines-kpa)")
        box("Mines, charted (confirmed)", fill: "url(#mines-confirmed)", stroke: "#b71c1c")
        symbol("ROK guard post (hollow: withdrawn)") { svg, x0, y0 in svg.element("path", ["d": .text(SVGDocument.pathData([(x0 + 13, y0 - 8), (x0 + 20, y0 + 5), (x0 + 6, y0 + 5)], closed: true)), "fill": .text(MapStyle.rok), "stroke": "#0d2a5c"]) }
        symbol("ROK GOP platoon post") { svg, x0, y0 in svg.element("circle", ["cx": .number(x0 + 13), "cy": .number(y0), "r": 4.5, "fill": .text(MapStyle.rok), "stroke": "#0d2a5c"]) }
        symbol("KPA guard post") { svg, x0, y0 in svg.element("rect", ["x": .number(x0 + 7.5), "y": .number(y0 - 5.5), "width": 11, "height": 11, "fill": .text(MapStyle.kpa), "stroke": "#5c0d0d"]) }
        box("ROK sensor coverage (viewshed)", fill: "#cbbcf2", stroke: "none")
        line("KPA observation range", ["stroke": .text(MapStyle.kpa), "stroke-width": 0.9, "stroke-dasharray": "4,4"])
        if !overlays.isEmpty { line("Planned path (start ●, end ✕)", ["stroke": "#d81b60", "stroke-width": 3]) }
        row += 6
        c.svg.element("text", ["x": .number(x), "y": .number(row), "font-size": 12, "font-weight": "bold"], text: "Ground")
        row += 18
        for (label, z, v) in [("plain, 0–150 m", 50.0, 0.0), ("hills, 400 m", 400.0, 0.0), ("mountains, 800 m +", 900.0, 0.0), ("dense vegetation", 150.0, 1.0)] {
            box(label, fill: MapStyle.hex(MapStyle.ground(elevation: z, vegetation: v, shade: 0.7, flags: [])), stroke: "none")
        }
        box("tidal flat / river bank", fill: MapStyle.bank, stroke: "none")
    }
}
