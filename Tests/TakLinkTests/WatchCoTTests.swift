import CoT
import GuidepostCore
import Testing

@testable import Pipeline
@testable import TakLink

@Suite struct WatchCoTTests {
    static let now = CoTTime(millisecondsSince1970: 1_764_000_000_000)
    /// Planar EPSG:5179 metres near Goseong, on the eastern DMZ.
    static let origin = TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: 128.35, latitude: 38.6))

    static func track(_ id: String, _ cls: String = "human", alert: String? = nil, vx: Double = 0, vy: Double = 1, sigma: Double? = 10) -> WatchFrame.TrackView {
        WatchFrame.TrackView(
            id: id, x: origin.x, y: origin.y, vx: vx, vy: vy, targetClass: cls, probability: 0.93, timeToMDL: 240, timeToFence: 900,
            alert: alert, sigma: sigma)
    }

    static func alert(_ id: String, track: String, rank: Int?, camera: String? = nil, answer: String? = nil, incident: String? = nil) -> WatchFrame.AlertView {
        WatchFrame.AlertView(
            id: id, raised: 10, track: track, x: origin.x, y: origin.y + 100, targetClass: "human", confidence: 0.9, reason: "crossing",
            status: rank == nil ? "acknowledged" : "open", timeToMDL: 240, camera: camera, incident: incident, answer: answer, rank: rank)
    }

    static func frame(tracks: [WatchFrame.TrackView] = [], alerts: [WatchFrame.AlertView] = [], incidents: [WatchFrame.IncidentView] = []) -> WatchFrame {
        WatchFrame(
            frame: 1, t: 100, clock: nil, fedAt: 0, ended: false, tracks: tracks, teams: [], blueForce: [], alerts: alerts,
            incidents: incidents, lastEvent: 0)
    }

    static func route(team: String = "guidance-team-1", planned: Double = 50, summary: String = "") -> WatchFrame.RouteView {
        let path = (0..<200).map { [origin.x + Double($0) * 5, origin.y - 2000 + Double($0) * 5] }
        let escort = (0..<100).map { [origin.x + 995 - Double($0) * 10, origin.y - 1005 - Double($0) * 10] }
        return WatchFrame.RouteView(
            team: team, planned: planned, teamRoute: path, personRoute: escort, meeting: path.last ?? [], summary: summary,
            mineRisk: 0.002, personTime: 1800)
    }

    @Test func affiliationFollowsClassAndAlertStateAndAnimalsStayOffByDefault() {
        var mapper = WatchCoT()
        let frame = Self.frame(
            tracks: [Self.track("T1"), Self.track("T2", alert: "A1"), Self.track("T3", "animal"), Self.track("T4", alert: "A2")],
            alerts: [Self.alert("A1", track: "T2", rank: 1), Self.alert("A2", track: "T4", rank: 2, camera: "KPA party")])
        let types = Dictionary(uniqueKeysWithValues: mapper.events(for: frame, at: Self.now).filter { $0.kind == .position }.map { ($0.event.uid, $0.event.type) })
        #expect(types == ["guidepost.track.T1": "a-u-G", "guidepost.track.T2": "a-s-G", "guidepost.track.T4": "a-h-G"])
        var withAnimals = WatchCoT(options: { var o = WatchCoT.Options(); o.animals = true; return o }())
        #expect(withAnimals.events(for: frame, at: Self.now).contains { $0.event.type == "a-n-G" && $0.event.uid.hasSuffix("T3") })
    }

    @Test func aTrackCarriesItsErrorCourseSpeedAndRemarksAndGoesWhenItEnds() throws {
        var mapper = WatchCoT()
        let east = mapper.events(for: Self.frame(tracks: [Self.track("T1", vx: 1.5, vy: 0, sigma: 10)]), at: Self.now)
        let e = try #require(east.first?.event)
        #expect(e.how == "m-f")
        #expect(abs(e.point.lat - 38.6) < 1e-6 && abs(e.point.lon - 128.35) < 1e-6)
        #expect(abs(e.point.ce - 21.46) < 0.01)  // the 90 % circle of σ = 10 m
        let track = try #require(e.detail.first { $0.name == "track" })
        let course = try #require(Double(track[attribute: "course"] ?? ""))
        // Grid east in EPSG:5179 is not true east away from its central meridian (127.5°): the
        // convergence near 128.35° E, 38.6° N is about 0.53°.
        #expect(abs(course - 90) < 1.5 && abs(course - 90) > 0.1)
        #expect(track[attribute: "speed"] == "1.50")
        #expect(e.stale.millisecondsSince1970 - e.time.millisecondsSince1970 == 20_000)
        let remarks = try #require(e.detail.first { $0.name == "remarks" }?.text)
        #expect(remarks.contains("human 93%") && remarks.contains("MDL in 4 min") && remarks.contains("fence in 15 min"))
        let gone = mapper.events(for: Self.frame(), at: Self.now)
        #expect(gone.map(\.event.type) == ["t-x-d-d"])
        #expect(gone.first?.removes == "guidepost.track.T1")
    }

    @Test func anOpenAlertIsStickyResentOnItsCadenceAndRemovedOnceAnswered() {
        var mapper = WatchCoT()
        let open = Self.frame(tracks: [Self.track("T2", alert: "A1")], alerts: [Self.alert("A1", track: "T2", rank: 1)])
        let first = mapper.events(for: open, at: Self.now).filter { $0.kind == .alert }
        #expect(first.count == 1 && first[0].sticky && first[0].event.type == "b-a-g")
        #expect(mapper.events(for: open, at: Self.now.adding(seconds: 10)).filter { $0.kind == .alert }.isEmpty)
        #expect(mapper.events(for: open, at: Self.now.adding(seconds: 31)).filter { $0.kind == .alert }.count == 1)
        let answered = Self.frame(tracks: [Self.track("T2")], alerts: [Self.alert("A1", track: "T2", rank: nil)])
        let after = mapper.events(for: answered, at: Self.now.adding(seconds: 32))
        #expect(after.contains { $0.kind == .removal && $0.removes == "guidepost.alert.A1" })
        #expect(!after.contains { $0.kind == .alert })
    }

    @Test func aDispatchedRouteGoesToItsTeamWithCheckpointsAndAnOrderInChat() throws {
        var mapper = WatchCoT()
        let incident = WatchFrame.IncidentView(
            id: "INC-1", state: "guiding", openedAt: 5, team: "guidance-team-1", proposal: nil, route: Self.route(), timeline: [])
        let out = mapper.events(for: Self.frame(incidents: [incident]), at: Self.now)
        let route = try #require(out.first { $0.kind == .route })
        #expect(route.sticky && route.event.type == "b-m-r")
        let links = route.event.detail.filter { $0.name == "link" }
        #expect(links.count <= WatchCoT.Options().routePoints + 1)
        #expect(links.contains { $0[attribute: "callsign"] == "MEET" && $0[attribute: "type"] == "b-m-p-c" })
        #expect(links.last?[attribute: "callsign"] == "RECEPTION")
        let dest = route.event.detail.first { $0.name == "marti" }?.child(named: "dest")
        #expect(dest?[attribute: "callsign"] == "guidance-team-1")
        let chat = try #require(out.first { $0.kind == .chat })
        #expect(chat.event.type == "b-t-f")
        #expect(chat.event.detail.first { $0.name == "__chat" }?[attribute: "chatroom"] == "guidance-team-1")
        #expect(chat.event.detail.first { $0.name == "remarks" }?.text?.hasPrefix("INC-1: go.") == true)
        // Sent once; sent again (with a new order) only when the plan changes.
        #expect(mapper.events(for: Self.frame(incidents: [incident]), at: Self.now).filter { $0.kind == .route || $0.kind == .chat }.isEmpty)
        var replanned = incident
        replanned.route = Self.route(planned: 400)
        let again = mapper.events(for: Self.frame(incidents: [replanned]), at: Self.now)
        #expect(again.first { $0.kind == .chat }?.event.detail.first { $0.name == "remarks" }?.text?.hasPrefix("INC-1: route changed.") == true)
        var closed = replanned
        closed.state = "closed"
        let end = mapper.events(for: Self.frame(incidents: [closed]), at: Self.now)
        #expect(Set(end.compactMap(\.removes)) == ["guidepost.route.INC-1", "guidepost.incident.INC-1"])
    }

    /// No name or identifying detail of a person reaches any CoT event: free text a person typed
    /// (an answer's reason, a route summary, timeline lines) never goes out, in any spelling.
    @Test func noPersonsNameOrDetailEverLeavesInCoT() {
        let name = "Kim Chol-su"
        let spellings = ["kim chol-su", "KIMCHOLSU", "kim  chol su", "김철수", "born 1999", "unit 7"]
        var incident = WatchFrame.IncidentView(
            id: "INC-1", state: "guiding", openedAt: 5, team: "guidance-team-1",
            proposal: Self.route(summary: "\(name), born 1999, unit 7 — 김철수"), route: Self.route(summary: "KIM CHOL-SU born 1999"),
            timeline: [WatchFrame.TimelineEntry(seq: 3, t: 40, text: "questioning of Kim Chol-su (김철수), born 1999, unit 7")])
        var mapper = WatchCoT(options: { var o = WatchCoT.Options(); o.animals = true; return o }())
        var xml = ""
        for step in 0..<3 {
            if step == 2 { incident.state = "closed" }
            let frame = Self.frame(
                tracks: [Self.track("T2", alert: "A1")],
                alerts: [Self.alert("A1", track: "T2", rank: step == 0 ? 1 : nil, answer: "KIM Chol-su, born 1999 (unit 7) says 김철수", incident: "INC-1")],
                incidents: [incident])
            for item in mapper.events(for: frame, at: Self.now.adding(seconds: Double(step) * 40)) {
                xml += CoTXML.encode(item.event) + "\n"
            }
        }
        let flat = xml.lowercased().filter { $0.isLetter || $0.isNumber }
        for spelling in [name] + spellings {
            let needle = spelling.lowercased().filter { $0.isLetter || $0.isNumber }
            #expect(!flat.contains(needle), "\(spelling) leaked into CoT")
        }
        #expect(xml.contains("b-m-r") && xml.contains("b-a-g") && xml.contains("b-t-f"))
    }
}
