import Testing

@testable import Pipeline

/// `ClusterWatch.merge` (issue 20): the frames of several sectors' watches become one picture for
/// a cluster instance's console — track ids carry their sector, so do the alerts' tracks, a team
/// seen by several sectors is shown once (on its incident, if one has it), and the picture's time
/// is that of the sector furthest behind.
@Suite struct ClusterWatchMergeTests {
    typealias Track = WatchFrame.TrackView
    typealias Team = WatchFrame.TeamView
    typealias AlertView = WatchFrame.AlertView
    typealias IncidentView = WatchFrame.IncidentView

    static func frame(
        t: Double, clock: String, fedAt: Double, tracks: [Track] = [], teams: [Team] = [], blueForce: [[Double]] = [],
        alerts: [AlertView] = [], incidents: [IncidentView] = [], lastEvent: Int, run: String
    ) -> WatchFrame {
        WatchFrame(
            frame: 99, t: t, clock: clock, fedAt: fedAt, ended: false, tracks: tracks, teams: teams, blueForce: blueForce, alerts: alerts,
            incidents: incidents, lastEvent: lastEvent, playback: Playback(mode: .live, run: run, speed: 2))
    }

    /// Both orders of the two sectors.
    static let bothOrders: [[(sector: String, frame: WatchFrame)]] = [
        [("cheorwon", cheorwon), ("imjin", imjin)], [("imjin", imjin), ("cheorwon", cheorwon)],
    ]

    static func alert(_ id: String, track: String, incident: String? = nil) -> AlertView {
        AlertView(
            id: id, raised: 10, track: track, x: 1, y: 2, targetClass: "human", confidence: 0.9, reason: "crossing",
            status: "open", incident: incident)
    }

    static func incident(_ id: String, team: String?) -> IncidentView {
        IncidentView(id: id, state: "guiding", openedAt: 20, team: team, proposal: nil, route: nil, timeline: [])
    }

    /// Cheorwon (behind, at t = 300, with an incident its team-2 is on) and Imjin (at t = 420,
    /// seeing team-2 idle at its post, and team-1).
    static let cheorwon = frame(
        t: 300, clock: "02:05:00", fedAt: 1_000,
        tracks: [Track(id: "T1", x: 1, y: 1, vx: 0, vy: -1, targetClass: "human", probability: 0.9, alert: "A-cheorwon-1"),
                 Track(id: "T7", x: 5, y: 5, vx: 0, vy: 0, targetClass: "animal", probability: 0.7)],
        teams: [Team(name: "team-2", x: 50, y: 60, incident: "I-cheorwon-1")],
        blueForce: [[50, 60], [10, 10]],
        alerts: [alert("A-cheorwon-1", track: "T1", incident: "I-cheorwon-1")],
        incidents: [incident("I-cheorwon-1", team: "team-2")], lastEvent: 12, run: "cheorwon")
    static let imjin = frame(
        t: 420, clock: "02:07:00", fedAt: 2_000,
        tracks: [Track(id: "T1", x: 9, y: 9, vx: 1, vy: 0, targetClass: "unknown", probability: 0.5, alert: "A-imjin-1")],
        teams: [Team(name: "team-1", x: 0, y: 0, incident: nil), Team(name: "team-2", x: 40, y: 40, incident: nil)],
        blueForce: [[50, 60], [0, 0]],
        alerts: [alert("A-imjin-1", track: "T1")], lastEvent: 5, run: "imjin")

    @Test func tracksAndAlertsCarryTheirSectorAndTheListsAreJoined() {
        let merged = ClusterWatch.merge([("cheorwon", Self.cheorwon), ("imjin", Self.imjin)], number: 7, ended: false)
        #expect(merged.tracks.map(\.id) == ["cheorwon/T1", "cheorwon/T7", "imjin/T1"], "same track id in two sectors stays two tracks")
        #expect(merged.tracks.map(\.alert) == ["A-cheorwon-1", nil, "A-imjin-1"], "alert ids are already scoped")
        #expect(merged.tracks.map(\.x) == [1, 5, 9], "the tracks themselves unchanged")
        #expect(merged.alerts.map(\.id) == ["A-cheorwon-1", "A-imjin-1"])
        #expect(merged.alerts.map(\.track) == ["cheorwon/T1", "imjin/T1"], "an alert points at its renamed track")
        #expect(merged.alerts.map(\.incident) == ["I-cheorwon-1", nil])
        #expect(merged.incidents.map(\.id) == ["I-cheorwon-1"])
        #expect(merged.lastEvent == 17, "the sectors' logs counted together")
        #expect(merged.frame == 7 && !merged.ended)
        #expect(merged.playback?.run == "cheorwon+imjin")
        #expect(merged.playback?.mode == .live && merged.playback?.speed == 2)
        #expect(merged.blueForce == [[0, 0], [10, 10], [50, 60]], "blue force once each")
    }

    @Test func anotherInstancesSectorIsMarkedWithThatInstanceAndTheOwnIsNot() {
        let merged = ClusterWatch.merge(
            [("cheorwon", Self.cheorwon), ("imjin", Self.imjin)], number: 1, ended: false, watchedElsewhere: ["imjin": "hq-east"])
        #expect(merged.alerts.map(\.watchedBy) == [nil, "hq-east"], "imjin's alert is decided on hq-east's console")
        #expect(merged.incidents.map(\.watchedBy) == [nil], "cheorwon's incident is this instance's own")
        let alone = ClusterWatch.merge([("cheorwon", Self.cheorwon), ("imjin", Self.imjin)], number: 1, ended: false)
        #expect(alone.alerts.allSatisfy { $0.watchedBy == nil }, "nothing is marked when every sector is held here")
    }

