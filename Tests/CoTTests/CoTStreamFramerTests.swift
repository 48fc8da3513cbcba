import CoT
import Testing

@Suite struct CoTStreamFramerTests {
    static func events(_ count: Int, seed: UInt64) -> [CoTEvent] {
        var random = RandomEvents(seed: seed)
        return (0..<count).map { _ in random.event() }
    }

    /// Three events as a TAK server streams them: declaration, newline, event; one without a declaration.
    static func stream(_ events: [CoTEvent]) -> [UInt8] {
        events.enumerated().flatMap { index, event in CoTXML.encodedBytes(event, declaration: index != 1) }
    }

    static func decoded(_ frames: [CoTFrame]) throws -> [CoTEvent] { try frames.map { try $0.event() } }

    @Test func splitAtEveryByteBoundary() throws {
        let events = Self.events(3, seed: 5)
        let bytes = Self.stream(events)
        for cut in 0...bytes.count {
            var framer = CoTStreamFramer()
            let frames = framer.push(bytes[0..<cut]) + framer.push(bytes[cut...]) + framer.finish()
            #expect(try Self.decoded(frames) == events, "cut at \(cut)")
        }
        var framer = CoTStreamFramer()
        var frames: [CoTFrame] = []
        for byte in bytes { frames += framer.push([byte]) }
        #expect(try Self.decoded(frames + framer.finish()) == events)
    }

    @Test func severalEventsInOnePushAndTricksyContent() throws {
        var events = Self.events(20, seed: 6)
        // "</event>" inside CDATA, a comment or a processing instruction, and '>' in a value, must not end it early.
        let tricky = Array(("<event version='2.0' uid='t' type='a' how='m' time='2026-01-01T00:00:00Z' "
            + "start='2026-01-01T00:00:00Z' stale='2026-01-01T00:00:00Z'><point lat='1' lon='2'/><detail>"
            + "<remarks a='/event>'><![CDATA[</event>]]><!-- </event> --></remarks><?pi </event>?></detail></event>").utf8)
        var framer = CoTStreamFramer()
        let frames = framer.push(Self.stream(events) + Array("\r\n\n".utf8) + tricky + Array("\n".utf8))
        events.append(try CoTXML.decode(tricky))
        #expect(try Self.decoded(frames) == events)
        #expect(events.last?.remarks == "</event>")
        #expect(framer.finish().isEmpty)
    }

    @Test func garbageBetweenEventsIsSkippedAndReportedOnce() throws {
        let events = Self.events(2, seed: 7)
        let first = CoTXML.encodedBytes(events[0])
        let junk = Array("HTTP/1.1 400 Bad Request\r\n<foo>bar</foo> <eventually/>".utf8)
        var framer = CoTStreamFramer()
        var frames: [CoTFrame] = []
        for chunk in [first + junk.prefix(10), Array(junk.dropFirst(10)), CoTXML.encodedBytes(events[1])] {
            frames += framer.push(chunk)
        }
        #expect(frames.count == 3)
        #expect(frames[1] == .skipped(.garbage(offset: first.count, count: junk.count)))
        #expect(try frames[0].event() == events[0])
        #expect(try frames[2].event() == events[1])
        // Garbage at the very end is reported by finish().
        #expect(framer.push(Array("zzz".utf8)).isEmpty)
        #expect(framer.finish() == [.skipped(.garbage(offset: first.count + junk.count + CoTXML.encodedBytes(events[1]).count, count: 3))])
    }

    @Test func anEventOverTheLimitIsSkippedAndTheNextRead() throws {
        let limits = CoTLimits(maxEventBytes: 2_000)
        var big = CoTXMLTests.sa
        big.detail = [.remarks(String(repeating: "긴", count: 3_000))]
        let next = CoTXMLTests.sa
        var framer = CoTStreamFramer(limits: limits)
        let frames = framer.push(CoTXML.encodedBytes(big, declaration: true) + CoTXML.encodedBytes(next, declaration: true))
        let offset = CoTXML.declaration.utf8.count + 1
        #expect(frames.count == 2)
        #expect(frames.first == .skipped(.eventTooLarge(offset: offset, size: nil, limit: 2_000)))
        #expect(try frames.last?.event(limits: limits) == next)
    }

