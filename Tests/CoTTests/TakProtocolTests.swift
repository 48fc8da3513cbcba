import CoT
import Testing

@Suite struct TakProtocolTests {
    @Test func seededEventsRoundTrip() throws {
        for seed in UInt64(1_000)..<1_300 {
            var random = RandomEvents(seed: seed)
            let event = random.event()
            let bytes = TakProtocol.encodeMessage(event)
            #expect(try TakProtocol.decodeMessage(bytes) == event, "seed \(seed)")
        }
    }

    @Test func typedMessagesAreUsedWhereTheyFit() throws {
        let sa = try CoTXML.decode(try Fixtures.xml("sa-atak"))
        let bytes = TakProtocol.encodeMessage(sa)
        // Only <uid Droid> goes as XML text; the six typed messages carry the rest.
        let xmlDetail = Array(#"<uid Droid="BRAVO-2" />"#.utf8)
        #expect(bytes.windows(ofCount: xmlDetail.count).contains { $0.elementsEqual(xmlDetail) })
        #expect(!bytes.windows(ofCount: 5).contains { $0.elementsEqual(Array("<takv".utf8)) })
        // A contact with an extra attribute is not typed (TAK Server's rule), so nothing is lost.
        var withPhone = sa
        withPhone.detail[1].setAttribute("phone", "010-1234-5678")
        #expect(try TakProtocol.decodeMessage(TakProtocol.encodeMessage(withPhone)) == withPhone)
    }

    @Test func everyPrefixAndSeededCorruptionFailsCleanly() throws {
        let bytes = TakProtocol.encodeMessage(try CoTXML.decode(try Fixtures.xml("sa-atak")))
        for end in 0..<bytes.count {
            #expect(throws: CoTError.self) { try TakProtocol.decodeMessage(bytes[0..<end]) }
        }
        var random = RandomEvents(seed: 77)
        for _ in 0..<2_000 {
            var corrupt = bytes
            for _ in 0..<random.int(1...3) { corrupt[random.int(0...(corrupt.count - 1))] = UInt8(random.int(0...255)) }
            _ = try? TakProtocol.decodeMessage(corrupt)  // must not trap
        }
    }

    @Test func malformedMessagesAreRefused() {
        func refusal(_ bytes: [UInt8]) -> CoTError? {
            do {
                _ = try TakProtocol.decodeMessage(bytes)
                return nil
            } catch { return error }
        }
        #expect(refusal([]) != nil)  // no cotEvent
        #expect(refusal([0x0A, 0x02, 0x08, 0x01]) != nil)  // a TakControl alone
        #expect(refusal([0x12, 0x7F]) == .protobuf(offset: 1, reason: "TakMessage: length 127 runs past the end of the message (0 bytes left)"))
        #expect(refusal([0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]) != nil)  // 2^64-ish length
        #expect(refusal([0x13]) != nil)  // group wire type
        #expect(refusal([0x00]) != nil)  // field 0
        // A string that is not UTF-8, and one with a NUL.
        #expect(refusal([0x12, 0x04, 0x0A, 0x02, 0xC3, 0x28]) == .invalidUTF8(offset: 4))
        #expect(refusal([0x12, 0x03, 0x2A, 0x01, 0x00]) == .invalidCharacter(offset: 4, scalar: 0))
        // An event without uid.
        guard case .missingAttribute? = refusal([0x12, 0x03, 0x0A, 0x01, 0x61]) else {
            Issue.record("missing uid accepted")
            return
        }
        // Over the size limit.
        #expect(refusal([UInt8](repeating: 0, count: 70_000)) == .eventTooLarge(offset: 0, size: 70_000, limit: 65_536))
        // Bad XML inside xmlDetail says so, with the field's offset.
        var event = CoTXMLTests.sa
        event.detail = [CoTElement(name: "x")]
        var bytes = TakProtocol.encodeMessage(event)
        let x = Array("<x />".utf8)
        let at = bytes.windows(ofCount: x.count).firstIndex { $0.elementsEqual(x) }!
        bytes.replaceSubrange(at..<(at + x.count), with: Array("<x&/>".utf8))
        guard case .inXMLDetail(let offset, .malformed(offset: 2, _))? = refusal(bytes), offset == at else {
            Issue.record("\(String(describing: refusal(bytes)))")
            return
        }
    }

    @Test func unknownFieldsAreSkipped() throws {
        let sa = CoTXMLTests.sa
        let message = TakProtocol.encodeMessage(sa)
        // TAK Server's submissionTime (3) and creationTime (4), a fixed32 and a future string field.
        let extra: [UInt8] = [0x18, 0x96, 0x01, 0x20, 0x01, 0x2D, 1, 2, 3, 4, 0xA2, 0x06, 0x02, 0x68, 0x69]
        #expect(try TakProtocol.decodeMessage(message + extra) == sa)
        #expect(try TakProtocol.decodeMessage([0x0A, 0x02, 0x08, 0x01] + message) == sa)
    }
}

extension Collection {
    /// Every run of `count` consecutive elements.
    func windows(ofCount count: Int) -> [SubSequence] {
        guard count <= self.count else { return [] }
        var result: [SubSequence] = []
        var start = startIndex
        var end = index(startIndex, offsetBy: count)
        while true {
            result.append(self[start..<end])
            if end == endIndex { return result }
            formIndex(after: &start)
            formIndex(after: &end)
        }
    }
}
