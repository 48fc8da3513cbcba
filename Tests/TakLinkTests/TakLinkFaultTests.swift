import CoT
import NIOConcurrencyHelpers
import TestSupport
import Testing

@testable import TakLink

/// The link against a server that misbehaves: killed and restarted, stalled, sending garbage,
/// offering the protobuf protocol. The waits are long because in the full suite the scenario-
/// playing tests can hold both of this machine's cooperative threads for tens of seconds (seen
/// in CI: a link task not scheduled for 30 s); alone, each wait takes milliseconds.
@Suite(.serialized) struct TakLinkFaultTests {
    static func options() -> TakLinkOptions {
        var o = TakLinkOptions()
        o.initialBackoff = .milliseconds(50)
        o.maximumBackoff = .milliseconds(400)
        return o
    }

    static func sa(_ callsign: String, uid: String) -> String {
        let t = TakClock.now()
        let e = TakEvents.event(
            uid: uid, type: "a-f-G-U-C", at: t, stale: t.adding(seconds: 60), point: CoTPoint(lat: 38.55, lon: 128.36),
            detail: [CoTElement(name: "contact", attributes: [CoTAttribute(name: "callsign", value: callsign)])])
        return CoTXML.encode(e)
    }

    static func alert(_ id: String) -> TakOutgoing {
        let t = TakClock.now()
        return TakOutgoing(kind: .alert, event: TakEvents.event(uid: "guidepost.alert.\(id)", type: "b-a-g", at: t, stale: t.adding(seconds: 90)), sticky: true)
    }

    @Test func aKilledServerIsReconnectedToAndOpenAlertsAndRoutesAreSentAgain() async throws {
        let server = FakeTakServer()
        let port = try await server.start()
        let logged = NIOLockedValueBox<[String]>([])
        let link = try TakLink(endpoint: TakEndpoint(transport: .tcp, host: "127.0.0.1", port: port), options: Self.options())
        let run = Task { await link.run(log: { line in logged.withLockedValue { $0.append(line) } }) }
        defer { run.cancel() }
        func history() -> String { "; link log: " + logged.withLockedValue { $0.suffix(8).joined(separator: " | ") } + "; status \(link.status)" }
        link.outbox.send(Self.alert("A1"))
        let t = TakClock.now()
        link.outbox.send(TakOutgoing(kind: .route, event: TakEvents.event(uid: "guidepost.route.INC-1", type: "b-m-r", at: t, stale: t.adding(seconds: 600)), sticky: true))
        try await eventually(240, "the first route" + history()) { server.text.contains("guidepost.route.INC-1") }
        await server.stop()
        server.clear()
        link.outbox.send(TakOutgoing(kind: .position, event: TakEvents.event(uid: "guidepost.track.T1", type: "a-u-G", at: t, stale: t.adding(seconds: 20))))
        try await Task.sleep(for: .milliseconds(300))
        try await server.start(port: port)
        try await eventually(240, "the alert and route again after a restart" + history()) {
            server.text.contains("guidepost.alert.A1") && server.text.contains("guidepost.route.INC-1")
        }
        #expect(link.status.connections >= 2)
        #expect(link.status.outbox.resent >= 2)
        // An alert answered meanwhile is not sent again on the next reconnection.
        link.outbox.send(TakOutgoing(kind: .removal, event: TakEvents.event(uid: "guidepost.alert.A1.delete", type: "t-x-d-d", at: t, stale: t), removes: "guidepost.alert.A1"))
        try await eventually(240, "the removal" + history()) { server.text.contains("guidepost.alert.A1.delete") }
        await server.stop()
        server.clear()
        try await server.start(port: port)
        try await eventually(240, "the route after a second restart" + history()) { server.text.contains("guidepost.route.INC-1") }
        try await Task.sleep(for: .milliseconds(100))
        #expect(!server.text.contains("\"guidepost.alert.A1\""))
        await server.stop()
    }

    @Test func aServerThatStopsReadingNeverHoldsTheWatchAndTheQueueStaysBounded() async throws {
        let server = FakeTakServer(reading: false)
        let port = try await server.start()
        let outbox = TakOutbox(positionCapacity: 100)
        let link = try TakLink(endpoint: TakEndpoint(transport: .tcp, host: "127.0.0.1", port: port), options: Self.options(), outbox: outbox)
        let run = Task { await link.run(log: { _ in }) }
        defer { run.cancel() }
        try await eventually(240) { link.status.connected }
        // The watch sends 50,000 track updates (of 500 tracks) and 50 alerts: each send returns at once.
        let start = ContinuousClock.now
        let padding = String(repeating: "x", count: 400)
        for i in 0..<50_000 {
            let t = TakClock.now()
            let e = TakEvents.event(
                uid: "guidepost.track.T\(i % 500)", type: "a-u-G", at: t, stale: t.adding(seconds: 20),
                detail: [CoTElement(name: "remarks", text: padding)])
            outbox.send(TakOutgoing(kind: .position, event: e))
            if i % 1000 == 0 { outbox.send(Self.alert("A\(i)")) }
        }
        let elapsed = ContinuousClock.now - start
        try await Task.sleep(for: .milliseconds(300))
        let stats = link.status.outbox
        #expect(stats.waiting <= 100 + 50)
        #expect(stats.dropped > 25_000)
        #expect(elapsed < .seconds(10))  // generous: the point is that nothing waited on the socket
        // No alert was dropped: they are all either written or waiting.
        #expect(stats.queued == stats.sent + stats.dropped + stats.waiting)
        await server.stop()
    }

