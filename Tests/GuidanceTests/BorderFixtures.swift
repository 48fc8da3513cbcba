import Border
import Guidance
import GuidepostCore

/// Hand-made border windows for the cost-model tests: a straight MDL along +x from (0, 0) to
/// (20 000, 0) on flat, bare ground, with only the features a test adds (through
/// `BorderOverrides`, as a scenario would).
enum BorderFixtures {
    static let line = DemarcationLine(PlanarPolyline([Point(x: 0, y: 0), Point(x: 20_000, y: 0)]))

    static func box(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> PlanarPolygon {
        PlanarPolygon([Point(x: x0, y: y0), Point(x: x1, y: y0), Point(x: x1, y: y1), Point(x: x0, y: y1)])
    }

    /// A flat bare world with these features.
    static func world(
        minefields: [Minefield] = [], corridors: [Corridor] = [], fences: [Fence] = [], waterways: [Waterway] = [],
        patches: [TerrainPatch] = []
    ) throws -> BorderModel {
        var o = BorderOverrides()
        o.terrain = [TerrainPatch(area: box(-50_000, -50_000, 50_000, 50_000), elevation: .set(0), vegetation: 0)] + patches
        o.minefields.upserts = minefields
        o.corridors.upserts = corridors
        o.fences.upserts = fences
        o.waterways.upserts = waterways
        return try BorderModel(line: line, seed: 1, layers: BorderLayers(), overrides: o)
    }

    static func minefield(_ id: String, _ poly: PlanarPolygon, density: Double) -> Minefield {
        Minefield(id: MinefieldID(id), shape: .polygon(poly), density: density, knowledge: .unconfirmed)
    }

    static func lane(_ id: String, _ name: String, _ points: [Point], halfWidth: Double = 3) -> Corridor {
        Corridor(id: CorridorID(id), kind: .patrolRoad, name: name, line: PlanarPolyline(points), halfWidth: halfWidth)
    }

    /// The window x ∈ [x0, x1], y ∈ [y0, y1] at `cell` metres.
    static func window(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, cell: Double = 10) throws -> RasterWindow {
        try RasterWindow(box: PlanarBox(minX: x0, minY: y0, maxX: x1, maxY: y1), cellSize: cell)
    }

    /// The window priced by `model`, with no KPA post in view.
    static func surface(_ border: BorderModel, _ window: RasterWindow, _ model: CostModel = CostModel()) -> CostSurface {
        CostSurface(raster: border.rasterise(window), exposure: ExposureMap(unexposed: window), model: model)
    }

    /// The optimal route from `a` to `b` on `surface`.
    static func route(_ surface: CostSurface, from a: Point, to b: Point) -> PlannedPath? {
        guard let s = surface.cell(containing: a), let g = surface.cell(containing: b) else { return nil }
        let problem = PlanningProblem(grid: surface.grid, cellMetres: surface.window.cellSize, start: s, goal: g)
        return AStarPlanner().plan(problem, budget: .unlimited).outcome.path
    }
}
