import Foundation
import GuidepostCore
import Testing

/// `JSONLinesWriter` writes into the file it is given, never beside it and renamed over it: an
/// atomic write replaced `--out /dev/null` (a device) with a regular file when run as root, and
/// breaks hard links and FIFOs. A hard link shows the difference without touching a device.
@Suite struct JSONLinesWriterInPlaceTests {
    @Test func writesIntoTheExistingFileNotAReplacement() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gp-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.jsonl").path
        let link = dir.appendingPathComponent("link.jsonl").path
        try Data("old contents, longer than what replaces them\n".utf8).write(to: URL(fileURLWithPath: out))
        try FileManager.default.linkItem(atPath: out, toPath: link)
        let inode = try FileManager.default.attributesOfItem(atPath: out)[.systemFileNumber] as? UInt64

        do {
            let writer = try JSONLinesWriter(path: out)
            writer.write(line: #"{"t": 1}"#)
            writer.flush()
        }

        #expect(try FileManager.default.attributesOfItem(atPath: out)[.systemFileNumber] as? UInt64 == inode)
        #expect(try String(contentsOfFile: link, encoding: .utf8) == "{\"t\": 1}\n", "the other link still sees the old file")
    }

    @Test func aMissingFolderIsAnUnwritableOutput() {
        #expect {
            _ = try JSONLinesWriter(path: "/nonexistent-\(UUID().uuidString)/out.jsonl")
        } throws: { error in
            (error as? InputError)?.kind == .unwritable
        }
    }
}
