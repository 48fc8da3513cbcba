// Fuzzes the `.npy` cost-grid reader of `guidepost plan` and `replan` (`NPYCostGridReader`):
// magic, version, header dictionary, shape and the size arithmetic, dtype and the cells.
import Guidance
import GuidepostCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNPY(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    _ = try? NPYCostGridReader.read(UnsafeRawBufferPointer(start: start, count: count), file: "fuzz.npy")
    return 0
}
