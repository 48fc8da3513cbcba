// Fuzzes the tracks, truth and scans JSON Lines readers: `JSONLinesDecoder` with each record's
// own `problem` check (as `score`, `alerts`, `guide --tracks` and `cot` read them), and the fast
// truth and track readers of `score-alerts` (`FlatRecordParser`, compiled here from the CLI's
// own file through a symbolic link, since an executable target cannot be imported).
import FuzzSupport
import Foundation
import GuidepostCore
import CFuzzerDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecords(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let decoder = JSONDecoder()
    for line in FuzzLines.split(bytes) {
        let data = Data(line.bytes)
        if let track = try? decoder.decode(TrackRecord.self, from: data) { _ = track.problem; _ = track.jsonLine }
        if let truth = try? decoder.decode(TruthRecord.self, from: data) { _ = truth.problem; _ = truth.jsonLine }
        if let scan = try? decoder.decode(ScanRecord.self, from: data) { _ = scan.jsonLine }
        _ = try? FlatRecordParser.truth(line, file: "fuzz")
        _ = try? FlatRecordParser.track(line, file: "fuzz")
    }
    return 0
}

/// The process entry (SwiftPM's `main` for this executable): libFuzzer's driver with `fuzzRecords`.
@_cdecl("FuzzRecords_main")
public func fuzzRecordsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzRecords)
}
