public import GuidepostCore

/// Turns confirmed tracks into alerts (issue 6): raise for a confirmed human or unknown track
/// approaching or crossing the MDL band or the fence, for a mine blast heard (`blastHeard`)
/// and for a climber the fence camera shows whom no alert covers (`climberSeen`); one alert per person (duplicates and
/// re-initiated tracks merge into it); animals suppressed but counted; every alert answered —
/// acknowledged, dismissed or escalated — with a time and a reason.
///
/// A pure value type (STYLE.md H8): `update(at:tracks:)` takes one scan's track records and
/// returns what changed; the operator's answers come from an injected `AlarmOperator`.
/// Friendly tracks (ROK teams) must be filtered out by the caller.
///
/// Approach: with `d` the signed distance north of the MDL, `ḋ = ∇d · v` its rate, the band's
/// southern line `d_s(s)` and the fence `d_f(s)`, the time to the MDL is `t_mdl` from the
/// tracker when given, else `(d − d_s) / (−ḋ)` for `ḋ < 0` (0 once `d ≤ d_n`, in the band or
/// south of it), and likewise for the fence. A track is alerted when it is in or past the
/// band, at or past the fence, or due at either within `horizon`; or when it is inside the DMZ
/// (`d ≤ dmzHalfWidth`) moving south at `−ḋ ≥ dmzApproachSpeed`, however far from the MDL.
/// - Complexity: O(n·a) per scan for n tracks and a live alerts.
public struct AlertPolicy<Geometry: AlertGeometry, Operator: AlarmOperator>: Sendable {
    public let geometry: Geometry
    public let configuration: AlertPolicyConfiguration
    public internal(set) var `operator`: Operator
    /// Every alert raised so far, in the order raised.
    public internal(set) var alerts: [TrackedAlert] = []
    var alertOfTrack: [String: Int] = [:]
    var animals: Set<String> = []
    /// Blasts heard so far (numbers their alerts' pseudo-tracks).
    var blasts = 0
    /// Climbers' alerts raised from the fence camera so far (numbers their pseudo-tracks).
    var climbers = 0
    var alarmTimes: [(t: Double, at: Point?)] = []
    var pending: [(due: Double, index: Int, response: OperatorResponse)] = []
    var lastScan = -Double.infinity
    /// What the ids of this policy's alerts carry (`OperationsConfiguration.idScope`): `A1`
    /// when empty, `A-cheorwon-1` for the Cheorwon sector's engine.
    public var idScope = ""
    /// The id the next alert gets.
    var nextAlertID: AlertID { AlertID(idScope.isEmpty ? "A\(alerts.count + 1)" : "A-\(idScope)-\(alerts.count + 1)") }

    public init(geometry: Geometry, operator: Operator, configuration: AlertPolicyConfiguration = .guidepost) {
        self.geometry = geometry
        self.operator = `operator`
        self.configuration = configuration
    }

    /// Distinct animal tracks seen and suppressed.
    public var suppressedAnimalTracks: Int { animals.count }

    /// Open alerts, most urgent first (`Alert.rankedBefore`).
    public var ranked: [Alert] {
        alerts.filter { $0.status == .open || $0.status == .escalated }.map(\.alert).sorted(by: Alert.rankedBefore)
    }

    /// Counts an alarm that reached the console without a track (a nuisance fence alarm, wind),
    /// so the operator model sees the real alarm rate. With a position, it counts only for
    /// alerts within `consoleRadius` of it (the same control room).
    public mutating func recordAlarm(at t: Double, position: Point? = nil) { alarmTimes.append((t, position)) }

