import CoT
import Testing

@Suite struct TakNegotiationTests {
    static let now = CoTTime(millisecondsSince1970: 1_796_259_723_456)

    static func fixture(_ name: String) throws -> CoTEvent { try CoTXML.decode(try Fixtures.xml(name)) }

    @Test func offerRequestAcceptSwitchesToTakProtocol() throws {
        var negotiation = TakNegotiation()
        #expect(negotiation.receive(CoTXMLTests.sa, at: Self.now) == .init())
        let offer = try Self.fixture("takp-offer")
        let output = negotiation.receive(offer, at: Self.now)
        #expect(output.switchTo == nil)
        #expect(negotiation.state == .awaitingResponse(since: Self.now))
        #expect(!negotiation.maySend)
        let request = try #require(output.send.first)
        #expect(output.send.count == 1)
        #expect(request.uid == offer.uid)  // the server's protouid, reused
        #expect(request.type == "t-x-takp-q")
        #expect(request.detail == [CoTElement(name: "TakControl", children: [CoTElement("TakRequest", ["version": "1"])])])
        #expect(CoTXML.encode(request).contains(#"<detail><TakControl><TakRequest version="1"/></TakControl></detail>"#))
        #expect(TakNegotiation.isNegotiation(request))

        let accepted = negotiation.receive(try Self.fixture("takp-response-true"), at: Self.now.adding(milliseconds: 300))
        #expect(accepted == .init(switchTo: .takProtocol))
        #expect(negotiation.mode == .takProtocol)
        #expect(negotiation.maySend)
    }

    @Test func refusalsAndSilenceStayOnXML() throws {
        var declined = TakNegotiation()
        _ = declined.receive(try Self.fixture("takp-offer"), at: Self.now)
        #expect(declined.receive(try Self.fixture("takp-response-false"), at: Self.now) == .init())
        #expect(declined.state == .xmlOnly && declined.mode == .xml)

        var unwilling = TakNegotiation(wantsTakProtocol: false)
        #expect(unwilling.receive(try Self.fixture("takp-offer"), at: Self.now) == .init())
        #expect(unwilling.state == .xmlOnly)

        var noVersion1 = TakNegotiation()
        var offer = try Self.fixture("takp-offer")
        offer.detail[0].children[0].setAttribute("version", "2")
        #expect(noVersion1.receive(offer, at: Self.now) == .init())
        #expect(noVersion1.mode == .xml)

        var unanswered = TakNegotiation()
        _ = unanswered.receive(try Self.fixture("takp-offer"), at: Self.now)
        #expect(unanswered.tick(at: Self.now.adding(milliseconds: 59_999)) == .init())
        #expect(unanswered.tick(at: Self.now.adding(milliseconds: 60_000)) == .init(closeConnection: true))
        // A response with no request before it changes nothing.
        var early = TakNegotiation()
        #expect(early.receive(try Self.fixture("takp-response-true"), at: Self.now) == .init())
        #expect(early.mode == .xml)
    }

    /// The server's accept and its first protobuf frame arrive in one TCP read: reading frame by
    /// frame and switching the framer between them reads both.
    @Test func theFramerSwitchesMidRead() throws {
        let offer = try Fixtures.xml("takp-offer")
        let accept = try Fixtures.xml("takp-response-true")
        let afterSwitch = [CoTXMLTests.sa, try Self.fixture("geochat")]
        let bytes = offer + accept + afterSwitch.flatMap(TakProtocol.streamFrame)
        for cut in stride(from: 0, through: bytes.count, by: 13) {
            var framer = CoTStreamFramer()
            var negotiation = TakNegotiation()
            var received: [CoTEvent] = []
            var sent: [CoTEvent] = []
            for chunk in [bytes[0..<cut], bytes[cut...]] {
                framer.append(chunk)
                while let frame = framer.nextFrame() {
                    let event = try frame.event()
                    let output = negotiation.receive(event, at: Self.now)
                    sent += output.send
                    if let mode = output.switchTo { framer.mode = mode }
                    if !TakNegotiation.isNegotiation(event) { received.append(event) }
                }
            }
            #expect(received == afterSwitch, "cut at \(cut)")
            #expect(sent.map(\.type) == ["t-x-takp-q"])
            #expect(framer.mode == .takProtocol)
        }
    }
}
