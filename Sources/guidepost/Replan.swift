import ArgumentParser
import Foundation
import Guidance
import GuidepostCore

extension Guidepost {
    /// `guidepost replan`: plan once, then repair the plan incrementally after each change.
    struct Replan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Plan on a raw cost grid, then re-plan incrementally (D* Lite) after each change.",
            discussion: """
                CHANGES is JSON Lines, one change a line: {"start": [row, col]} when the person is \
                somewhere else (a deviation), {"cell": [row, col], "cost": 12.5} when a cell's \
                cost changes ("cost": null makes it impassable), or {"cells": [[row, col], ...], \
                "cost": ...} for an area (a search party, a minefield report) re-planned once. Prints one JSON object per plan: \
                {"event": 0, ...} for the first, then one per change, with the same fields as \
                `guidepost plan --json` (the path only with --path). A bad line is reported on \
                standard error with its line number and skipped.
                """
        )

        @Option(help: "The cost grid, a .npy file.") var cost: String
        @Option(help: "The task, a JSON file.") var task: String
        @Option(help: "The changes, JSON Lines ('-' for standard input).") var changes: String
        @Flag(help: "Include each route's cells.") var path = false
        @Flag(help: "Also plan each change from scratch with A* and fail (exit 1) if a cost differs by more than 1e-9 relative.")
        var check = false
        @Flag(help: "Print each plan's solve time, and a summary, to standard error.") var timing = false

        func run() async throws {
            let problem = try PlanInput.load(cost: cost, task: task)
            let clock = ContinuousClock()
            var planner = DStarLitePlanner(problem: problem)
            var times: [Duration] = []
            var mismatches = 0
            var badLines = 0
            func report(_ result: PlanResult, event: Int, line: Int?, elapsed: Duration) {
                var o = JSONObjectBuilder()
                o.add("event", event)
                if let line { o.add("line", line) }
                o.add("outcome", result.outcome.name)
                if let p = result.outcome.path { o.add("cost", p.cost) } else { o.addRaw("cost", json: "null") }
                o.add("cells_expanded", result.cellsExpanded)
                if path {
                    let cells = (result.outcome.path?.cells ?? []).map { "[\($0.row), \($0.col)]" }
                    o.addRaw("path", json: "[" + cells.joined(separator: ", ") + "]")
                }
                print(o.json)
                if timing { PlanInput.printError("event \(event): \(PlanInput.milliseconds(elapsed)) ms, \(result.cellsExpanded) cells expanded") }
                if check {
                    let scratch = AStarPlanner().plan(planner.problem, budget: .unlimited).outcome
                    let same: Bool
                    switch (result.outcome, scratch) {
                    case (.found(let a), .found(let b)): same = abs(a.cost - b.cost) <= 1e-9 * max(a.cost, b.cost)
                    default: same = result.outcome.name == scratch.name
                    }
                    if !same {
                        mismatches += 1
                        PlanInput.printError("event \(event): re-plan \(result.outcome) differs from A* from scratch \(scratch)")
                    }
                }
            }
            var t0 = clock.now
            report(planner.replan(budget: .unlimited), event: 0, line: nil, elapsed: clock.now - t0)
            let reader = try JSONLinesReader(path: changes)
            let grid = problem.grid
            var decoder = JSONLinesDecoder<PlanChange>(
                reader: reader, validate: { $0.problem(in: grid) },
                onError: { PlanInput.printError("warning: \($0) (line skipped)"); badLines += 1 })
            var event = 0
            while let (line, change) = decoder.next() {
                event += 1
                t0 = clock.now
                if let start = change.start {
                    planner.moveStart(to: GridCell(row: start[0], col: start[1]))
                } else {
                    for cell in change.changedCells {
                        planner.updateCost(at: GridCell(row: cell[0], col: cell[1]), to: change.cost ?? .infinity)
                    }
                }
                let result = planner.replan(budget: .unlimited)
                let elapsed = clock.now - t0
                times.append(elapsed)
                report(result, event: event, line: line, elapsed: elapsed)
            }
            if timing, !times.isEmpty {
                let sorted = times.sorted()
                let median = sorted[sorted.count / 2], p90 = sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
                PlanInput.printError("re-plans: \(times.count), median \(PlanInput.milliseconds(median)) ms, p90 \(PlanInput.milliseconds(p90)) ms, max \(PlanInput.milliseconds(sorted[sorted.count - 1])) ms")
            }
            if mismatches > 0 {
                PlanInput.printError("error: \(mismatches) re-plans differ from planning from scratch")
                throw ExitCode.failure
            }
            if badLines > 0 { throw CommandFailure.refusedLines(badLines, of: changes) }
        }
    }
}

/// One line of `guidepost replan`'s changes: a new start, or a new cost for one cell or several.
struct PlanChange: Decodable {
    var start: [Int]?
    var cell: [Int]?
    var cells: [[Int]]?
    /// The new cost; nil with `cell` set means impassable (`"cost": null`).
    var cost: Double?
    var hasCost = false

    enum CodingKeys: String, CodingKey { case start, cell, cells, cost }

    /// The cells whose cost changes (`cell`, or `cells`).
    var changedCells: [[Int]] { cells ?? cell.map { [$0] } ?? [] }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        start = try c.decodeIfPresent([Int].self, forKey: .start)
        cell = try c.decodeIfPresent([Int].self, forKey: .cell)
        cells = try c.decodeIfPresent([[Int]].self, forKey: .cells)
        if c.contains(.cost) {
            hasCost = true
            cost = try c.decodeNil(forKey: .cost) ? nil : try c.decode(Double.self, forKey: .cost)
        }
    }

    /// Why this change cannot apply to `grid`, if it cannot.
    func problem(in grid: CostGrid) -> (field: String, reason: String)? {
        switch (start, cell == nil && cells == nil ? nil : changedCells) {
        case (let s?, nil):
            guard s.count == 2, grid.contains(GridCell(row: s[0], col: s[1])) else {
                return ("start", "must be [row, col] inside the \(grid.rows)×\(grid.cols) grid")
            }
        case (nil, let list?):
            guard cell == nil || cells == nil else { return ("cells", "give \"cell\" or \"cells\", not both") }
            for c in list where !(c.count == 2 && grid.contains(GridCell(row: c[0], col: c[1]))) {
                return (cells == nil ? "cell" : "cells", "\(c) must be [row, col] inside the \(grid.rows)×\(grid.cols) grid")
            }
            guard hasCost else { return ("cost", "missing: give the new cost, or null for impassable") }
            if let cost, !(cost >= 0 && cost.isFinite) { return ("cost", "must be finite and ≥ 0, or null for impassable") }
        default:
            return ("start", "give either \"start\" or \"cell\"/\"cells\" with \"cost\"")
        }
        return nil
    }
}
