import CoT
import GuidepostCore
import Operations
import Testing

@testable import TakLink

@Suite struct TakInboxTests {
    static let now = CoTTime(millisecondsSince1970: 1_764_000_000_000)

    static func sa(_ callsign: String, uid: String, lat: Double = 38.55, lon: Double = 128.36) -> CoTEvent {
        TakEvents.event(
            uid: uid, type: "a-f-G-U-C", at: now, stale: now.adding(seconds: 60), point: CoTPoint(lat: lat, lon: lon),
            detail: [CoTElement(name: "contact", attributes: [CoTAttribute(name: "callsign", value: callsign)])])
    }

    static func chat(from callsign: String, _ text: String, lat: Double = 38.56, lon: Double = 128.37) -> CoTEvent {
        TakEvents.event(
            uid: "GeoChat.\(callsign).guidepost.1", type: "b-t-f", at: now, stale: now.adding(seconds: 60), point: CoTPoint(lat: lat, lon: lon),
            detail: [
                CoTElement(name: "__chat", attributes: [CoTAttribute(name: "senderCallsign", value: callsign)]),
                CoTElement(name: "remarks", text: text),
            ])
    }

    @Test func aTeamsOwnPositionReportIsKeptByCallsignAndOurOwnEventsAreIgnored() {
        let inbox = TakInbox()
        inbox.receive(Self.sa("guidance-team-1", uid: "ANDROID-1"))
        inbox.receive(Self.sa("guidance-team-1", uid: "ANDROID-1", lat: 38.57))
        inbox.receive(Self.sa("Guidepost", uid: "guidepost.track.T1"))
        inbox.receive(TakEvents.ping(uid: "ANDROID-1", at: Self.now))
        let seen = inbox.sightings(maxAge: .seconds(60))
        #expect(seen.map(\.callsign) == ["guidance-team-1"])
        #expect(seen.first?.latitude == 38.57)
        #expect(inbox.stats.positions == 2 && inbox.stats.ignored == 2)
        #expect(inbox.sightings(maxAge: .seconds(60), now: .now + .seconds(61)).isEmpty)
    }

    @Test func chatAndMarkersBecomeFieldReportsWithoutTheirFreeText() throws {
        let inbox = TakInbox()
        inbox.receive(Self.chat(from: "guidance-team-1", "contact made, he says his name is Kim"))
        inbox.receive(Self.chat(from: "guidance-team-1", "Custody: one male, name Kim Chol-su"))
        inbox.receive(Self.chat(from: "guidance-team-1", "casualty mine, left leg"))
        inbox.receive(Self.chat(from: "guidance-team-1", "moving to the river"))
        var marker = TakEvents.event(
            uid: "marker-1", type: "b-m-p-s-m", at: Self.now, stale: Self.now.adding(seconds: 600), point: CoTPoint(lat: 38.58, lon: 128.38),
            detail: [CoTElement(name: "remarks", text: "CUSTODY at sea")])
        inbox.receive(marker)
        inbox.receive(marker)  // devices repeat markers
        marker.uid = "marker-2"
        let messages = inbox.takeMessages()
        #expect(messages.count == 5)
        #expect(inbox.takeMessages().isEmpty)
        var reader = TeamReportReader()
        let reports = messages.compactMap { reader.report($0) }
        #expect(reports.count == 4)
        guard case .contact(let team, _) = reports[0] else { Issue.record("not contact: \(reports[0])"); return }
        #expect(team == "guidance-team-1")
        guard case .custody(let subject, _, let by, let atSea) = reports[1] else { Issue.record("not custody"); return }
        #expect(subject == "tak-guidance-team-1-custody-1" && by == "guidance-team-1" && !atSea)
        guard case .casualty(_, _, let detail) = reports[2] else { Issue.record("not casualty"); return }
        #expect(detail == "mine")
        guard case .custody(_, let at, _, let sea) = reports[3] else { Issue.record("not custody at sea"); return }
        #expect(sea)
        let expected = CoTGeometry.planar(latitude: 38.58, longitude: 128.38)
        #expect(at.distance(to: expected) < 0.01)
        #expect(!"\(reports)".lowercased().contains("kim"))
    }
}
