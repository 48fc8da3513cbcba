// Fuzzes task.json of `guidepost plan` and `replan` (`PlanningTask.parse`, its own JSON reader
// with line numbers) and the task's check against a grid (`PlanningTask.problem(on:)`).
import Guidance
import GuidepostCore
import CFuzzerDriver

/// A 3 × 4 grid of unit costs to check parsed tasks against.
let grid: CostGrid? = {
    var npy: [UInt8] = Array("\u{93}NUMPY".utf8) + [1, 0]
    var header = "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }"
    while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
    header += "\n"
    npy += [UInt8(header.utf8.count & 0xFF), UInt8(header.utf8.count >> 8)] + Array(header.utf8)
    for _ in 0..<12 { withUnsafeBytes(of: (1.0).bitPattern.littleEndian) { npy += $0 } }
    return npy.withUnsafeBytes { try? NPYCostGridReader.read($0, file: "grid.npy") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlanningTask(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let task = try? PlanningTask.parse(bytes, file: "task.json") else { return 0 }
    if let grid { _ = try? task.problem(on: grid, file: "task.json") }
    return 0
}

/// The process entry (SwiftPM's `main` for this executable): libFuzzer's driver with `fuzzPlanningTask`.
@_cdecl("FuzzPlanningTask_main")
public func fuzzPlanningTaskMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzPlanningTask)
}
