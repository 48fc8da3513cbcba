/// Optimal rectangular linear assignment: for an n × m cost matrix (n ≤ m) choose one distinct
/// column per row minimising Σᵢ C[i, σ(i)]. Entries may be `+infinity` (forbidden).
///
/// Shortest augmenting paths with dual potentials, the Jonker–Volgenant family as formulated for
/// rectangular problems by Crouse (2016), "On implementing 2D rectangular assignment
/// algorithms", IEEE Trans. AES 52(4) — the algorithm behind SciPy's `linear_sum_assignment`.
/// Reduced costs C[i,j] − uᵢ − vⱼ stay ≥ 0, so each augmentation is a Dijkstra search.
/// - Complexity: O(n² m) time, O(n m) for the matrix.
public enum LinearAssignment {
    /// The column chosen for each row, or nil when no assignment of finite cost exists.
    /// - Parameters:
    ///   - costs: row-major, `rows * columns` entries; rows ≤ columns.
    public static func solve(costs: [Double], rows: Int, columns: Int) -> [Int]? {
        precondition(rows <= columns, "assignment needs rows ≤ columns; transpose the problem")
        precondition(costs.count == rows * columns, "cost matrix size mismatch")
        if rows == 0 { return [] }
        var u = [Double](repeating: 0, count: rows)
        var v = [Double](repeating: 0, count: columns)
        var shortest = [Double](repeating: .infinity, count: columns)
        var path = [Int](repeating: -1, count: columns)
        var col4row = [Int](repeating: -1, count: rows)
        var row4col = [Int](repeating: -1, count: columns)
        var sr = [Bool](repeating: false, count: rows)
        var sc = [Bool](repeating: false, count: columns)
        var remaining = [Int](repeating: 0, count: columns)

        for current in 0..<rows {
            // Dijkstra over reduced costs from row `current` to the nearest free column.
            var minVal = 0.0
            var count = columns
            for k in 0..<columns { remaining[k] = columns - 1 - k }
            for k in 0..<rows { sr[k] = false }
            for k in 0..<columns {
                sc[k] = false
                shortest[k] = .infinity
            }
            var sink = -1
            var i = current
            while sink == -1 {
                var index = -1
                var lowest = Double.infinity
                sr[i] = true
                let base = i * columns
                for it in 0..<count {
                    let j = remaining[it]
                    let r = minVal + costs[base + j] - u[i] - v[j]
                    if r < shortest[j] {
                        path[j] = i
                        shortest[j] = r
                    }
                    if shortest[j] < lowest || (shortest[j] == lowest && row4col[j] == -1) {
                        lowest = shortest[j]
                        index = it
                    }
                }
                minVal = lowest
                if !minVal.isFinite || index < 0 { return nil }
                let j = remaining[index]
                if row4col[j] == -1 { sink = j } else { i = row4col[j] }
                sc[j] = true
                count -= 1
                remaining[index] = remaining[count]
            }
            // Update the potentials so reduced costs stay non-negative.
            u[current] += minVal
            for k in 0..<rows where sr[k] && k != current {
                u[k] += minVal - shortest[col4row[k]]
            }
            for k in 0..<columns where sc[k] {
                v[k] -= minVal - shortest[k]
            }
            // Augment along the path back to `current`.
            var j = sink
            while true {
                let r = path[j]
                row4col[j] = r
                let previous = col4row[r]
                col4row[r] = j
                j = previous
                if r == current { break }
            }
        }
        return col4row
    }

    /// Σᵢ C[i, σ(i)] for an assignment.
    public static func cost(of assignment: [Int], costs: [Double], columns: Int) -> Double {
        var total = 0.0
        for (i, j) in assignment.enumerated() { total += costs[i * columns + j] }
        return total
    }
}
