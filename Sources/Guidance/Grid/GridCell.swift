/// One cell of a ``CostGrid``: `row` 0 is the northern edge, `col` 0 the western edge.
public struct GridCell: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Row index, 0 at the northern edge.
    public var row: Int
    /// Column index, 0 at the western edge.
    public var col: Int

    /// A cell at `row`, `col` (not checked against any grid; ``CostGrid/contains(_:)`` does that).
    public init(row: Int, col: Int) {
        self.row = row
        self.col = col
    }

    /// Row-major order, so sorted cells read like the grid.
    public static func < (a: GridCell, b: GridCell) -> Bool {
        a.row != b.row ? a.row < b.row : a.col < b.col
    }

    /// `[row, col]`, the form of task.json and of `guidepost plan --json`.
    public var description: String { "[\(row), \(col)]" }
}
