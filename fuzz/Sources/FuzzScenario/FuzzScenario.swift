// Fuzzes the scenario loader (`guidepost check-scenario`, `run`, `simulate`, `serve`): Yams'
// parse, the node decoder that records every field's line, the unknown-field check and
// `ScenarioValidator`. Every problem must come back as a `ScenarioLoadError`, never a trap.
import Scenario

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    _ = try? ScenarioLoader.load(yaml: text, file: "fuzz.yaml")
    return 0
}
