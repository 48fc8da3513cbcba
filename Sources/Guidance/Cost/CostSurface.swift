public import Border
public import GuidepostCore

/// A raster window priced by a ``CostModel``: the three per-metre planes kept apart (walking
/// time, mine hazard, seconds in view) and the ``CostGrid`` the planners search, whose cell
/// value is `c = τ + λρ + λhE·ε` (see ``CostModel``).
///
/// Keeping the planes lets a ``RouteReport`` give time, mine risk and exposure separately, and
/// lets re-planning change one term in an area without rebuilding the rest.
public struct CostSurface: Sendable {
    /// The window, row 0 north.
    public let window: RasterWindow
    /// The model that priced it.
    public let model: CostModel
    /// τ: walking seconds per metre (`+inf` impassable), row-major.
    public internal(set) var secondsPerMetre: [Double]
    /// ρ: mine hazard per metre, row-major.
    public internal(set) var hazardPerMetre: [Double]
    /// ε: seconds spent in a KPA viewshed per metre (τ where exposed, else 0), row-major.
    public internal(set) var exposedPerMetre: [Double]
    /// The planners' grid.
    public internal(set) var grid: CostGrid

    /// Prices `raster` with `model`, with `exposure` from the KPA posts.
    /// - Precondition: `exposure` covers the raster's window.
    /// - Complexity: O(cells).
    public init(raster: BorderRaster, exposure: ExposureMap, model: CostModel) {
        precondition(exposure.window == raster.window, "exposure and raster cover different windows")
        let w = raster.window
        window = w
        self.model = model
        let n = w.cellCount
        var tau = [Double](repeating: 0, count: n)
        var rho = tau
        var eps = tau
        var costs = tau
        let pathFlags: LayerFlags = [.road, .rail, .patrolRoad, .stream]
        for r in 0..<w.rows {
            for c in 0..<w.columns {
                let i = r * w.columns + c
                let flags = LayerFlags(rawValue: raster.flags[i])
                let slope = Self.slope(raster.elevation, row: r, col: c, window: w)
                let t = model.secondsPerMetre(
                    passability: Double(raster.passability[i]), slope: slope, onPath: !flags.isDisjoint(with: pathFlags))
                tau[i] = t
                rho[i] = model.mineHazardPerMetre(density: Double(raster.mineDensity[i]), inStreamBed: flags.contains(.stream))
                eps[i] = exposure.exposed[i] && t < .infinity ? t : 0
                costs[i] = model.cost(seconds: t, hazard: rho[i], exposed: eps[i])
            }
        }
        secondsPerMetre = tau
        hazardPerMetre = rho
        exposedPerMetre = eps
        // Every value is finite ≥ 0 or +inf by construction (τ > 0 or +inf, ρ ≥ 0, ε ≥ 0), given
        // weights ≥ 0, which the CLI checks on input.
        precondition(model.riskWeight >= 0 && model.exposureWeight >= 0, "risk weights must be ≥ 0")
        var g = CostGrid(rows: w.rows, cols: w.columns, fill: .infinity)
        for r in 0..<w.rows {
            for c in 0..<w.columns { g[r, c] = costs[r * w.columns + c] }
        }
        grid = g
    }

    /// |∇z| by central differences (one-sided at the window's edge), metres per metre.
    static func slope(_ z: [Float], row r: Int, col c: Int, window w: RasterWindow) -> Double {
        let cols = w.columns
        let cl = Swift.max(0, c - 1), cr = Swift.min(cols - 1, c + 1)
        let ru = Swift.max(0, r - 1), rd = Swift.min(w.rows - 1, r + 1)
        let gx = cr > cl ? Double(z[r * cols + cr] - z[r * cols + cl]) / (Double(cr - cl) * w.cellSize) : 0
        let gy = rd > ru ? Double(z[ru * cols + c] - z[rd * cols + c]) / (Double(rd - ru) * w.cellSize) : 0
        return (gx * gx + gy * gy).squareRoot()
    }

    /// The grid cell holding `p`, or nil outside the window.
    public func cell(containing p: Point) -> GridCell? {
        window.cell(containing: p).map { GridCell(row: $0.row, col: $0.column) }
    }

    /// The centre of `cell`, EPSG:5179 metres.
    public func centre(of cell: GridCell) -> Point { window.centre(row: cell.row, column: cell.col) }

    /// The passable cell nearest to `p` (by centre distance, ties row-major) within `radius`
    /// metres, or nil: a post on a fence or a point in a river still gets a start or a goal.
    public func nearestPassableCell(to p: Point, within radius: Double = 200) -> GridCell? {
        nearestPassableCell(to: p, within: radius) { _ in true }
    }

    /// The nearest passable cell to `p` within `radius` that `accept` takes (e.g. one from which
    /// the goal can be reached).
    public func nearestPassableCell(to p: Point, within radius: Double, accepting accept: (GridCell) -> Bool) -> GridCell? {
        let k = Int((radius / window.cellSize).rounded(.up))
        let centre = window.cell(containing: p)
        guard let centre else { return nil }
        var best: (GridCell, Double)?
        for r in Swift.max(0, centre.row - k)...Swift.min(window.rows - 1, centre.row + k) {
            for c in Swift.max(0, centre.column - k)...Swift.min(window.columns - 1, centre.column + k) {
                let cell = GridCell(row: r, col: c)
                guard grid[cell] < .infinity, accept(cell) else { continue }
                let d = self.centre(of: cell).distance(to: p)
                if d <= radius, d < (best?.1 ?? .infinity) { best = (cell, d) }
            }
        }
        return best?.0
    }

    /// Raises the exposure term in every passable cell within `radius` of `centre` to "in view"
    /// (a KPA search party appears) and returns the cells whose cost changed, with their new cost.
    /// - Complexity: O(cells in the disc's bounding box).
    public mutating func expose(around centre: Point, radius: Double) -> [(GridCell, Double)] {
        var changed: [(GridCell, Double)] = []
        let cs = window.cellSize
        let c0 = Swift.max(0, Int(((centre.x - radius - window.minX) / cs).rounded(.down)))
        let c1 = Swift.min(window.columns - 1, Int(((centre.x + radius - window.minX) / cs).rounded(.up)))
        let r0 = Swift.max(0, Int(((window.maxY - (centre.y + radius)) / cs).rounded(.down)))
        let r1 = Swift.min(window.rows - 1, Int(((window.maxY - (centre.y - radius)) / cs).rounded(.up)))
        guard c0 <= c1, r0 <= r1 else { return [] }
        for r in r0...r1 {
            for c in c0...c1 {
                let i = r * window.columns + c
                let t = secondsPerMetre[i]
                guard t < .infinity, exposedPerMetre[i] != t,
                    window.centre(row: r, column: c).distance(to: centre) <= radius
                else { continue }
                exposedPerMetre[i] = t
                let v = model.cost(seconds: t, hazard: hazardPerMetre[i], exposed: t)
                grid[r, c] = v
                changed.append((GridCell(row: r, col: c), v))
            }
        }
        return changed
    }
}
