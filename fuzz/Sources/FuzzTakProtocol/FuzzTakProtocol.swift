// Fuzzes the TAK protocol version 1 codec: a `TakMessage` payload (`TakProtocol.decodeMessage`,
// hand-written protobuf) and a mesh datagram with its header (`decodeDatagram`); what decodes
// is encoded again and read back.
import CoT

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTakProtocol(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    if let event = try? TakProtocol.decodeMessage(bytes) {
        _ = try? TakProtocol.decodeMessage(TakProtocol.encodeMessage(event))
    }
    _ = try? TakProtocol.decodeDatagram(bytes)
    return 0
}
