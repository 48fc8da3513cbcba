// Fuzzes the `.npy` cost-grid reader of `guidepost plan` and `replan` (`NPYCostGridReader`):
// magic, version, header dictionary, shape and the size arithmetic, dtype and the cells.
import Guidance
import GuidepostCore
import CFuzzerDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNPY(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = try? NPYCostGridReader.read(UnsafeRawBufferPointer(start: start, count: count), file: "fuzz.npy")
    return 0
}

/// The process entry (SwiftPM's `main` for this executable): libFuzzer's driver with `fuzzNPY`.
@_cdecl("FuzzNPY_main")
public func fuzzNPYMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzNPY)
}
