public import GuidepostCore

/// The task that goes with a cost grid (DESIGN.md):
/// `{"cell_m": 10, "start": [row, col], "goal": [row, col], "connectivity": 8}`.
/// Unknown fields are ignored; `connectivity` may be left out (8 is the only one defined).
public struct PlanningTask: Sendable, Equatable {
    /// Side of one cell, metres (> 0).
    public var cellMetres: Double
    /// Where the person is.
    public var start: GridCell
    /// Where they must get to.
    public var goal: GridCell
    /// Neighbours per cell; always 8 (the edge rule of DESIGN.md).
    public var connectivity: Int
    /// Line of `start` and `goal` in the file, for errors found later against the grid.
    var startLine: Int?
    var goalLine: Int?

    /// A task.
    public init(cellMetres: Double, start: GridCell, goal: GridCell, connectivity: Int = 8) {
        self.cellMetres = cellMetres
        self.start = start
        self.goal = goal
        self.connectivity = connectivity
    }

    /// Tasks are equal when they ask the same (where they were written does not matter).
    public static func == (a: PlanningTask, b: PlanningTask) -> Bool {
        a.cellMetres == b.cellMetres && a.start == b.start && a.goal == b.goal && a.connectivity == b.connectivity
    }

    /// Parses task.json from its bytes; every error names `file`, the line and the field.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> PlanningTask {
        let root = try JSONValue.parse(bytes, file: file)
        guard case .object(let members) = root.kind else {
            throw InputError(file: file, line: root.line, column: root.column, reason: "task must be a JSON object",
                             hint: #"{"cell_m": 10, "start": [row, col], "goal": [row, col], "connectivity": 8}"#)
        }
        func member(_ name: String) -> JSONValue? { members.last { $0.key == name }?.value }
        func missing(_ name: String) -> InputError {
            InputError(file: file, line: root.line, field: name, reason: "missing", hint: "add \"\(name)\" to the task")
        }
        func bad(_ v: JSONValue, _ name: String, _ reason: String) -> InputError {
            InputError(file: file, line: v.line, column: v.column, field: name, reason: reason)
        }
        guard let cellValue = member("cell_m") else { throw missing("cell_m") }
        guard case .number(let cellMetres) = cellValue.kind, cellMetres > 0 else {
            throw bad(cellValue, "cell_m", "must be a number of metres > 0")
        }
        func cell(_ name: String) throws(InputError) -> (GridCell, Int) {
            guard let v = member(name) else { throw missing(name) }
            guard case .array(let items) = v.kind, items.count == 2 else {
                throw bad(v, name, "must be [row, col]")
            }
            var ints: [Int] = []
            for item in items {
                guard case .number(let x) = item.kind, x == x.rounded(), abs(x) < 1e15 else {
                    throw bad(item, name, "row and col must be whole numbers")
                }
                ints.append(Int(x))
            }
            return (GridCell(row: ints[0], col: ints[1]), v.line)
        }
        let (start, startLine) = try cell("start")
        let (goal, goalLine) = try cell("goal")
        var connectivity = 8
        if let v = member("connectivity") {
            guard case .number(let x) = v.kind, x == 8 else {
                throw bad(v, "connectivity", "only 8-connectivity is defined (DESIGN.md edge rule)")
            }
            connectivity = Int(x)
        }
        var task = PlanningTask(cellMetres: cellMetres, start: start, goal: goal, connectivity: connectivity)
        task.startLine = startLine
        task.goalLine = goalLine
        return task
    }

    /// Checks that `start` and `goal` lie in `grid` and returns the problem to solve.
    public func problem(on grid: CostGrid, file: String) throws(InputError) -> PlanningProblem {
        for (name, cell, line) in [("start", start, startLine), ("goal", goal, goalLine)] where !grid.contains(cell) {
            throw InputError(file: file, line: line, field: name,
                             reason: "\(cell) is outside the \(grid.rows)×\(grid.cols) grid",
                             hint: "rows are 0..<\(grid.rows), cols 0..<\(grid.cols), row 0 is the northern edge")
        }
        // The costliest route visits every cell once over the costliest edges: √2 · cell_m · c_max
        // per edge. If that sum is not a finite Double, costs saturate at +inf and a reachable goal
        // reads as unreachable; refuse the task instead, naming the numbers.
        if let largest = grid.maximumFiniteCost {
            let worst = 2.0.squareRoot() * cellMetres * largest * Double(grid.rows) * Double(grid.cols)
            guard worst.isFinite, worst < Double.greatestFiniteMagnitude / 4 else {
                throw InputError(
                    file: file, field: "cell_m",
                    reason: "cell_m \(cellMetres) × the largest cost \(largest) × \(grid.rows)×\(grid.cols) cells overflows a route's cost (Double)",
                    hint: "give cell_m in metres (DESIGN.md uses 10) and costs per metre, or scale them down")
            }
        }
        return PlanningProblem(grid: grid, cellMetres: cellMetres, start: start, goal: goal)
    }
}
