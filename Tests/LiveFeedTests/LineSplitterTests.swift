import LiveFeed
import Testing

/// Lines cut from a byte stream with a hard limit: an over-long line is counted, never kept, and
/// the next line reads as usual.
@Suite struct LineSplitterTests {
    @Test func linesAcrossChunksWithCarriageReturnsAndBlankLines() {
        var s = LineSplitter(limit: 100)
        var frames = s.append(Array("{\"t\": 1}\r\n\n  \n{\"t\"".utf8))
        frames += s.append(Array(": 2}\n{\"t\": 3}".utf8))
        if let last = s.finish() { frames.append(last) }
        #expect(
            frames == [
                .line(number: 1, bytes: Array("{\"t\": 1}".utf8)), .line(number: 4, bytes: Array("{\"t\": 2}".utf8)),
                .line(number: 5, bytes: Array("{\"t\": 3}".utf8)),
            ])
    }

    @Test func anOverLongLineIsReportedByLengthAndTheNextLineIsKept() {
        var s = LineSplitter(limit: 10)
        var frames: [LineFrame] = []
        // 25 bytes in three chunks, none with its newline until the last.
        frames += s.append(Array("0123456789".utf8))
        frames += s.append(Array("0123456789".utf8))
        frames += s.append(Array("01234\nshort\n".utf8))
        frames += s.append(Array("exactly10!\n".utf8))
        frames += s.append(Array("0123456789012\n".utf8))
        #expect(
            frames == [
                .overLong(number: 1, length: 25), .line(number: 2, bytes: Array("short".utf8)),
                .line(number: 3, bytes: Array("exactly10!".utf8)), .overLong(number: 4, length: 13),
            ])
        // An unterminated over-long tail is reported at the end.
        _ = s.append(Array(repeating: UInt8(ascii: "x"), count: 50))
        #expect(s.finish() == .overLong(number: 5, length: 50))
    }
}
