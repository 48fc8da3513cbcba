import CoT
import Foundation
import GuidepostCore
import Operations
import TestSupport
import Testing

@testable import Pipeline
@testable import TakLink

/// Guidepost against a real TAK server (taky, from PyPI) with a real TAK client (pytak) on the
/// other side, both started here on loopback (tests/tak; tools/with-tak.sh makes the venv and
/// the certificates). What pytak receives is what an ATAK device on that server would.
@Suite(.serialized, .enabled(if: TakTools.enabled)) struct TakServerTests {
    static let team = "guidance-team-1"
    static let device = "ANDROID-T1"
    /// Where the team's device reports itself: south of the eastern DMZ near Goseong.
    static let teamAt = (lat: 38.59, lon: 128.36)

    static func server(port: Int, tls: Bool = false) throws -> LineProcess {
        let python = try #require(TakTools.python, "GUIDEPOST_TAK_PYTHON is not set: run the tests through tools/with-tak.sh")
        var args = [TakTools.scripts + "/server.py", "--port", "\(port)"]
        if tls { args += ["--tls", "--certs", try #require(TakTools.certificates)] }
        return try LineProcess(python, args)
    }

    /// A pytak client as the team's device: it reports its position (and any `more` events) and
    /// prints what it receives.
    static func teamDevice(port: Int, tls: Bool = false, more: [CoTEvent] = []) throws -> LineProcess {
        let python = try #require(TakTools.python)
        let t = TakClock.now()
        let sa = TeamSA.event(
            name: team, uid: device, position: CoTGeometry.planar(latitude: teamAt.lat, longitude: teamAt.lon), at: t, stale: 600)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tak-send-\(UUID().uuidString).cot")
        try (([sa] + more).map { CoTXML.encode($0) }.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        var args = [TakTools.scripts + "/client.py", "--url", "\(tls ? "ssl" : "tcp")://127.0.0.1:\(port)", "--timeout", "90", "--send", file.path]
        if tls { args += ["--certs", try #require(TakTools.certificates)] }
        return try LineProcess(python, args)
    }

    static func link(port: Int, tls: TakTLSFiles? = nil) throws -> TakLink {
        var options = TakLinkOptions()
        options.initialBackoff = .milliseconds(100)
        options.maximumBackoff = .milliseconds(500)
        return try TakLink(endpoint: TakEndpoint(transport: tls == nil ? .tcp : .ssl, host: "127.0.0.1", port: port), tls: tls, options: options)
    }

    /// A frame with one of everything Guidepost sends: a person's track (alerted), an
    /// unalerted one, the open alert, an incident with its dispatched route.
    static func frame() -> WatchFrame {
        let p = CoTGeometry.planar(latitude: 38.62, longitude: 128.35)
        let track = WatchFrame.TrackView(
            id: "T7", x: p.x, y: p.y, vx: 0.2, vy: -1.1, targetClass: "human", probability: 0.91, timeToMDL: 300, timeToFence: 1500,
            alert: "A3", sigma: 12)
        let other = WatchFrame.TrackView(id: "T8", x: p.x + 800, y: p.y, vx: 0, vy: 0, targetClass: "unknown", probability: 0.5, sigma: 30)
        let alert = WatchFrame.AlertView(
            id: "A3", raised: 100, track: "T7", x: p.x, y: p.y, targetClass: "human", confidence: 0.91, reason: "crossing", status: "open",
            timeToMDL: 300, rank: 1)
        let meet = CoTGeometry.planar(latitude: 38.605, longitude: 128.352)
        let base = CoTGeometry.planar(latitude: teamAt.lat, longitude: teamAt.lon)
        let route = WatchFrame.RouteView(
            team: team, planned: 120, teamRoute: [[base.x, base.y], [base.x + 300, base.y + 900], [meet.x, meet.y]],
            personRoute: [[meet.x, meet.y], [meet.x - 200, meet.y - 1000], [base.x, base.y]], meeting: [meet.x, meet.y], summary: "",
            mineRisk: 0.01, personTime: 1200)
        let incident = WatchFrame.IncidentView(id: "INC-1", state: "guiding", openedAt: 100, team: team, proposal: nil, route: route, timeline: [])
        return WatchFrame(
            frame: 1, t: 130, clock: nil, fedAt: 0, ended: false, tracks: [track, other], teams: [], blueForce: [], alerts: [alert],
            incidents: [incident], lastEvent: 0)
    }

    @Test func everyKindOfEventReachesAPytakDeviceAndTheTeamsPositionMovesTheTeam() async throws {
        let port = try await TakTools.freePort()
        let server = try Self.server(port: port)
        defer { server.stop() }
        try await server.waitFor { $0 == "ready" }
        let device = try Self.teamDevice(port: port)
        defer { device.stop() }
        try await device.waitFor { $0 == "connected" }
        let link = try Self.link(port: port)
        let run = Task { await link.run(log: { _ in }) }
        defer { run.cancel() }
        // The team's SA reaches Guidepost (taky replays its cache to a client that joins).
        try await eventually(120) { link.inbox.sightings(maxAge: .seconds(120)).contains { $0.callsign == Self.team } }
        let devices = link.inbox.devices()
        #expect(devices[Self.team] == Self.device)
        var mapper = WatchCoT()
        let sent = mapper.events(for: Self.frame(), at: TakClock.now(), devices: devices)
        for item in sent { link.outbox.send(item) }
        let kinds = ["a-s-G", "a-u-G", "b-a-g", "b-m-r", "b-t-f", "b-m-p-s-m"]
        try await eventually(120) {
            let types = Set(device.objects.compactMap { $0["type"] as? String })
            return kinds.allSatisfy(types.contains)
        }
        let got = device.objects
        #expect(!got.contains { $0["error"] != nil })
        func one(_ type: String) throws -> [String: Any] { try #require(got.first { $0["type"] as? String == type }) }
        let track = try one("a-s-G")
        #expect(track["uid"] as? String == "guidepost.track.T7")
        #expect(track["how"] as? String == "m-f")
        #expect(abs((track["lat"] as? Double ?? 0) - 38.62) < 1e-5 && abs((track["lon"] as? Double ?? 0) - 128.35) < 1e-5)
        #expect(abs((track["ce"] as? Double ?? 0) - 12 * CoTGeometry.ce90PerSigma) < 0.1)
        #expect((track["remarks"] as? String)?.contains("human 91%") == true)
        #expect((track["detail_xml"] as? String)?.contains("<track") == true)
        let alert = try one("b-a-g")
        #expect((alert["remarks"] as? String)?.hasPrefix("ALERT A3") == true)
        let route = try one("b-m-r")
        let routeXML = route["detail_xml"] as? String ?? ""
        #expect(routeXML.contains("MEET") && routeXML.contains("RECEPTION") && routeXML.contains("b-m-p-c"))
        let chat = try one("b-t-f")
        #expect((chat["remarks"] as? String)?.hasPrefix("INC-1: go.") == true)
        let marker = try one("b-m-p-s-m")
        #expect(marker["callsign"] as? String == "INC-1 guiding")
        // Parsed by pytak, the times are UTC and the stale times ahead of them.
        for e in got where kinds.contains(e["type"] as? String ?? "") {
            #expect((e["time"] as? String)?.hasSuffix("Z") == true)
            #expect((e["stale"] as? String ?? "") > (e["time"] as? String ?? ""))
        }
        // The team's device position becomes the team's, named, and blue force, in the next scan.
        final class OneScan: WatchFeed {
            var health = FeedHealth()
            var given = false
            func nextScan(isolation: isolated (any Actor)?) async -> FieldScan? {
                defer { given = true }
                return given ? nil : FieldScan(t: 5)
            }
            func carryOut(_ command: FieldCommand) {}
        }
        let feed = TakTeamFeed(OneScan(), inbox: link.inbox)
        let scan = try #require(await feed.nextScan(isolation: nil))
        let expected = CoTGeometry.planar(latitude: Self.teamAt.lat, longitude: Self.teamAt.lon)
        let at = try #require(scan.teams[Self.team])
        #expect(at.distance(to: expected) < 0.5)  // taky rounds to 6 decimals: about 0.1 m
        #expect(scan.friendlies.contains { $0.distance(to: expected) < 0.5 })
    }

    @Test func aTLSLinkWithAClientCertificateWorksAndAForeignCertificateIsRefused() async throws {
        let certs = try #require(TakTools.certificates, "GUIDEPOST_TAK_CERTS is not set: run the tests through tools/with-tak.sh")
        let port = try await TakTools.freePort()
        let server = try Self.server(port: port, tls: true)
        defer { server.stop() }
        try await server.waitFor { $0 == "ready" }
        let device = try Self.teamDevice(port: port, tls: true)
        defer { device.stop() }
        try await device.waitFor { $0 == "connected" }
        let link = try Self.link(port: port, tls: TakTLSFiles(certificate: certs + "/guidepost.pem", key: certs + "/guidepost.key", authority: certs + "/ca.pem"))
        let run = Task { await link.run(log: { _ in }) }
        defer { run.cancel() }
        try await eventually(120) { link.inbox.sightings(maxAge: .seconds(120)).contains { $0.callsign == Self.team } }
        var mapper = WatchCoT()
        for item in mapper.events(for: Self.frame(), at: TakClock.now(), devices: link.inbox.devices()) { link.outbox.send(item) }
        try await eventually(120) { device.objects.contains { $0["type"] as? String == "b-a-g" } }
        // A client whose certificate another CA signed gets nowhere, and says so.
        let foreign = try Self.link(port: port, tls: TakTLSFiles(certificate: certs + "/other.pem", key: certs + "/other.key", authority: certs + "/ca.pem"))
        let runForeign = Task { await foreign.run(log: { _ in }) }
        defer { runForeign.cancel() }
        foreign.outbox.send(TakOutgoing(kind: .alert, event: TakEvents.event(uid: "guidepost.alert.FOREIGN", type: "b-a-g", at: TakClock.now(), stale: TakClock.now().adding(seconds: 60))))
        try await Task.sleep(for: .seconds(3))
        #expect(!device.objects.contains { $0["uid"] as? String == "guidepost.alert.FOREIGN" })
        #expect(foreign.status.failures + foreign.status.connections >= 1)
        #expect(foreign.inbox.stats.events == 0)
    }

    @Test func aRestartedServerGetsTheOpenAlertAndRouteAgain() async throws {
        let port = try await TakTools.freePort()
        var server = try Self.server(port: port)
        try await server.waitFor { $0 == "ready" }
        // A fixed 4 s between attempts, so the device below is on the new server before the link is.
        var options = TakLinkOptions()
        options.initialBackoff = .seconds(4)
        options.maximumBackoff = .seconds(4)
        let link = try TakLink(endpoint: TakEndpoint(transport: .tcp, host: "127.0.0.1", port: port), options: options)
        let run = Task { await link.run(log: { _ in }) }
        defer { run.cancel() }
        try await eventually(120) { link.status.connected }
        var mapper = WatchCoT()
        for item in mapper.events(for: Self.frame(), at: TakClock.now()) { link.outbox.send(item) }
        try await eventually(120) { link.status.outbox.waiting == 0 }
        server.killNow()  // the server is killed mid-stream (kill -9)
        try await eventually(120) { link.status.failures >= 1 }  // an attempt failed: the next is 4 s away
        server = try Self.server(port: port)
        defer { server.stop() }
        try await server.waitFor { $0 == "ready" }
        let device = try Self.teamDevice(port: port)
        defer { device.stop() }
        try await device.waitFor { $0 == "connected" }
        #expect(link.status.connections == 1)
        try await eventually(120) { link.status.connections >= 2 }
        // Routes and alerts are not cached by the server: what the device gets came from the link again.
        try await eventually(120) {
            let types = Set(device.objects.compactMap { $0["type"] as? String })
            return types.contains("b-a-g") && types.contains("b-m-r") && types.contains("b-m-p-s-m")
        }
        #expect(link.status.outbox.resent >= 3)
    }
}
