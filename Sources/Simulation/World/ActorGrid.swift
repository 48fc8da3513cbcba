public import GuidepostCore

/// A uniform grid of actor indices, rebuilt each frame by counting sort, so a sensor only looks
/// at actors in the cells its range touches. Positions outside the bounds fall in the edge cells.
/// Within a cell indices are in increasing order, and cells are visited in a fixed order, so
/// queries are deterministic.
/// - Complexity: rebuild O(actors + cells); a query O(cells touched + actors in them).
public struct ActorGrid: Sendable {
    public let minX: Double, minY: Double, cell: Double
    public let columns: Int, rows: Int
    private var start: [Int32]
    private var items: [Int32] = []
    private var cellOf: [Int32] = []

    /// A grid over the box with corners (minX, minY)–(maxX, maxY).
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double, cell: Double) {
        self.minX = minX
        self.minY = minY
        self.cell = cell
        columns = max(1, Int(((maxX - minX) / cell).rounded(.up)))
        rows = max(1, Int(((maxY - minY) / cell).rounded(.up)))
        start = [Int32](repeating: 0, count: columns * rows + 1)
    }

    @inline(__always) private func column(_ x: Double) -> Int { min(columns - 1, max(0, Int((x - minX) / cell))) }
    @inline(__always) private func row(_ y: Double) -> Int { min(rows - 1, max(0, Int((y - minY) / cell))) }

    /// Refills the grid with `positions[i]` for every i where `include[i]`.
    public mutating func rebuild(positions: [Point], include: [Bool]) {
        let cells = columns * rows
        for i in 0...cells { start[i] = 0 }
        if cellOf.count != positions.count { cellOf = [Int32](repeating: -1, count: positions.count) }
        var total = 0
        for i in positions.indices {
            guard include[i] else {
                cellOf[i] = -1
                continue
            }
            let c = row(positions[i].y) * columns + column(positions[i].x)
            cellOf[i] = Int32(c)
            start[c + 1] += 1
            total += 1
        }
        for i in 0..<cells { start[i + 1] += start[i] }
        if items.count != total { items = [Int32](repeating: 0, count: total) }
        var fill = start
        for i in positions.indices where cellOf[i] >= 0 {
            let c = Int(cellOf[i])
            items[Int(fill[c])] = Int32(i)
            fill[c] += 1
        }
    }

    /// Calls `body` with the index of every actor in a cell within `radius` of `p` (a superset of
    /// those within the radius).
    @inline(__always) public func forEach(near p: Point, radius: Double, _ body: (Int) -> Void) {
        let c0 = column(p.x - radius), c1 = column(p.x + radius)
        let r0 = row(p.y - radius), r1 = row(p.y + radius)
        for r in r0...r1 {
            for c in c0...c1 {
                let k = r * columns + c
                var j = Int(start[k])
                let e = Int(start[k + 1])
                while j < e {
                    body(Int(items[j]))
                    j += 1
                }
            }
        }
    }
}
