// Fuzzes `CoTStreamFramer`, which cuts a TAK server's byte stream into events, as a link reads
// it: in chunks whose sizes the input chooses, switching from XML to TAK protocol framing where
// the input says, every frame decoded as the link would.
import CoT
import CFuzzerDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCoTStream(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard bytes.count >= 2 else { return 0 }
    // Byte 0: the chunk size (1...256); byte 1: where (in chunks) to switch to TAK protocol, 0 for never.
    let chunk = Int(bytes[0]) + 1
    let switchAt = Int(bytes[1])
    var framer = CoTStreamFramer()
    var frames: [CoTFrame] = []
    var index = 0
    var position = 2
    while position < bytes.count {
        let end = min(position + chunk, bytes.count)
        frames += framer.push(bytes[position..<end])
        position = end
        index += 1
        if index == switchAt { framer.mode = .takProtocol }
    }
    frames += framer.finish()
    for frame in frames { _ = try? frame.event() }
    return 0
}

/// The process entry (SwiftPM's `main` for this executable): libFuzzer's driver with `fuzzCoTStream`.
@_cdecl("FuzzCoTStream_main")
public func fuzzCoTStreamMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzCoTStream)
}
