import Border
import GuidepostCore

/// Models shared by the tests (built once; values, safe to share).
enum Fixtures {
    static let standard: BorderModel = {
        do { return try BorderModel(seed: 7) } catch { fatalError("standard model: \(error)") }
    }()

    /// A straight MDL along +x from (0, 0) to (20 000, 0), no features.
    static let straightLine = DemarcationLine(PlanarPolyline([Point(x: 0, y: 0), Point(x: 20_000, y: 0)]))

    /// A flat, bare, featureless world on the straight line, plus `patches` on top.
    static func flatWorld(_ patches: [TerrainPatch] = []) throws -> BorderModel {
        var o = BorderOverrides()
        o.terrain = [TerrainPatch(area: box(-50_000, -50_000, 50_000, 50_000), elevation: .set(0), vegetation: 0)] + patches
        return try BorderModel(line: straightLine, seed: 1, layers: BorderLayers(), overrides: o)
    }

    static func box(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> PlanarPolygon {
        PlanarPolygon([Point(x: x0, y: y0), Point(x: x1, y: y0), Point(x: x1, y: y1), Point(x: x0, y: y1)])
    }
}
