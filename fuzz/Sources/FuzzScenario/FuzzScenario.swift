// Fuzzes the scenario loader (`guidepost check-scenario`, `run`, `simulate`, `serve`): Yams'
// parse, the node decoder that records every field's line, the unknown-field check and
// `ScenarioValidator`. Every problem must come back as a `ScenarioLoadError`, never a trap.
import Scenario
import CFuzzerDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    _ = try? ScenarioLoader.load(yaml: text, file: "fuzz.yaml")
    return 0
}

/// The process entry (SwiftPM's `main` for this executable): libFuzzer's driver with `fuzzScenario`.
@_cdecl("FuzzScenario_main")
public func fuzzScenarioMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzScenario)
}