    /// A fence alarm whose slewed camera shows someone climbing (domain.md §3.1) at `p`: the
    /// dismissed alert nearest to it that a track fed in the last `climberTrackWindow` — within
    /// `reacquireRadius` plus half a fence zone (the alarm is placed at its zone's middle) — is
    /// re-raised with that view, and escalates (one already re-raised and awaiting its look
    /// escalates at once): the climber's tracks had been taken for that alert's deer or empty
    /// spot come back. When no dismissed alert is there and no alert
    /// someone acts on is near (his tracks were taken for an animal, or he was never tracked),
    /// the camera's view is an alert of its own, raised at the alarm (pseudo-track `climb-n`) and
    /// escalated at once: a man seen climbing the fence always reaches someone. Nothing in the
    /// old console, whose pop-ups answer fence alarms themselves.
    public mutating func climberSeen(at p: Point, t: Double) -> [AlertUpdate] {
        guard configuration.reRaiseDismissed else { return [] }
        let reach = configuration.reacquireRadius + configuration.fenceZoneHalfLength
        let window = configuration.climberTrackWindow ?? configuration.reacquireWindow
        let near = alerts.indices.filter {
            alerts[$0].status == .dismissed && t - alerts[$0].lastSeen <= window
                && alerts[$0].lastPosition.distance(to: p) <= reach
        }
        guard let i = near.min(by: { alerts[$0].lastPosition.distance(to: p) < alerts[$1].lastPosition.distance(to: p) }) else {
            let covered = alerts.contains {
                ($0.status == .acknowledged || $0.status == .escalated) && t - $0.lastSeen <= configuration.reacquireWindow
                    && $0.lastPosition.distance(to: p) <= reach
            }
            return covered ? [] : climberAlert(at: p, t: t)
        }
        let answered = alerts[i].disposition?.t ?? t
        // One already re-raised and awaiting its look (its track came to the fence) escalates
        // on the alarm's view of the climber.
        if let pending = alerts[i].reRaise {
            alerts[i].reRaise = nil
            alerts[i].camera = .shows(.human)
            return [settle(i, .escalated, at: t, reason: "\(pending.reason); a fence alarm shows someone climbing on the camera")]
        }
        let reason = "re-raised: dismissed at t=\(Int(answered)) s, but a fence alarm \(Int(alerts[i].lastPosition.distance(to: p).rounded())) m "
            + "from its track shows someone climbing on the camera"
        return [reRaise(i, at: t, reason: reason, view: .shows(.human))]
    }

    /// A mine blast heard at `p` (posts' report of the bang and the flash's cross-bearing; no
    /// track): an alert raised there and escalated at once. A blast goes to the duty officer
    /// whatever a camera shows — whoever set it off may lie hurt where no sensor sees the ground,
    /// and only a look in daylight tells a wild boar from a man. The alert carries the
    /// pseudo-track `blast-n` (never a tracker's id) and takes no tracks into it (`mergeTarget`):
    /// a track picked up on the spot raises its own alert, which the camera check answers and
    /// the casualty's incident joins.
    public mutating func blastHeard(at p: Point, t: Double) -> [AlertUpdate] {
        blasts += 1
        let c = geometry.alongBorder(p)
        return raiseOnReport(
            at: p, t: t, track: "blast-\(blasts)", targetClass: .unknown, reason: .blastHeard,
            timeToMDL: c.d <= geometry.band(at: c.s).northern ? 0 : nil,
            timeToFence: c.d <= geometry.fence(at: c.s) + configuration.fenceMargin ? 0 : nil,
            answer: "a mine blast heard \(Self.describe(c.d)): someone may lie hurt there")
    }

    /// The alert of a climber on the fence camera whom no alert covers (`climberSeen`).
    mutating func climberAlert(at p: Point, t: Double) -> [AlertUpdate] {
        climbers += 1
        return raiseOnReport(
            at: p, t: t, track: "climb-\(climbers)", targetClass: .human, reason: .climberSeen, timeToMDL: 0, timeToFence: 0,
            answer: "a fence alarm's camera shows someone climbing, and no alert is on him")
    }

    /// Raises an alert at `p` on a field report rather than a track (under the pseudo-track
    /// `track`, standing still) and escalates it at once with `answer`: what the report says
    /// needs no camera check and no operator's verdict.
    mutating func raiseOnReport(
        at p: Point, t: Double, track: String, targetClass: TargetClass, reason: AlertReason, timeToMDL: Double?,
        timeToFence: Double?, answer: String
    ) -> [AlertUpdate] {
        let c = geometry.alongBorder(p)
        let alert = Alert(
            id: nextAlertID, t: t, track: track, x: p.x, y: p.y, s: c.s, d: c.d, targetClass: targetClass,
            confidence: 1, timeToMDL: timeToMDL, timeToFence: timeToFence, reason: reason)
        alarmTimes.append((t, p))
        alerts.append(TrackedAlert(alert: alert, position: p, velocity: Vector2(0, 0)))
        return [.raised(alert), settle(alerts.count - 1, .escalated, at: t, reason: answer)]
    }

    /// "n m north (south) of the MDL" for an offset `d`.
    static func describe(_ d: Double) -> String {
        d > 0 ? "\(Int(d.rounded())) m north of the MDL" : "\(Int((-d).rounded())) m south of the MDL"
    }

    /// Notes what the camera slewed to alert `id` showed; the operator's answer, when it comes
    /// due, follows it (`CameraView.revise`). A view that arrives after the answer changes nothing.
    /// With `lookingAgain`, the view said "cannot tell" and another look is coming: the answer
    /// keeps waiting for that one.
    public mutating func noteCamera(_ view: CameraView, for id: AlertID, at t: Double? = nil, lookingAgain: Bool = false) {
        guard let i = alerts.firstIndex(where: { $0.alert.id == id }) else { return }
        if view.isInconclusive { alerts[i].doubts += 1 }
        guard alerts[i].status == .open || alerts[i].reRaise != nil else {
            alerts[i].looking = false
            return
        }
        if lookingAgain {
            alerts[i].looking = true
            return
        }
        alerts[i].looking = false
        alerts[i].viewedAt = t
        alerts[i].camera = view
        if alerts[i].atFence { alerts[i].fenceLooked.insert(alerts[i].lastTrack) }
    }

