// Fuzzes the detections JSON Lines readers: the line splitter (`JSONLinesReader`), the fast
// detection parser `guidepost track` uses (`DetectionRecord.parse`), the live feed's line parser
// (`Pipeline.FeedRecord.parse`, the watch's `--feed` and `--listen-detections`), and the
// `JSONDecoder` path of the same record. Each must throw an `InputError`, never trap.
import FuzzSupport
import Foundation
import GuidepostCore
import Pipeline
import CFuzzerDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDetections(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let decoder = JSONDecoder()
    for line in FuzzLines.split(bytes) {
        _ = try? DetectionRecord.parse(line, file: "fuzz")
        _ = try? FeedRecord.parse(FeedLine(source: "fuzz", number: line.number, bytes: line.bytes))
        _ = try? decoder.decode(DetectionRecord.self, from: Data(line.bytes))
    }
    return 0
}

/// The process entry (SwiftPM's `main` for this executable): libFuzzer's driver with `fuzzDetections`.
@_cdecl("FuzzDetections_main")
public func fuzzDetectionsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzDetections)
}
