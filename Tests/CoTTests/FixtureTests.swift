import CoT
import Testing

/// Events as pytak, ATAK and TAK Server write them, and takproto's protobuf of each.
@Suite struct FixtureTests {
    @Test(arguments: Fixtures.all)
    func xmlFixtureDecodesAndRoundTrips(_ name: String) throws {
        let event = try CoTXML.decode(try Fixtures.xml(name))
        #expect(try CoTXML.decode(Array(CoTXML.encode(event).utf8)) == event, "\(name)")
        // Through the framer as it arrives on a stream: one frame, declaration stripped.
        var framer = CoTStreamFramer()
        let frames = framer.push(try Fixtures.xml(name))
        #expect(frames.count == 1)
        guard case .xml(let bytes)? = frames.first else {
            Issue.record("\(name): \(frames)")
            return
        }
        #expect(bytes.starts(with: Array("<event ".utf8)))
        #expect(try CoTXML.decode(bytes) == event)
    }

    @Test func atakSAReadsAsATAKMeantIt() throws {
        let sa = try CoTXML.decode(try Fixtures.xml("sa-atak"))
        #expect(sa.uid == "ANDROID-589520ccfcd20f01")
        #expect(sa.type == "a-f-G-U-C")
        #expect(sa.time.iso8601 == "2026-12-03T01:02:03.456Z")
        #expect(sa.stale.millisecondsSince1970 - sa.time.millisecondsSince1970 == 75_000)
        #expect(sa.point == CoTPoint(lat: 38.2654321, lon: 127.4567891, hae: 212.3, ce: 4.9, le: CoTPoint.unknown))
        #expect(sa.callsign == "BRAVO-2")
        #expect(sa.endpoint == "*:-1:stcp")
        #expect(sa.teamName == "Cyan")
        #expect(sa.teamRole == "Team Lead")
        #expect(sa.battery == 87)
        #expect(sa.track == CoTTrack(course: 142.7, speed: 1.25))
        #expect(sa.detail.map(\.name) == ["takv", "contact", "uid", "precisionlocation", "__group", "status", "track"])

        let pytak = try CoTXML.decode(try Fixtures.xml("sa-pytak"))
        #expect(pytak.time.iso8601 == "2026-12-03T01:02:03.456Z")  // six fraction digits, read to the millisecond
        #expect(pytak.callsign == "GUIDEPOST")
        #expect(pytak.point.hae == 55)

        let chat = try CoTXML.decode(try Fixtures.xml("geochat"))
        #expect(chat.isChat && chat.chatRoom == "All Chat Rooms" && chat.chatSender == "BRAVO-2")
        #expect(chat.remarks == "북쪽 철책 200m, 인원 1명 확인 & 접근 중 <주의>")  // written as &#N; by ElementTree

        let route = try CoTXML.decode(try Fixtures.xml("route"))
        #expect(route.links.compactMap { $0[attribute: "point"] } == ["38.25,127.45,0.0", "38.2468,127.4512,0.0", "38.2431,127.4533,0.0"])
        let alert = try CoTXML.decode(try Fixtures.xml("alert"))
        #expect(alert.remarks == "경보: 군사분계선 남쪽 150 m\nPerson crossing at GP-3 \"east\" & heading south")
    }

    @Test(arguments: Fixtures.all)
    func protobufIsLossless(_ name: String) throws {
        let event = try CoTXML.decode(try Fixtures.xml(name))
        let message = TakProtocol.encodeMessage(event)
        #expect(try TakProtocol.decodeMessage(message) == event, "\(name)")
        #expect(try TakProtocol.decodeDatagram(TakProtocol.meshFrame(event)) == event)
    }

    @Test(arguments: Fixtures.sameBytesAsTakproto.sorted())
    func ourBytesAreTakprotos(_ name: String) throws {
        let event = try CoTXML.decode(try Fixtures.xml(name))
        #expect(TakProtocol.encodeMessage(event) == (try Fixtures.takproto(name)), "\(name)")
        #expect(TakProtocol.streamFrame(event) == (try Fixtures.takproto(name, stream: true)), "\(name)")
        #expect(TakProtocol.meshFrame(event) == [0xBF, 0x01, 0xBF] + (try Fixtures.takproto(name)))
        #expect(try TakProtocol.decodeMessage(try Fixtures.takproto(name)) == event, "\(name)")
    }

    /// takproto marks a GeoChat message with `takControl { contactUid = sender }`, which the ATAK
    /// protocol says to omit beside an event; without that field the bytes are the same.
    @Test func geoChatDiffersOnlyByTakprotosContactUid() throws {
        let event = try CoTXML.decode(try Fixtures.xml("geochat"))
        let theirs = try Fixtures.takproto("geochat")
        let sender = Array("ANDROID-589520ccfcd20f01".utf8)
        let control: [UInt8] = [0x0A, UInt8(sender.count + 2), 0x1A, UInt8(sender.count)] + sender
        #expect(Array(theirs.prefix(control.count)) == control)
        #expect(TakProtocol.encodeMessage(event) == Array(theirs.dropFirst(control.count)))
        #expect(try TakProtocol.decodeMessage(theirs) == event)
    }

    /// Where an event puts contact (pytak: after its flow tags; ATAK routes and markers: mid-detail),
    /// takproto types it anyway and the position is lost; we keep such elements in xmlDetail. Either
    /// way we read takproto's bytes to the same elements, in our layout's order, except what
    /// takproto drops: a `<status>` without `battery` (a marker's readiness).
    @Test(arguments: ["sa-pytak", "route", "marker-spot", "geochat"])
    func takprotosOtherLayoutsReadToTheSameElements(_ name: String) throws {
        let fromXML = try CoTXML.decode(try Fixtures.xml(name))
        let fromTakproto = try TakProtocol.decodeMessage(try Fixtures.takproto(name))
        var expected = fromXML.detail
        if name == "marker-spot" { expected.removeAll { $0.name == "status" } }
        #expect(Self.normalized(fromTakproto.detail) == Self.normalized(expected), "\(name)")
        var rest = fromTakproto
        rest.detail = fromXML.detail
        #expect(rest == fromXML, "\(name): header or point differ")
        if name != "geochat" {
            #expect(TakProtocol.encodeMessage(fromXML) != (try Fixtures.takproto(name)))
        }
    }

    /// Elements as a multiset with attributes in name order: what XML means, order aside.
    static func normalized(_ elements: [CoTElement]) -> [String] {
        elements.map { element in
            var sorted = element
            sorted.attributes.sort { $0.name < $1.name }
            var event = CoTXMLTests.sa
            event.detail = [sorted]
            return CoTXML.encode(event)
        }.sorted()
    }
}