    /// A look at alert `id` is asked for: its answer waits for the view (`lookWaitLimit`).
    public mutating func noteLooking(_ id: AlertID) {
        guard let i = alerts.firstIndex(where: { $0.alert.id == id }) else { return }
        alerts[i].looking = true
    }

    /// Alarms a minute over the last `alarmRateWindow` seconds before `t`, counting those
    /// without a position and those within `consoleRadius` of `near` (all, if `near` is nil).
    public func alarmsPerMinute(at t: Double, near: Point? = nil) -> Double {
        let w = configuration.alarmRateWindow
        let r = configuration.consoleRadius
        let n = alarmTimes.count { a in
            guard a.t > t - w, a.t <= t else { return false }
            guard let near, let p = a.at else { return true }
            return p.distance(to: near) <= r
        }
        return Double(n) / (w / 60)
    }

    /// Processes one scan: the track records reported at `t` (times must not go back). Tracks
    /// in `holding` (`AlertFront.undecided`) may join an alert, as a duplicate or a re-initiated
    /// track, but raise none of their own. Tracks in `doubted` (`AlertFront.doubted`) are ones the
    /// classifier calls an animal, relabelled `unknown` because they head south: they are alerted
    /// and looked at like any other, but a camera's doubt sends no team while the classifier keeps
    /// that call (`dutyOfficerDismissal`).
    public mutating func update(at t: Double, tracks: [TrackRecord], holding: Set<String> = [], doubted: Set<String> = []) -> [AlertUpdate] {
        precondition(t >= lastScan, "AlertPolicy.update: scan at t=\(t) s is earlier than the last at t=\(lastScan) s")
        lastScan = t
        // Keep only the alarms the rate window can still see: memory stays bounded by the window.
        let horizon = t - configuration.alarmRateWindow
        alarmTimes.removeAll { $0.t <= horizon }
        var out = applyResponses(until: t)
        let sorted = tracks.sorted { $0.track < $1.track }
        var fresh: [(TrackRecord, TrackKinematics)] = []
        // Pass 1: tracks already attached to an alert.
        for record in sorted {
            switch record.targetClass {
            case .animal:
                animals.insert(record.track)
                // The classifier's call on the alert's latest track stands (no relabel: it does
                // not head south this scan): a team on doubt waits while it does.
                if let i = alertOfTrack[record.track], alerts[i].lastTrack == record.track { alerts[i].calledAnimal = true }
                continue
            case .vehicle:
                continue
            case .human, .unknown:
                break
            }
            let k = TrackKinematics(record, geometry: geometry, configuration: configuration)
            if let i = alertOfTrack[record.track] {
                out += observe(i, record, k, at: t, calledAnimal: doubted.contains(record.track))
            } else {
                fresh.append((record, k))
            }
        }
        // Pass 2: new tracks merge into an alert or raise one.
        for (record, k) in fresh {
            if let (i, why) = mergeTarget(for: record, k, at: t) {
                alerts[i].tracks.append(record.track)
                alertOfTrack[record.track] = i
                out.append(.merged(alerts[i].alert.id, track: record.track, t: t, reason: why))
                out += observe(i, record, k, at: t, reinitiated: alerts[i].lastSeen != t, calledAnimal: doubted.contains(record.track))
            } else if let reason = k.reason, !holding.contains(record.track) {
                out.append(raise(record, k, reason: reason, at: t))
                alerts[alerts.count - 1].calledAnimal = doubted.contains(record.track)
            }
        }
        out += settleReRaises(at: t)
        out += escalateUnanswered(at: t)
        return out
    }

    /// Ends the run at `t`: answers still due are applied at their times, and any alert still
    /// open is escalated, so every alert ends answered — except an alert whose look is asked for
    /// or under way (`looking`): the operator is still at it when the run ends, and answering it
    /// blind would act on every animal raised in the last minute (issue 21: 15 of a world's 42
    /// false alerts). It stays open, and its re-raise unsettled.
    public mutating func finish(at t: Double) -> [AlertUpdate] {
        var out = applyResponses(until: .infinity, holdingLooks: true)
        out += settleReRaises(at: t, force: true)
        for i in alerts.indices where alerts[i].status == .open && !alerts[i].looking {
            out.append(settle(i, .escalated, at: Swift.max(t, alerts[i].alert.t), reason: "still unanswered when the run ended"))
        }
        return out
    }
}
