import Foundation
public import GuidepostCore

/// Shared by the JSON Lines harnesses (records, detections, store import): the fuzz input cut into lines by the readers' own splitter: `JSONLinesReader` over a pipe
/// holding the input (a pipe's buffer holds 64 KiB, so longer inputs are cut; run.sh keeps
/// `-max_len` far below that).
public enum FuzzLines {
    public static let pipeCapacity = 60_000

    public static func split(_ bytes: [UInt8]) -> [JSONLine] {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data(bytes.prefix(pipeCapacity)))
        try? pipe.fileHandleForWriting.close()
        var reader = JSONLinesReader(handle: pipe.fileHandleForReading, name: "fuzz")
        var lines: [JSONLine] = []
        while let line = reader.next() { lines.append(line) }
        try? pipe.fileHandleForReading.close()
        return lines
    }
}