    @Test func a100MegabyteEventIsStreamedThroughInBoundedMemory() throws {
        let limit = 65_536
        var framer = CoTStreamFramer()
        var frames = framer.push(Array((HostileXMLTests.head + HostileXMLTests.point + "<detail><remarks>").utf8))
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 65_536)
        var largest = 0
        for _ in 0..<1_600 {  // 1,600 × 64 KiB = 100 MiB
            frames += framer.push(chunk)
            largest = max(largest, framer.bufferedByteCount)
        }
        frames += framer.push(Array("</remarks></detail></event>".utf8) + CoTXML.encodedBytes(CoTXMLTests.sa))
        #expect(largest <= limit + chunk.count)
        #expect(frames.count == 2)
        #expect(frames.first == .skipped(.eventTooLarge(offset: 0, size: nil, limit: limit)))
        #expect(try frames.last?.event() == CoTXMLTests.sa)
    }

    @Test func hostileXMLIsReportedAndTheFramerKeepsGoing() throws {
        let good = CoTXML.encodedBytes(CoTXMLTests.sa)
        let laughs = Array("""
            <?xml version="1.0"?><!DOCTYPE event [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
            """.utf8) + HostileXMLTests.event("<remarks>&b;</remarks>")
        let hostile: [(String, [UInt8])] = [
            ("billion laughs", laughs),
            ("depth 10,000", HostileXMLTests.event(String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000))),
            ("unterminated tag", Array((HostileXMLTests.head + "<point lat='1' lon='2'").utf8)),
            ("unterminated quote", Array((HostileXMLTests.head + "<point lat='1 lon='2'/>").utf8)),
            ("bad entity", HostileXMLTests.event("<x>&bogus;</x>")),
            ("no quotes", HostileXMLTests.event("<x a=1/>")),
            ("mismatched", HostileXMLTests.event("<x></y>")),
            ("invalid UTF-8", HostileXMLTests.event("<x>") + [0xC3, 0x28] + Array("</x>".utf8)),
            ("NUL", HostileXMLTests.event("<x>\u{0}</x>")),
            ("doctype inside", HostileXMLTests.event("<!DOCTYPE x>")),
        ]
        for (name, bytes) in hostile {
            for chunkSize in [1, 7, 4_096] {
                var framer = CoTStreamFramer()
                var frames: [CoTFrame] = []
                let all = bytes + good
                for start in stride(from: 0, to: all.count, by: chunkSize) {
                    frames += framer.push(all[start..<min(start + chunkSize, all.count)])
                }
                frames += framer.finish()
                let results = frames.map { frame in Result { () throws(CoTError) in try frame.event() } }
                #expect((try? results.last?.get()) == CoTXMLTests.sa, "\(name) / \(chunkSize): the good event after it was lost")
                #expect(results.dropLast().allSatisfy { if case .failure = $0 { true } else { false } }, "\(name): \(frames)")
                #expect(results.count >= 2, "\(name): nothing was reported")
            }
        }
    }

    // MARK: - TAK protocol framing

    @Test func takProtocolFramesSplitAtEveryBoundary() throws {
        let events = Self.events(3, seed: 8)
        let bytes = events.flatMap(TakProtocol.streamFrame)
        for cut in 0...bytes.count {
            var framer = CoTStreamFramer(mode: .takProtocol)
            let frames = framer.push(bytes[0..<cut]) + framer.push(bytes[cut...]) + framer.finish()
            #expect(try Self.decoded(frames) == events, "cut at \(cut)")
        }
    }

    @Test func takProtocolLengthsAreChecked() throws {
        let good = TakProtocol.streamFrame(CoTXMLTests.sa)
        let limits = CoTLimits(maxEventBytes: 1_000)
        // A declared length over the limit: refused, its bytes skipped without being stored.
        var framer = CoTStreamFramer(limits: limits, mode: .takProtocol)
        var frames = framer.push([0xBF, 0xD0, 0x0F])  // 2,000
        #expect(frames == [.skipped(.eventTooLarge(offset: 0, size: 2_000, limit: 1_000))])
        for _ in 0..<20 { frames += framer.push([UInt8](repeating: 0xBF, count: 100)) }
        #expect(framer.bufferedByteCount == 0)
        frames += framer.push(good)
        #expect(frames.count == 2)
        #expect(try frames.last?.event() == CoTXMLTests.sa)

        // A huge declared length (2^63) is never allocated.
        framer = CoTStreamFramer(mode: .takProtocol)
        let huge: [UInt8] = [0xBF, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]
        #expect(framer.push(huge + [UInt8](repeating: 0, count: 1_000)) == [.skipped(.eventTooLarge(offset: 0, size: nil, limit: 65_536))])
        #expect(framer.bufferedByteCount == 0)

        // An overlong varint, then garbage, then a good frame.
        framer = CoTStreamFramer(mode: .takProtocol)
        let bad: [UInt8] = [0xBF] + [UInt8](repeating: 0xFF, count: 11) + [1, 2, 3]
        frames = framer.push(bad + good)
        #expect(frames.first == .skipped(.badLengthPrefix(offset: 0)))
        #expect(frames.dropFirst().first == .skipped(.garbage(offset: 1, count: 14)))
        #expect(try frames.last?.event() == CoTXMLTests.sa)
        #expect(frames.count == 3)

        // A frame cut off by the end of the stream.
        framer = CoTStreamFramer(mode: .takProtocol)
        #expect(framer.push(good.dropLast()).isEmpty)
        #expect(framer.finish() == [.skipped(.truncated(offset: 0))])
    }
}
