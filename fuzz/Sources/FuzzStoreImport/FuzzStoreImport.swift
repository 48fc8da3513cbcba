// Fuzzes `guidepost store import`'s reading of an operations log: each line through
// `OperationsEvent.decode` and the event's `problem` check that every store applies before it
// accepts an event, then the event's own encoding (what `store export` writes back).
import FuzzSupport
import GuidepostCore
import Operations
import CFuzzerDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStoreImport(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    for line in FuzzLines.split(bytes) {
        guard let event = try? OperationsEvent.decode(line.text) else { continue }
        if event.problem == nil { _ = event.jsonLine }
    }
    return 0
}

/// The process entry (SwiftPM's `main` for this executable): libFuzzer's driver with `fuzzStoreImport`.
@_cdecl("FuzzStoreImport_main")
public func fuzzStoreImportMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzStoreImport)
}
