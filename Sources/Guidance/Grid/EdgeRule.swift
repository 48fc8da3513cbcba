/// The 8-connected edge rule of DESIGN.md, the one definition of a step and its cost that every
/// planner, test and the bench's C reference share.
///
/// A step exists only between two finite cells; a diagonal step also needs both cells beside it
/// finite (no cutting past the corner of an impassable cell). With `s = c_a + c_b`:
///
///     orthogonal:  w = cell_m · s / 2
///     diagonal:    w = √2 · cell_m · s / 2
///
/// evaluated left to right in `Double`. Halving is exact in binary floating point, so
/// `(k · s) / 2 == (k / 2) · s` bit for bit; the rule is stored as the two factors
/// `orthogonalFactor = cell_m / 2` and `diagonalFactor = (√2 · cell_m) / 2`.
public struct EdgeRule: Sendable, Equatable {
    /// Side of one cell, metres.
    public let cellMetres: Double
    /// `cell_m / 2`.
    let orthogonalFactor: Double
    /// `(√2 · cell_m) / 2`.
    let diagonalFactor: Double

    /// The rule for cells `cellMetres` wide.
    /// - Precondition: `cellMetres` finite and > 0 (the task parser checks user input).
    public init(cellMetres: Double) {
        precondition(cellMetres > 0 && cellMetres.isFinite, "cell size must be finite and > 0")
        self.cellMetres = cellMetres
        orthogonalFactor = cellMetres / 2
        diagonalFactor = (2.0.squareRoot() * cellMetres) / 2
    }

    /// The 8 moves as (row, column) offsets: the four orthogonal ones first, then the diagonals.
    public static let moves: [(dr: Int, dc: Int)] = [
        (-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (-1, 1), (1, -1), (1, 1),
    ]

    /// The cost of stepping between adjacent cells `a` and `b` of `grid`, or nil when the rule
    /// allows no such step (not adjacent, outside the grid, or blocked).
    public func stepCost(from a: GridCell, to b: GridCell, in grid: CostGrid) -> Double? {
        let dr = b.row - a.row, dc = b.col - a.col
        guard grid.contains(a), grid.contains(b), abs(dr) <= 1, abs(dc) <= 1, dr != 0 || dc != 0 else {
            return nil
        }
        let ca = grid[a], cb = grid[b]
        guard ca < .infinity, cb < .infinity else { return nil }
        if dr != 0 && dc != 0 {
            guard grid[GridCell(row: a.row + dr, col: a.col)] < .infinity,
                grid[GridCell(row: a.row, col: a.col + dc)] < .infinity
            else { return nil }
            return diagonalFactor * (ca + cb)
        }
        return orthogonalFactor * (ca + cb)
    }

    /// The cost of a whole path, summed from its first cell to its last in `Double`, or nil when
    /// some step is illegal. A single cell costs 0; an empty path is illegal.
    /// - Complexity: O(path.count).
    public func pathCost(_ path: [GridCell], in grid: CostGrid) -> Double? {
        guard let first = path.first, grid.contains(first), grid[first] < .infinity else { return nil }
        var total = 0.0
        for i in path.indices.dropFirst() {
            guard let w = stepCost(from: path[i - 1], to: path[i], in: grid) else { return nil }
            total += w
        }
        return total
    }
}
