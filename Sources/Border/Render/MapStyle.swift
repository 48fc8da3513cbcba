import GuidepostCore

/// Colours and strokes shared by the maps and their legends, so a legend swatch is drawn the
/// same way as the feature it names.
enum MapStyle {
    static let water = "#6fa8dc"
    static let waterDeep = "#4a86c5"
    static let bank = "#e6dcb8"
    static let mdl = "#c62828"
    static let limit = "#7b1f1f"
    static let rokFence = "#1a3d8f"
    static let kpaFence = "#8f1a1a"
    static let road = "#555"
    static let patrol = "#8d5a2b"
    static let rok = "#1f5fbf"
    static let kpa = "#c62828"
    static let coverage = "#6a3ddb"

    static let patterns: [String] = [
        """
        <pattern id="mines-unconfirmed" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <line x1="0" y1="0" x2="0" y2="14" stroke="#d32f2f" stroke-width="1" stroke-opacity="0.35"/></pattern>
        """,
        """
        <pattern id="mines-confirmed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <line x1="0" y1="0" x2="0" y2="6" stroke="#b71c1c" stroke-width="2" stroke-opacity="0.8"/></pattern>
        """,
        """
        <pattern id="mines-kpa" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">\
        <line x1="0" y1="0" x2="0" y2="8" stroke="#e65100" stroke-width="1.5" stroke-opacity="0.6"/></pattern>
        """,
    ]

    /// Pattern for a minefield.
    static func fill(_ m: Minefield) -> String {
        if m.knowledge == .confirmed { return "url(#mines-confirmed)" }
        return m.id.rawValue.hasPrefix("kpa-") ? "url(#mines-kpa)" : "url(#mines-unconfirmed)"
    }

    /// Hypsometric tint with vegetation and hillshade, RGB 0…255, quantised to steps of 8 so
    /// neighbouring cells merge into runs.
    static func ground(elevation z: Double, vegetation v: Double, shade: Double, flags: LayerFlags) -> (Int, Int, Int) {
        var c: (Double, Double, Double)
        if flags.contains(.water) {
            c = (159, 197, 232)
        } else if flags.contains(.bank) {
            c = (226, 219, 190)
        } else {
            let stops: [(Double, (Double, Double, Double))] = [
                (0, (214, 230, 196)), (150, (232, 232, 190)), (400, (226, 208, 160)), (800, (205, 178, 140)), (1300, (190, 170, 160)),
            ]
            c = stops[stops.count - 1].1
            for k in 1..<stops.count where z <= stops[k].0 {
                let (z0, a) = stops[k - 1]
                let (z1, b) = stops[k]
                let t = Swift.max(0, (z - z0) / (z1 - z0))
                c = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t, a.2 + (b.2 - a.2) * t)
                break
            }
            let g = (118.0, 160.0, 98.0)
            let w = 0.55 * v
            c = (c.0 + (g.0 - c.0) * w, c.1 + (g.1 - c.1) * w, c.2 + (g.2 - c.2) * w)
            let f = 0.72 + 0.4 * shade
            c = (c.0 * f, c.1 * f, c.2 * f)
        }
        func q(_ x: Double) -> Int { Swift.min(255, Swift.max(0, Int(x / 8) * 8)) }
        return (q(c.0), q(c.1), q(c.2))
    }

    static func hex(_ c: (Int, Int, Int)) -> String {
        let digits = Array("0123456789abcdef")
        func h(_ v: Int) -> String { String([digits[v / 16], digits[v % 16]]) }
        return "#" + h(c.0) + h(c.1) + h(c.2)
    }
}
