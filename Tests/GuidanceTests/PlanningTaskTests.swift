import Testing
@testable import Guidance
import GuidepostCore

struct PlanningTaskTests {
    static func parse(_ text: String) throws(InputError) -> PlanningTask {
        try PlanningTask.parse(Array(text.utf8), file: "task.json")
    }

    static func error(_ text: String) -> InputError? {
        do { _ = try parse(text); return nil } catch { return error }
    }

    @Test func parsesTheDesignExample() throws {
        let task = try Self.parse(#"{"cell_m": 10, "start": [3, 4], "goal": [0, 9], "connectivity": 8, "note": "x"}"#)
        #expect(task == PlanningTask(cellMetres: 10, start: GridCell(row: 3, col: 4), goal: GridCell(row: 0, col: 9)))
    }

    @Test func namesTheFieldAndLine() {
        let missing = Self.error("{\n\"cell_m\": 10,\n\"start\": [1, 1]\n}")
        #expect(missing?.field == "goal")
        let badCell = Self.error("{\n\"cell_m\": -5, \"start\": [1, 1], \"goal\": [2, 2]}")
        #expect(badCell?.field == "cell_m" && badCell?.line == 2)
        let fraction = Self.error("{\"cell_m\": 5,\n \"start\": [1.5, 1], \"goal\": [2, 2]}")
        #expect(fraction?.field == "start" && fraction?.line == 2)
        let four = Self.error("{\"cell_m\": 5, \"start\": [1, 1], \"goal\": [2, 2], \"connectivity\": 4}")
        #expect(four?.field == "connectivity")
        let syntax = Self.error("{\"cell_m\": 5,\n \"start\": [1 1]}")
        #expect(syntax?.line == 2 && syntax?.column == 14, "\(String(describing: syntax))")
        #expect(Self.error("[1, 2]") != nil)
        #expect(Self.error("") != nil)
        #expect(Self.error("{\"cell_m\": 5, \"start\": [1, 1], \"goal\": [2, 2]} trailing") != nil)
    }

    @Test func checksCellsAgainstTheGrid() throws {
        let task = try Self.parse("{\"cell_m\": 10,\n\"start\": [0, 0],\n\"goal\": [5, 0]}")
        #expect(throws: InputError.self) { try task.problem(on: CostGrid(rows: 5, cols: 5), file: "task.json") }
        do {
            _ = try task.problem(on: CostGrid(rows: 5, cols: 5), file: "task.json")
        } catch {
            #expect(error.field == "goal" && error.line == 3)
        }
        let problem = try task.problem(on: CostGrid(rows: 6, cols: 5), file: "task.json")
        #expect(problem.goal == GridCell(row: 5, col: 0))
    }
}
