/// A raster of traversal costs, the planner's world (DESIGN.md "cost grids").
///
/// Row 0 is the northern edge. A value is the cost of crossing one metre of that cell: finite
/// and ≥ 0, or `+inf` for impassable. The cells are kept row-major in a flat `[Double]` with a
/// ring of `+inf` around them, so a neighbour lookup is one index addition and never a bounds
/// check: the ring is impassable, so the edge rule itself stops searches at the border.
/// `Float` input (the `.npy` `<f4` format) is widened exactly; `Double` input is kept as is.
public struct CostGrid: Sendable, Equatable {
    /// Number of rows (north to south).
    public let rows: Int
    /// Number of columns (west to east).
    public let cols: Int
    /// `(rows + 2) × (cols + 2)` costs, row-major, with the `+inf` ring.
    var padded: [Double]

    /// Distance in the flat storage between a cell and the one south of it.
    var stride: Int { cols + 2 }

    /// Largest number of padded cells we index with `UInt32` in the planners' queues.
    public static let maximumCellCount = Int(UInt32.max) - 1

    /// `(rows + 2) × (cols + 2)`, the cells of the padded grid, or nil when that overflows `Int`
    /// or exceeds ``maximumCellCount``. Every size computed from outside input goes through it
    /// (a `.npy` header may declare 2⁶³ − 1 rows: `rows + 2` alone would trap).
    public static func paddedCellCount(rows: Int, cols: Int) -> Int? {
        let (r, o1) = rows.addingReportingOverflow(2)
        let (c, o2) = cols.addingReportingOverflow(2)
        guard !o1, !o2 else { return nil }
        let (size, o3) = r.multipliedReportingOverflow(by: c)
        guard !o3, size <= maximumCellCount else { return nil }
        return size
    }

    /// A grid of `rows × cols` cells all costing `fill`.
    ///
    /// - Precondition: `rows, cols ≥ 1`, the padded size fits ``maximumCellCount``, and `fill` is
    ///   a legal cost (misuse traps: callers validate user input first, see ``CostGridError``).
    public init(rows: Int, cols: Int, fill: Double = 1) {
        precondition(rows >= 1 && cols >= 1, "a cost grid needs at least one row and one column")
        precondition(Self.isLegalCost(fill), "cost \(fill) is not finite ≥ 0 or +inf")
        guard let size = Self.paddedCellCount(rows: rows, cols: cols) else {
            preconditionFailure("grid \(rows)×\(cols) is too large")
        }
        self.rows = rows
        self.cols = cols
        padded = [Double](repeating: .infinity, count: size)
        if fill != .infinity {
            for r in 0..<rows {
                let base = (r + 1) * (cols + 2) + 1
                for c in 0..<cols { padded[base + c] = fill }
            }
        }
    }

    /// A grid from row-major `values` (`values.count == rows * cols`), checking every value.
    ///
    /// - Throws: ``CostGridError`` naming the first bad cell or the shape mismatch.
    public init(rows: Int, cols: Int, values: [Double]) throws(CostGridError) {
        guard rows >= 1, cols >= 1 else { throw .emptyShape(rows: rows, cols: cols) }
        guard Self.paddedCellCount(rows: rows, cols: cols) != nil else { throw .tooLarge(rows: rows, cols: cols) }
        guard values.count == rows * cols else {
            throw .wrongCount(expected: rows * cols, found: values.count)
        }
        self.init(rows: rows, cols: cols, fill: .infinity)
        for r in 0..<rows {
            for c in 0..<cols {
                let v = values[r * cols + c]
                guard Self.isLegalCost(v) else { throw .illegalCost(GridCell(row: r, col: c), v) }
                padded[(r + 1) * stride + c + 1] = v
            }
        }
    }

    /// True for a finite cost ≥ 0 and for `+inf`; false for NaN, negatives and `-inf`.
    @inline(__always)
    public static func isLegalCost(_ v: Double) -> Bool { v >= 0 }  // NaN >= 0 is false

    /// Whether `cell` lies inside the grid.
    public func contains(_ cell: GridCell) -> Bool {
        cell.row >= 0 && cell.row < rows && cell.col >= 0 && cell.col < cols
    }

    /// The cost of crossing one metre of `cell`.
    ///
    /// - Precondition: `contains(cell)`.
    public subscript(cell: GridCell) -> Double {
        get {
            precondition(contains(cell), "cell \(cell) is outside the \(rows)×\(cols) grid")
            return padded[index(of: cell)]
        }
        set {
            precondition(contains(cell), "cell \(cell) is outside the \(rows)×\(cols) grid")
            precondition(Self.isLegalCost(newValue), "cost \(newValue) is not finite ≥ 0 or +inf")
            padded[index(of: cell)] = newValue
        }
    }

    /// The cost at `row`, `col` (see ``subscript(_:)``).
    public subscript(row: Int, col: Int) -> Double {
        get { self[GridCell(row: row, col: col)] }
        set { self[GridCell(row: row, col: col)] = newValue }
    }

    /// Whether `cell` can be entered at all (its cost is finite).
    public func isPassable(_ cell: GridCell) -> Bool { self[cell] < .infinity }

    /// The largest finite cost in the grid, or nil when every cell is impassable.
    /// - Complexity: O(rows × cols).
    public var maximumFiniteCost: Double? {
        var m = -Double.infinity
        for v in padded where v < .infinity && v > m { m = v }
        return m >= 0 ? m : nil
    }

    /// The smallest finite cost in the grid, or nil when every cell is impassable. The planners'
    /// heuristic scales with it (see ``OctileHeuristic``).
    /// - Complexity: O(rows × cols).
    public var minimumFiniteCost: Double? {
        var m = Double.infinity
        for v in padded where v < m { m = v }
        return m < .infinity ? m : nil
    }

    /// Flat index of `cell` in the padded storage.
    @inline(__always)
    func index(of cell: GridCell) -> Int { (cell.row + 1) * stride + cell.col + 1 }

    /// The cell at padded index `i` (inverse of ``index(of:)`` for interior indices).
    @inline(__always)
    func cell(at i: Int) -> GridCell {
        let (q, r) = i.quotientAndRemainder(dividingBy: stride)
        return GridCell(row: q - 1, col: r - 1)
    }
}

/// Why a set of values cannot be a ``CostGrid``.
public enum CostGridError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Zero or negative rows or columns.
    case emptyShape(rows: Int, cols: Int)
    /// More cells than the planners can index.
    case tooLarge(rows: Int, cols: Int)
    /// `values.count` differs from `rows * cols`.
    case wrongCount(expected: Int, found: Int)
    /// A NaN, a negative or `-inf` cost.
    case illegalCost(GridCell, Double)

    public var description: String {
        switch self {
        case .emptyShape(let r, let c): "shape \(r)×\(c) has no cells"
        case .tooLarge(let r, let c): "shape \(r)×\(c) has more cells than the planner can index (\(CostGrid.maximumCellCount))"
        case .wrongCount(let e, let f): "expected \(e) values, found \(f)"
        case .illegalCost(let cell, let v): "cell \(cell) has cost \(v); costs must be finite and ≥ 0, or +inf for impassable"
        }
    }
}