    @Test func theTimeIsThatOfTheSectorFurthestBehind() {
        for parts in Self.bothOrders {
            let merged = ClusterWatch.merge(parts, number: 1, ended: true)
            #expect(merged.t == 300)
            #expect(merged.clock == "02:05:00", "the clock of the sector the time is from")
            #expect(merged.fedAt == 2_000, "latency from the newest scan")
            #expect(merged.ended)
        }
        var behind = Self.imjin
        behind.t = 12.5
        #expect(ClusterWatch.merge([("cheorwon", Self.cheorwon), ("imjin", behind)], number: 1, ended: false).t == 12.5)
    }

    @Test func aTeamSeenByTwoSectorsIsShownOnceOnItsIncident() {
        // Whichever sector comes first, the team on an incident wins over its idle self.
        for parts in Self.bothOrders {
            let merged = ClusterWatch.merge(parts, number: 1, ended: false)
            #expect(merged.teams.map(\.name) == ["team-1", "team-2"], "\(parts.map(\.sector))")
            let two = merged.teams.first { $0.name == "team-2" }
            #expect(two?.incident == "I-cheorwon-1", "\(parts.map(\.sector))")
            #expect(two?.x == 50 && two?.y == 60)
        }
    }

    @Test func oneSectorIsItsOwnFrameWithRenamedTracks() {
        let merged = ClusterWatch.merge([("imjin", Self.imjin)], number: 3, ended: false)
        #expect(merged.t == 420 && merged.clock == "02:07:00" && merged.lastEvent == 5)
        #expect(merged.tracks.map(\.id) == ["imjin/T1"])
        #expect(merged.teams.map(\.name) == ["team-1", "team-2"])
        #expect(merged.playback?.run == "imjin")
        let none = ClusterWatch.merge([], number: 1, ended: false)
        #expect(none.t == 0 && none.tracks.isEmpty && none.teams.isEmpty && none.lastEvent == 0 && none.playback == nil)
    }

    /// The alerts awaiting an answer are ranked over the whole border by `Alert.rankedBefore`'s
    /// keys (time to the MDL first, then confidence that it is a person, then id): one #1, not
    /// one per sector; answered alerts keep no rank and come after.
    @Test func alertsAreRankedOverTheWholeBorder() {
        func waiting(_ id: String, ttm: Double?, cls: String = "human", confidence: Double = 0.9, rank: Int) -> AlertView {
            var a = AlertView(
                id: id, raised: 10, track: "T", x: 0, y: 0, targetClass: cls, confidence: confidence, reason: "crossing", status: "open",
                timeToMDL: ttm, rank: rank)
            a.track = "T-\(id)"
            return a
        }
        let west = Self.frame(
            t: 100, clock: "x", fedAt: 1, alerts: [waiting("A-w-1", ttm: 300, rank: 1), waiting("A-w-2", ttm: nil, rank: 2),
                                               Self.alert("A-w-3", track: "T9", incident: "I-w-1")], lastEvent: 1, run: "w")
        let east = Self.frame(
            t: 100, clock: "x", fedAt: 1, alerts: [waiting("A-e-1", ttm: 120, rank: 1), waiting("A-e-2", ttm: 300, cls: "unknown", rank: 2)],
            lastEvent: 1, run: "e")
        for parts in [[("w", west), ("e", east)], [("e", east), ("w", west)]] {
            let merged = ClusterWatch.merge(parts, number: 1, ended: false)
            #expect(merged.alerts.map(\.id) == ["A-e-1", "A-w-1", "A-e-2", "A-w-2", "A-w-3"])
            #expect(merged.alerts.map(\.rank) == [1, 2, 3, 4, nil])
        }
    }

    /// An incident handed across (issue 20) shows once: as the sector that took it on has it,
    /// while the copy left behind is `transferred`; before anyone has taken it on, the
    /// transferred copy shows.
    @Test func anIncidentHandedAcrossShowsOnce() {
        var left = Self.incident("I-w-1", team: nil)
        left.state = "transferred"
        var taken = Self.incident("I-w-1", team: nil)
        taken.state = "assessed"
        let west = Self.frame(t: 1, clock: "x", fedAt: 1, incidents: [left, Self.incident("I-w-2", team: nil)], lastEvent: 1, run: "w")
        let east = Self.frame(t: 1, clock: "x", fedAt: 1, incidents: [taken], lastEvent: 1, run: "e")
        for parts in [[("w", west), ("e", east)], [("e", east), ("w", west)]] {
            let merged = ClusterWatch.merge(parts, number: 1, ended: false)
            #expect(merged.incidents.map(\.id).sorted() == ["I-w-1", "I-w-2"])
            #expect(merged.incidents.first { $0.id == "I-w-1" }?.state == "assessed")
        }
        #expect(ClusterWatch.merge([("w", west)], number: 1, ended: false).incidents.first?.state == "transferred")
    }
}
