// Fuzzes `guidepost store import`'s reading of an operations log: each line through
// `OperationsEvent.decode` and the event's `problem` check that every store applies before it
// accepts an event, then the event's own encoding (what `store export` writes back).
import GuidepostCore
import Operations

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStoreImport(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    for line in FuzzLines.split(bytes) {
        guard let event = try? OperationsEvent.decode(line.text) else { continue }
        if event.problem == nil { _ = event.jsonLine }
    }
    return 0
}