    @Test func garbageAndHostileXMLFromTheServerAreRefusedAndTheLinkReadsOn() async throws {
        let server = FakeTakServer()
        let port = try await server.start()
        let logged = NIOLockedValueBox<[String]>([])
        let link = try TakLink(endpoint: TakEndpoint(transport: .tcp, host: "127.0.0.1", port: port), options: Self.options())
        let run = Task { await link.run(log: { line in logged.withLockedValue { $0.append(line) } }) }
        defer { run.cancel() }
        try await eventually(240) { server.connections == 1 }
        try await server.send(Array("\u{0}\u{1}garbage!!<<>>".utf8))
        try await server.send(Array("<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\">]><event>&a;</event>".utf8))
        try await server.send(Array(("<event version=\"2.0\" uid=\"x\" type=\"a-f-G\"" + String(repeating: "<detail>", count: 5000) + "</event>").utf8))
        try await server.send(Array(Self.sa("guidance-team-1", uid: "ANDROID-1").utf8))
        try await eventually(240) { !link.inbox.sightings(maxAge: .seconds(60)).isEmpty }
        #expect(link.inbox.stats.refused >= 2)
        #expect(link.status.connections == 1)
        #expect(logged.withLockedValue { $0 }.contains { $0.contains("refused") })
        await server.stop()
    }

    @Test func theLinkAsksForProtobufWhenOfferedAndSpeaksItAfterTheServersYes() async throws {
        let server = FakeTakServer()
        let port = try await server.start()
        var options = Self.options()
        options.protobuf = true
        let link = try TakLink(endpoint: TakEndpoint(transport: .tcp, host: "127.0.0.1", port: port), options: options)
        let run = Task { await link.run(log: { _ in }) }
        defer { run.cancel() }
        try await eventually(240) { server.connections == 1 }
        let t = TakClock.now()
        let offer = TakEvents.event(
            uid: "protouid", type: "t-x-takp-v", at: t, stale: t.adding(seconds: 60),
            detail: [CoTElement(name: "TakControl", children: [CoTElement(name: "TakProtocolSupport", attributes: [CoTAttribute(name: "version", value: "1")])])])
        try await server.send(Array(CoTXML.encode(offer).utf8))
        try await eventually(240) { server.text.contains("t-x-takp-q") }
        #expect(server.text.contains("TakRequest"))
        let yes = TakEvents.event(
            uid: "protouid", type: "t-x-takp-r", at: t, stale: t.adding(seconds: 60),
            detail: [CoTElement(name: "TakControl", children: [CoTElement(name: "TakResponse", attributes: [CoTAttribute(name: "status", value: "true")])])])
        try await server.send(Array(CoTXML.encode(yes).utf8))
        try await eventually(240) { link.status.protobuf }
        server.clear()
        let alert = Self.alert("P1")
        link.outbox.send(alert)
        try await eventually(240) { server.received.count >= 3 }
        try await Task.sleep(for: .milliseconds(100))
        let bytes = server.received
        #expect(bytes.first == 0xBF)
        #expect(bytes == TakProtocol.streamFrame(alert.event))
        // Protobuf from the server is read too.
        let sa = try CoTXML.decode(Array(Self.sa("guidance-team-2", uid: "ANDROID-2").utf8))
        try await server.send(TakProtocol.streamFrame(sa))
        try await eventually(240) { link.inbox.sightings(maxAge: .seconds(60)).contains { $0.callsign == "guidance-team-2" } }
        await server.stop()
    }

    @Test func withoutAnOfferOrWhenNotAskedTheLinkStaysOnXML() async throws {
        let server = FakeTakServer()
        let port = try await server.start()
        let link = try TakLink(endpoint: TakEndpoint(transport: .tcp, host: "127.0.0.1", port: port), options: Self.options())
        let run = Task { await link.run(log: { _ in }) }
        defer { run.cancel() }
        try await eventually(240) { server.connections == 1 }
        let t = TakClock.now()
        let offer = TakEvents.event(
            uid: "protouid", type: "t-x-takp-v", at: t, stale: t.adding(seconds: 60),
            detail: [CoTElement(name: "TakControl", children: [CoTElement(name: "TakProtocolSupport", attributes: [CoTAttribute(name: "version", value: "1")])])])
        try await server.send(Array(CoTXML.encode(offer).utf8))
        link.outbox.send(Self.alert("X1"))
        try await eventually(240) { server.text.contains("guidepost.alert.X1") }
        #expect(!server.text.contains("t-x-takp-q"))
        #expect(!link.status.protobuf)
        await server.stop()
    }
}
