// Fuzzes the TAK protocol version 1 codec: a `TakMessage` payload (`TakProtocol.decodeMessage`,
// hand-written protobuf) and a mesh datagram with its header (`decodeDatagram`); what decodes
// is encoded again and read back.
import CoT
import CFuzzerDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTakProtocol(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    if let event = try? TakProtocol.decodeMessage(bytes) {
        _ = try? TakProtocol.decodeMessage(TakProtocol.encodeMessage(event))
    }
    _ = try? TakProtocol.decodeDatagram(bytes)
    return 0
}

/// The process entry (SwiftPM's `main` for this executable): libFuzzer's driver with `fuzzTakProtocol`.
@_cdecl("FuzzTakProtocol_main")
public func fuzzTakProtocolMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzTakProtocol)
}
