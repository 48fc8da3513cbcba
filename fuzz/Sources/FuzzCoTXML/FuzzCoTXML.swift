// Fuzzes the CoT XML reader (`CoTXML.decode`: our own XML subset reader, no DTD, hard limits)
// and, on what it accepts, the writer and a second read (a decoded event must encode and read back).
import CoT
import CFuzzerDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCoTXML(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    guard let event = try? CoTXML.decode(bytes) else { return 0 }
    _ = try? CoTXML.decode(Array(CoTXML.encode(event).utf8))
    return 0
}

/// The process entry (SwiftPM's `main` for this executable): libFuzzer's driver with `fuzzCoTXML`.
@_cdecl("FuzzCoTXML_main")
public func fuzzCoTXMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzCoTXML)
}
