// Fuzzes the detections JSON Lines readers: the line splitter (`JSONLinesReader`), the fast
// detection parser `guidepost track` uses (`DetectionRecord.parse`), the live feed's line parser
// (`Pipeline.FeedRecord.parse`, the watch's `--feed` and `--listen-detections`), and the
// `JSONDecoder` path of the same record. Each must throw an `InputError`, never trap.
import Foundation
import GuidepostCore
import Pipeline

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDetections(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let decoder = JSONDecoder()
    for line in FuzzLines.split(bytes) {
        _ = try? DetectionRecord.parse(line, file: "fuzz")
        _ = try? FeedRecord.parse(FeedLine(source: "fuzz", number: line.number, bytes: line.bytes))
        _ = try? decoder.decode(DetectionRecord.self, from: Data(line.bytes))
    }
    return 0
}
