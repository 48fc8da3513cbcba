import ArgumentParser
import Foundation
import Guidance
import GuidepostCore

/// Reading a cost grid and a task from files for the planning commands; bad input is an
/// `InputError` with file, line (or byte) and field, which ends the command with exit status 65
/// (66 for a file that cannot be read: `ExitStatus`).
enum PlanInput {
    /// The problem in `cost` (.npy) and `task` (JSON), validated against each other.
    static func load(cost: String, task: String) throws -> PlanningProblem {
        let grid = try readGrid(cost)
        let planningTask = try PlanningTask.parse(try bytes(of: task), file: task)
        return try planningTask.problem(on: grid, file: task)
    }

    static func readGrid(_ path: String) throws -> CostGrid {
        try JSONLinesReader.checkReadable(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, reason: "cannot read the file", hint: "check the path and permissions", kind: .unreadable)
        }
        return try data.withUnsafeBytes { (raw) throws(InputError) -> CostGrid in
            try NPYCostGridReader.read(raw, file: path)
        }
    }

    static func bytes(of path: String) throws(InputError) -> [UInt8] {
        try JSONLinesReader.checkReadable(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, reason: "cannot read the file", hint: "check the path and permissions", kind: .unreadable)
        }
        return [UInt8](data)
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func milliseconds(_ d: Duration) -> String {
        let ms = Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) * 1e-15
        return String(format: "%.3f", ms)
    }
}

/// How plan results are printed.
enum PlanReport {
    /// `{"outcome": "found", "cost": 123.4, "cells_expanded": 99, "path": [[r, c], ...]}`;
    /// `"cost": null` and `"path": []` when no route was found.
    static func json(_ result: PlanResult) -> String {
        var o = JSONObjectBuilder()
        o.add("outcome", result.outcome.name)
        let path = result.outcome.path
        if let path { o.add("cost", path.cost) } else { o.addRaw("cost", json: "null") }
        o.add("cells_expanded", result.cellsExpanded)
        var cells = "["
        for (i, cell) in (path?.cells ?? []).enumerated() {
            if i > 0 { cells += ", " }
            cells += "[\(cell.row), \(cell.col)]"
        }
        o.addRaw("path", json: cells + "]")
        return o.json
    }

    /// A few lines for people: outcome, cost, cells expanded, then the path.
    static func text(_ result: PlanResult) -> String {
        var lines = ["outcome: \(result.outcome.name)"]
        switch result.outcome {
        case .found(let path):
            lines.append("cost: \(JSONObjectBuilder.number(path.cost))")
            lines.append("cells expanded: \(result.cellsExpanded)")
            lines.append("path: \(path.cells.count) cells, \(path.cells.count - 1) steps")
            lines.append(path.cells.map(\.description).joined(separator: " "))
        case .unreachable:
            lines += ["cost: none (no legal route joins start and goal)", "cells expanded: \(result.cellsExpanded)"]
        case .startBlocked:
            lines += ["cost: none (the start cell is impassable)", "cells expanded: 0"]
        case .goalBlocked:
            lines += ["cost: none (the goal cell is impassable)", "cells expanded: 0"]
        case .budgetExhausted:
            lines += ["cost: none (budget exhausted; raise --max-expansions)", "cells expanded: \(result.cellsExpanded)"]
        }
        return lines.joined(separator: "\n")
    }
}
