import GuidepostCore
import Operations
import Tracking

/// Builds a `WatchFrame` from the engine's state after a step: what the console draws.
enum WatchFrameBuilder {
    /// Timeline lines kept per incident in a frame (the newest; the log holds them all).
    static let timelineLimit = 25
    /// Answered alerts kept in a frame besides those awaiting an answer or on an incident (the
    /// most recent): a night of wind raises hundreds, and every frame goes to every console.
    static let answeredLimit = 25

    static func frame(
        number: Int, engine: OperationsEngine<ConfiguredOperator>, tracks: [TrackRecord], trails: [String: [[Double]]],
        friendlies: [Point], timelines: [IncidentID: [WatchFrame.TimelineEntry]], fedAt: Double, ended: Bool, clock: ReportClock?, lastEvent: Int
    ) -> WatchFrame {
        let t = engine.now ?? 0
        let alerts = engine.policy.alerts
        var alertOfTrack: [String: String] = [:]
        for a in alerts { for track in a.tracks { alertOfTrack[track] = a.alert.id.rawValue } }
        let waiting = alerts.filter { $0.status == .open || $0.awaitingLook }.map(\.alert).sorted(by: Alert.rankedBefore)
        var rank: [AlertID: Int] = [:]
        for (i, a) in waiting.enumerated() { rank[a.id] = i + 1 }
        let alertViews = alerts.map { a in
            WatchFrame.AlertView(
                id: a.alert.id.rawValue, raised: a.alert.t, track: a.lastTrack(), x: a.lastPosition.x, y: a.lastPosition.y,
                targetClass: a.alert.targetClass.rawValue, confidence: a.alert.confidence, reason: a.alert.reason.rawValue,
                status: a.awaitingLook ? "re-raised" : a.status.rawValue, timeToMDL: a.alert.timeToMDL, timeToFence: a.alert.timeToFence,
                camera: a.camera.map(describe) ?? lookStatus(a, engine.looks), incident: engine.incident(ofAlert: a.alert.id)?.rawValue, answer: a.disposition?.reason,
                rank: rank[a.alert.id])
        }
        .sorted { ($0.rank ?? Int.max, -$0.raised) < ($1.rank ?? Int.max, -$1.raised) }
        var answeredKept = 0
        let shownAlerts = alertViews.filter { a in
            if a.rank != nil || a.incident != nil { return true }
            answeredKept += 1
            return answeredKept <= answeredLimit
        }
        let trackViews = tracks.map { r in
            WatchFrame.TrackView(
                id: r.track, x: r.x, y: r.y, vx: r.vx, vy: r.vy, targetClass: r.targetClass.rawValue, probability: r.classProbability,
                timeToMDL: r.timeToMDL, timeToFence: r.timeToFence, trail: trails[r.track] ?? [], alert: alertOfTrack[r.track],
                sigma: r.cov.map(largestSigma))
        }
        let proposals = engine.proposals
        let incidents = engine.incidents.map { inc in
            let plan = engine.plans.last { $0.incident == inc.id }
            return WatchFrame.IncidentView(
                id: inc.id.rawValue, state: inc.state.rawValue, openedAt: inc.openedAt,
                team: engine.teams.first { $0.incident == inc.id }?.name ?? plan?.team,
                proposal: proposals[inc.id].map { route($0.plan, summary: $0.summary) },
                route: plan.map { route($0, summary: "") },
                timeline: timelines[inc.id] ?? [])
        }
        return WatchFrame(
            frame: number, t: t, clock: clock?.format(t, "yyyy-MM-dd HH:mm:ss"), fedAt: fedAt, ended: ended, tracks: trackViews,
            teams: engine.teams.map { team in
                let at = team.origin(at: t)
                return .init(name: team.name, x: at.x, y: at.y, incident: team.incident?.rawValue)
            },
            blueForce: friendlies.map { [$0.x, $0.y] }, alerts: shownAlerts, incidents: incidents, lastEvent: lastEvent)
    }

    static func route(_ p: PlannedGuidance, summary: String) -> WatchFrame.RouteView {
        WatchFrame.RouteView(
            team: p.team, planned: p.t, teamRoute: p.teamRoute.map { [$0.x, $0.y] }, personRoute: p.personRoute.map { [$0.x, $0.y] },
            meeting: [p.meeting.x, p.meeting.y], summary: summary, mineRisk: p.personMineRisk, personTime: p.personTime)
    }

    /// The square root of the covariance's largest eigenvalue (metres along its worst axis).
    static func largestSigma(_ c: Covariance2) -> Double {
        let half = (c.xx - c.yy) / 2
        let largest = (c.xx + c.yy) / 2 + (half * half + c.xy * c.xy).squareRoot()
        return max(largest, 0).squareRoot()
    }

    /// Where an alert's look stands while its view is not in: the operators' queue as the console shows it.
    static func lookStatus(_ a: TrackedAlert, _ looks: LookQueue) -> String? {
        guard a.looking else { return nil }
        if looks.waiting.contains(where: { $0.alert == a.alert.id }) {
            return "waiting for an operator (\(looks.waiting.count) looks queued in all)"
        }
        return "being looked at"
    }

    static func describe(_ view: CameraView) -> String {
        switch view {
        case .shows(let c): c.rawValue
        case .cannotTell: "cannot tell"
        case .unsure(let c): "\(c.rawValue)? (unsure)"
        case .kpaParty: "KPA party"
        case .nothing: "nothing"
        case .uncovered: "no camera reaches it"
        }
    }
}

extension TrackedAlert {
    /// The track of its last report.
    func lastTrack() -> String { tracks.last ?? alert.track }
}
