/// The k cheapest assignments of a rectangular cost matrix, in order (Murty 1968, "An algorithm
/// for ranking all the assignments in order of increasing cost", Operations Research 16(3)).
///
/// The best assignment comes from `LinearAssignment`. Each solution found splits the problem it
/// came from into disjoint subproblems, one per row r: rows before r keep the solution's columns,
/// row r may not use its column; the best assignment of every subproblem goes into a queue, and
/// the cheapest in the queue is the next solution. Every assignment of finite cost lies in exactly
/// one subproblem, so the order is exact (ties broken by the order found).
///
/// In data association the rows are tracks and the columns detections plus one "missed" column
/// per track: the solutions are the k likeliest global association hypotheses, which is what a
/// multi-hypothesis tracker keeps and what approximates JPDA when exact enumeration of a dense
/// cluster is too costly.
/// - Complexity: O(k n) solves of `LinearAssignment`, each O(n² m), for k solutions of an n × m
///   problem; memory O(k n m) (the queue is cut to the k − found cheapest).
public enum KBestAssignment {
    /// One ranked solution: the column of each row and the total cost.
    public struct Solution: Sendable, Equatable {
        public var columns: [Int]
        public var cost: Double
    }

    private struct Subproblem {
        var costs: [Double]
        var solution: [Int]
        var cost: Double
        /// Rows before this one are fixed to `solution`'s columns.
        var firstFree: Int
    }

    /// Up to `k` assignments of finite cost, cheapest first.
    /// - Parameters:
    ///   - costs: row-major, `rows * columns` entries (`+infinity` forbidden); rows ≤ columns.
    public static func solve(costs: [Double], rows: Int, columns: Int, k: Int) -> [Solution] {
        precondition(rows <= columns, "assignment needs rows ≤ columns; transpose the problem")
        precondition(costs.count == rows * columns, "cost matrix size mismatch")
        guard k > 0, let first = LinearAssignment.solve(costs: costs, rows: rows, columns: columns) else { return [] }
        var queue = [Subproblem(costs: costs, solution: first, cost: total(costs, first, columns), firstFree: 0)]
        var found: [Solution] = []
        while found.count < k, !queue.isEmpty {
            // The cheapest pending subproblem (the queue stays small: at most k·rows entries).
            var best = 0
            for i in queue.indices.dropFirst() where queue[i].cost < queue[best].cost { best = i }
            let next = queue.remove(at: best)
            found.append(Solution(columns: next.solution, cost: next.cost))
            guard found.count < k else { break }
            var fixed = next.costs
            for r in next.firstFree..<rows {
                // Row r may not take its column; rows before r keep theirs.
                var sub = fixed
                sub[r * columns + next.solution[r]] = .infinity
                if let s = LinearAssignment.solve(costs: sub, rows: rows, columns: columns) {
                    let c = total(sub, s, columns)
                    if c.isFinite { queue.append(Subproblem(costs: sub, solution: s, cost: c, firstFree: r)) }
                }
                // Fix row r to its column for the subproblems that follow: forbid every other
                // column in its row and its column in every other row.
                let keep = next.solution[r]
                for c in 0..<columns where c != keep { fixed[r * columns + c] = .infinity }
                for other in 0..<rows where other != r { fixed[other * columns + keep] = .infinity }
            }
            // Only the k − found cheapest pending subproblems can still be among the k best.
            let room = k - found.count
            if queue.count > room {
                queue.sort { $0.cost < $1.cost }
                queue.removeLast(queue.count - room)
            }
        }
        return found
    }

    private static func total(_ costs: [Double], _ solution: [Int], _ columns: Int) -> Double {
        var sum = 0.0
        for (r, c) in solution.enumerated() { sum += costs[r * columns + c] }
        return sum
    }
}
