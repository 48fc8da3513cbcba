/// The optimal cost from one source cell to every cell of a ``CostGrid`` under the
/// ``EdgeRule`` (Dijkstra 1959, "A note on two problems in connexion with graphs"), with the
/// predecessor of each cell, so the route to any cell can be read back.
///
/// Steps are undirected (`w(a, b) = w(b, a)`), so the field from a post is also the cost *to*
/// the post from every cell: one search serves every candidate meeting point.
/// - Complexity: O(n log n) for n passable cells, O(n) memory.
public struct CostField: Sendable {
    /// The grid's shape.
    public let rows: Int, cols: Int
    /// The source.
    public let source: GridCell
    /// Cost from the source to each cell, row-major; `+inf` where unreachable.
    public private(set) var cost: [Double]
    /// Index in ``EdgeRule/moves`` of the step that reached each cell (−1 at the source or where
    /// unreachable).
    var via: [Int8]

    /// Runs Dijkstra from `source` over `grid` with cells `cellMetres` wide.
    /// - Precondition: `source` lies in the grid.
    public init(grid: CostGrid, cellMetres: Double, from source: GridCell) {
        precondition(grid.contains(source), "source \(source) is outside the grid")
        rows = grid.rows
        cols = grid.cols
        self.source = source
        let rule = EdgeRule(cellMetres: cellMetres)
        let w = grid.stride
        var g = [Double](repeating: .infinity, count: grid.padded.count)
        var from = [Int8](repeating: -1, count: grid.padded.count)
        var done = [Bool](repeating: false, count: grid.padded.count)
        let s = grid.index(of: source)
        if grid.padded[s] < .infinity {
            var open = QuaternaryHeap<FieldEntry>()
            g[s] = 0
            open.insert(FieldEntry(cost: 0, index: s))
            let moves = EdgeRule.moves.map { $0.dr * w + $0.dc }
            while let e = open.popMin() {
                let u = e.index
                if done[u] { continue }
                done[u] = true
                let cu = grid.padded[u]
                for (k, off) in moves.enumerated() {
                    let v = u + off
                    let cv = grid.padded[v]
                    guard cv < .infinity, !done[v] else { continue }
                    let step: Double
                    if k < 4 {
                        step = rule.orthogonalFactor * (cu + cv)
                    } else {
                        let m = EdgeRule.moves[k]
                        guard grid.padded[u + m.dr * w] < .infinity, grid.padded[u + m.dc] < .infinity else { continue }
                        step = rule.diagonalFactor * (cu + cv)
                    }
                    let gv = g[u] + step
                    if gv < g[v] {
                        g[v] = gv
                        from[v] = Int8(k)
                        open.insert(FieldEntry(cost: gv, index: v))
                    }
                }
            }
        }
        var out = [Double](repeating: .infinity, count: rows * cols)
        var outVia = [Int8](repeating: -1, count: rows * cols)
        for r in 0..<rows {
            for c in 0..<cols {
                let i = grid.index(of: GridCell(row: r, col: c))
                out[r * cols + c] = g[i]
                outVia[r * cols + c] = from[i]
            }
        }
        cost = out
        via = outVia
    }

    /// The cost from the source to `cell` (`+inf` when unreachable).
    public subscript(cell: GridCell) -> Double { cost[cell.row * cols + cell.col] }

    /// The optimal route from the source to `cell`, or nil when unreachable.
    public func route(to cell: GridCell) -> [GridCell]? {
        guard self[cell] < .infinity else { return nil }
        var out = [cell]
        var c = cell
        while c != source {
            let k = Int(via[c.row * cols + c.col])
            guard k >= 0 else { return nil }
            let m = EdgeRule.moves[k]
            c = GridCell(row: c.row - m.dr, col: c.col - m.dc)
            out.append(c)
        }
        return out.reversed()
    }
}

/// A Dijkstra queue entry, ordered by cost then index (so ties settle deterministically).
struct FieldEntry: Comparable {
    var cost: Double
    var index: Int
    static func < (a: FieldEntry, b: FieldEntry) -> Bool { a.cost != b.cost ? a.cost < b.cost : a.index < b.index }
}
