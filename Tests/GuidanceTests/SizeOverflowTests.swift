import GuidepostCore
import Testing

@testable import Guidance

/// Issue 19, size arithmetic on input-derived numbers: a shape or a cell size from a file must
/// give the reader's own error, never a trap and never a silently wrong answer.
@Suite struct SizeOverflowTests {
    /// A `.npy` declaring `rows × cols` of '<f4' with no data after the header.
    static func header(rows: String, cols: String) -> [UInt8] {
        NPYCostGridReaderTests.npy(header: "{'descr': '<f4', 'fortran_order': False, 'shape': (\(rows), \(cols)), }")
    }

    @Test(arguments: [
        ("9223372036854775807", "1"),  // Int.max rows: rows + 2 overflowed (a trap)
        ("1", "9223372036854775807"),
        ("9223372036854775806", "9223372036854775806"),
        ("4294967296", "4294967296"),  // rows × cols overflows
        ("70000", "70000"),  // fits Int, exceeds what the planner indexes
    ])
    func aHugeShapeIsTheReadersOwnError(rows: String, cols: String) throws {
        let e = try #require(NPYCostGridReaderTests.error(Self.header(rows: rows, cols: cols)))
        #expect(e.field == "shape")
        #expect(e.reason.contains("more cells than the planner can index"), "\(e)")
    }

    @Test func theLargestIndexableShapeIsStillCheckedAgainstItsData() throws {
        // Just inside the limit: the reader goes on to say the data is missing (no allocation).
        let e = try #require(NPYCostGridReaderTests.error(Self.header(rows: "65533", cols: "65533")))
        #expect(e.field == "data", "\(e)")
    }

    @Test func paddedCellCountIsCheckedArithmetic() {
        #expect(CostGrid.paddedCellCount(rows: .max, cols: 1) == nil)
        #expect(CostGrid.paddedCellCount(rows: .max - 1, cols: .max - 1) == nil)
        #expect(CostGrid.paddedCellCount(rows: 2, cols: 3) == 20)
    }

    @Test(arguments: [1e308, 1e300, 1e210])
    func aCellSizeThatOverflowsRouteCostsNamesCellM(cell: Double) throws {
        let task = try PlanningTask.parse(
            Array(#"{"cell_m": \#(cell), "start": [0, 0], "goal": [1, 1]}"#.utf8), file: "task.json")
        let grid = try CostGrid(rows: 2, cols: 2, values: [1, 1, 1, 1e100])
        #expect {
            try task.problem(on: grid, file: "task.json")
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.field == "cell_m" && e.reason.contains("overflows")
        }
    }

    @Test func anOrdinaryCellSizePlansAsBefore() throws {
        let task = try PlanningTask.parse(Array(#"{"cell_m": 10, "start": [0, 0], "goal": [1, 1]}"#.utf8), file: "t")
        let grid = try CostGrid(rows: 2, cols: 2, values: [1, 1, 1, 1])
        _ = try task.problem(on: grid, file: "t")
    }
}
