import GuidepostCore

extension AlertPolicy {
    /// Raises a new alert for `record` and asks the operator.
    mutating func raise(_ record: TrackRecord, _ k: TrackKinematics, reason: AlertReason, at t: Double) -> AlertUpdate {
        let alert = Alert(
            id: nextAlertID, t: t, track: record.track, x: record.x, y: record.y,
            s: k.coordinate.s, d: k.coordinate.d, targetClass: record.targetClass, confidence: record.classProbability,
            timeToMDL: k.timeToMDL, timeToFence: k.timeToFence, reason: reason)
        alarmTimes.append((t, record.position))
        let response = `operator`.respond(to: alert, alarmsPerMinute: alarmsPerMinute(at: t, near: record.position))
        alerts.append(TrackedAlert(alert: alert, position: record.position, velocity: Vector2(record.vx, record.vy)))
        alerts[alerts.count - 1].atFence = k.reason == .atFence
        alertOfTrack[record.track] = alerts.count - 1
        pending.append((t + response.delay, alerts.count - 1, response))
        return .raised(alert)
    }

    /// Updates alert `i` with a report of one of its tracks; re-raises a dismissed alert
    /// whose track keeps coming south (unless the camera showed an animal: its wandering is no
    /// news), or whose track was picked up again (`reinitiated`) at least `reLookAfter` · 2ⁿ
    /// seconds after the last answer, n the re-looks it has had (a spot of clutter that keeps
    /// coming back costs a look a minute, then two, four … not one a minute all night). The
    /// re-look follows an empty view and an animal alike: a man who walks past where a deer was
    /// seen is picked up as the deer's track come back, and only a look tells them apart.
    /// A dismissed alert one of whose tracks is at the fence (`lookAtFence`) is looked at there,
    /// once per track, unless a look was already made while that track was at the fence
    /// (`noteCamera`), whatever the camera showed before: a man whose tracks joined a deer's
    /// alert reaches the fence where the deer does not follow him, and the fence sensor misses
    /// one climb in ten.
    ///
    /// An alert watched because no camera reaches it and the tracker could not tell what it was
    /// (`inDoubt`) is re-raised as soon as the tracker calls its track a person.
    mutating func observe(
        _ i: Int, _ record: TrackRecord, _ k: TrackKinematics, at t: Double, reinitiated: Bool = false, calledAnimal: Bool = false
    ) -> [AlertUpdate] {
        let quietFor = t - alerts[i].lastSeen
        let atFence = k.reason == .atFence
        let uncoveredDoubt = alerts[i].camera == .uncovered && inDoubt(i)
        alerts[i].lastClass = record.targetClass
        alerts[i].calledAnimal = calledAnimal
        alerts[i].lastTrack = record.track
        alerts[i].atFence = atFence
        alerts[i].lastSeen = t
        alerts[i].lastPosition = record.position
        alerts[i].lastVelocity = Vector2(record.vx, record.vy)
        alerts[i].lastD = k.coordinate.d
        guard configuration.reRaiseDismissed, alerts[i].status == .dismissed, let d0 = alerts[i].dismissedAtD else { return [] }
        guard alerts[i].reRaise == nil else { return [] }
        let south = d0 - k.coordinate.d
        let answered = alerts[i].disposition?.t ?? t
        let animal = alerts[i].camera == .shows(.animal)
        let reason: String
        let doubt = inDoubt(i)
        if uncoveredDoubt, record.targetClass == .human {
            reason = "re-raised: dismissed at t=\(Int(answered)) s where no camera reaches, but the tracker now calls track "
                + "\(record.track) a person (\(Int((record.classProbability * 100).rounded())) %)"
        } else if south >= (doubt ? configuration.doubtReLookDistance : configuration.reRaiseDistance), !animal {
            reason = "re-raised: dismissed at t=\(Int(answered)) s, but track \(record.track) "
                + "kept moving south \(Int(south.rounded())) m (\(alerts[i].tracks.count) track(s) correlated)"
        } else if atFence, configuration.lookAtFence, !alerts[i].fenceLooked.contains(record.track) {
            alerts[i].fenceLooked.insert(record.track)
            reason = "re-raised: dismissed at t=\(Int(answered)) s\(Self.seen(alerts[i].camera)), "
                + "but track \(record.track) came to the fence"
        } else if reinitiated, animal || alerts[i].camera == .nothing || alerts[i].camera?.isInconclusive == true, let after = configuration.reLookAfter,
            t - answered >= after * Double(1 << min(alerts[i].reLooks, 20))
        {
            alerts[i].reLooks += 1
            reason = "re-raised: dismissed at t=\(Int(answered)) s\(Self.seen(alerts[i].camera)), "
                + "but track \(record.track) picked something up there again after \(Int(quietFor.rounded())) s"
        } else {
            return []
        }
        return [reRaise(i, at: t, reason: reason)]
    }

    /// What a dismissal's camera view showed, as a clause of a re-raise's reason.
    static func seen(_ view: CameraView?) -> String {
        switch view {
        case .shows(.animal)?: " with an animal on the camera"
        case .nothing?: " with nothing on the camera"
        case .kpaParty?: " with a KPA party on the camera"
        case .cannotTell?: " with the camera unable to tell what it was"
        case .unsure(let c)?: " with the camera unsure (perhaps \(c == .human ? "a person" : c == .animal ? "an animal" : "a \(c.rawValue)"))"
        case .shows?, .uncovered?, nil: ""
        }
    }

    /// Re-opens dismissed alert `i` for the duty officer's look (`settleReRaises`), with the
    /// camera view already in hand, if any (nil: a new check is asked for).
    mutating func reRaise(_ i: Int, at t: Double, reason: String, view: CameraView? = nil) -> AlertUpdate {
        alerts[i].reRaise = .init(status: .open, t: t, reason: reason)
        alerts[i].dispositions.append(.init(status: .open, t: t, reason: reason))
        alerts[i].camera = view
        return .reRaised(alerts[i].alert.id, t: t, reason: reason)
    }

    /// The alert a new track belongs to, if any, and why (never a blast's: whatever is seen
    /// there is looked at on its own).
    func mergeTarget(for record: TrackRecord, _ k: TrackKinematics, at t: Double) -> (Int, String)? {
        let c = configuration
        let v = Vector2(record.vx, record.vy)
        for i in alerts.indices where alerts[i].alert.reason != .blastHeard {
            let a = alerts[i]
            if a.lastSeen == t {
                let gap = record.position.distance(to: a.lastPosition)
                if gap <= c.mergeRadius, (v - a.lastVelocity).length <= c.mergeSpeedDifference {
                    return (i, "duplicate: \(Int(gap.rounded())) m from track \(a.tracks[0]) and moving alike")
                }
            } else if t - a.lastSeen <= c.reacquireWindow {
                let predicted = a.lastPosition + a.lastVelocity * (t - a.lastSeen)
                let miss = record.position.distance(to: predicted)
                if miss <= c.reacquireRadius {
                    return (i, "re-initiated after a \(Int((t - a.lastSeen).rounded())) s gap, \(Int(miss.rounded())) m from the predicted position")
                }
            }
        }
        return nil
    }

    /// Applies operator answers due by `t`, in due order, to alerts still open. An answer never
    /// due (a person's, `ConfiguredOperator.person`) waits for `answer(_:_:at:reason:)`.
    /// With `holdingLooks` (the run's end), an answer waiting for a look still asked for or under
    /// way is held whatever the time.
    mutating func applyResponses(until t: Double, holdingLooks: Bool = false) -> [AlertUpdate] {
        let due = pending.enumerated().filter {
            $0.element.due <= t && $0.element.due.isFinite
                && !(alerts[$0.element.index].looking && alerts[$0.element.index].status == .open
                    && (holdingLooks || t < $0.element.due + configuration.lookWaitLimit))
        }
            .sorted { ($0.element.due, $0.element.index) < ($1.element.due, $1.element.index) }
        guard !due.isEmpty else { return [] }
        let dueOffsets = Set(due.map(\.offset))
        pending = pending.enumerated().filter { !dueOffsets.contains($0.offset) }.map(\.element)
        var out: [AlertUpdate] = []
        for (_, p) in due where alerts[p.index].status == .open {
            let a = alerts[p.index]
            let response = a.camera.map { $0.revise(p.response, calling: a.lastClass, d: a.lastD) } ?? p.response
            let status: TrackedAlert.Status = response.verdict == .acknowledge ? .acknowledged : .dismissed
            if status == .dismissed { dismissed(p.index) }
            // An answer that waited for the look comes when the view did (at most `t`); one that
            // waited and got no view comes when the wait ran out, not when it was due (`t` may be
            // infinite: `finish` flushes every answer).
            let at = a.viewedAt.map { Swift.min(Swift.max(p.due, $0), Swift.max(p.due, t)) }
                ?? (a.looking ? Swift.min(Swift.max(p.due, t.isFinite ? t : lastScan), p.due + configuration.lookWaitLimit) : p.due)
            out.append(settle(p.index, status, at: at, reason: response.reason))
        }
        return out
    }

    /// Settles re-raised alerts once the duty officer has looked (the camera view is in) or
    /// `reRaiseLookWithin` seconds have passed without a view: a person, a vehicle or no view
    /// escalates; an animal or an empty view dismisses again (and may re-raise further south); a
    /// view still in doubt dismisses again as watched unless it has come `doubtEscalateDistance`
    /// south in doubt (`doubtEscalates`), when a team goes to look.
    mutating func settleReRaises(at t: Double, force: Bool = false) -> [AlertUpdate] {
        var out: [AlertUpdate] = []
        for i in alerts.indices {
            guard let r = alerts[i].reRaise else { continue }
            // The look asked for on the re-raise is waited for, up to the unanswered limit.
            let wait = alerts[i].looking ? (configuration.acknowledgeWithin ?? configuration.lookWaitLimit) : configuration.reRaiseLookWithin
            guard alerts[i].camera != nil || (force && !alerts[i].looking) || t - r.t >= wait else { continue }
            alerts[i].reRaise = nil
            let at = Swift.max(t, r.t)
            if let seen = dutyOfficerDismissal(i) {
                dismissed(i)
                out.append(settle(i, .dismissed, at: at, reason: "\(r.reason); \(seen)"))
                continue
            }
            switch alerts[i].camera {
            case .kpaParty?:
                out.append(settle(i, .escalated, at: at, reason: "\(r.reason); the camera shows armed KPA soldiers south of the MDL"))
            case .shows(let c)?:
                out.append(settle(i, .escalated, at: at, reason: "\(r.reason); the camera shows \(c == .vehicle ? "a vehicle" : "a person")"))
            case .cannotTell?, .unsure?:
                // Not dismissed by the duty officer: it kept coming south in doubt.
                let doubt = alerts[i].camera?.doubt ?? ""
                let came = southInDoubt(i)
                out.append(settle(i, .escalated, at: at, reason: "\(r.reason); \(doubt), and it has come \(Int(came.rounded())) m south "
                    + "since the camera first left it in doubt: a team goes to look"))
            case .uncovered? where inDoubt(i):
                // Not dismissed by the duty officer: it kept coming south with the tracker unable to tell.
                let came = southInDoubt(i)
                out.append(settle(i, .escalated, at: at, reason: "\(r.reason); \(doubtClause(i)), and it has come \(Int(came.rounded())) m "
                    + "south since: a team goes to look"))
            case .uncovered?, .nothing?, nil:
                out.append(settle(i, .escalated, at: at, reason: r.reason))
            }
        }
        return out
    }

    /// Escalates open alerts nobody answered within `acknowledgeWithin` to the duty officer, who
    /// dismisses those whose camera view shows an animal or nothing.
    mutating func escalateUnanswered(at t: Double) -> [AlertUpdate] {
        guard let limit = configuration.acknowledgeWithin else { return [] }
        var out: [AlertUpdate] = []
        // An alert whose look is asked for or under way is being worked: it goes up only when
        // the look has also run past its limit.
        for i in alerts.indices where alerts[i].status == .open
            && t - alerts[i].alert.t > limit + (alerts[i].looking ? configuration.lookWaitLimit : 0)
        {
            // The duty officer it goes to looks at the camera view first.
            let unanswered = "no operator answer within \(Int(limit)) s"
            if let seen = dutyOfficerDismissal(i) {
                dismissed(i)
                out.append(settle(i, .dismissed, at: t, reason: "\(unanswered); \(seen)"))
            } else {
                out.append(settle(i, .escalated, at: t, reason: unanswered))
            }
        }
        return out
    }

    /// What the duty officer sees on alert `i`'s camera view that dismisses it — an animal,
    /// nothing, a KPA party north of the MDL — or nil when the view escalates. An alert in doubt
    /// (`inDoubt`) is dismissed as watched until it has come `doubtEscalateDistance` south, and
    /// after that while the classifier still calls its track an animal (`calledAnimal`): the
    /// camera cannot tell and the tracker, with the whole walk behind it, says animal. On world 50
    /// (docs/alarm-quality.md) 12 of the 17 teams sent to animals in doubt were sent against that
    /// call, and none of the 9 sent to people in doubt was (people read human or unknown).
    func dutyOfficerDismissal(_ i: Int) -> String? {
        switch alerts[i].camera {
        case .shows(.animal)?: return "the duty officer saw an animal on the camera"
        case .nothing?: return "the duty officer saw nothing there on the camera"
        case .kpaParty? where alerts[i].lastD > 0: return "the duty officer saw a KPA party north of the MDL"
        default: break
        }
        guard inDoubt(i) else { return nil }
        if !doubtEscalates(i) {
            return "\(doubtClause(i)) for the duty officer too: watched, and a team goes if it keeps coming south"
        }
        guard alerts[i].calledAnimal else { return nil }
        let came = southInDoubt(i)
        return "\(doubtClause(i)), and it has come \(Int(came.rounded())) m south, but the tracker still calls it an animal: "
            + "watched, and a team goes if a look shows a person or the tracker stops calling it an animal"
    }

    /// Whether alert `i` is watched in doubt: the camera could not settle it (`CameraView.isInconclusive`),
    /// or no camera reaches it and the tracker's call is `unknown` (a doubted animal reads so too).
    /// Acknowledging such an alert on the tracker's word sent a team to 9 animals and clutter on
    /// world 50 and to no crosser first (docs/alarm-quality.md); a call of person still acknowledges.
    func inDoubt(_ i: Int) -> Bool {
        switch alerts[i].camera {
        case let v? where v.isInconclusive: true
        case .uncovered?: alerts[i].lastClass == .unknown
        default: false
        }
    }

    /// What left alert `i` in doubt, as a clause: the camera's view, or no camera and no call.
    func doubtClause(_ i: Int) -> String {
        alerts[i].camera == .uncovered ? "no camera reaches it and the tracker cannot tell what it is" : alerts[i].camera?.doubt ?? ""
    }

    /// Whether alert `i`, left in doubt by the camera, has earned a team: it has come
    /// `doubtEscalateDistance` south of where the doubt began. Reaching the fence is not enough:
    /// animals come to the fence all night, and the fence's own alarm (its camera at a few
    /// metres) tells a climber from a deer; the 2 h trial of the first rule sent ~100 teams to
    /// animals at the fence (docs/alarm-quality.md, "The look").
    func doubtEscalates(_ i: Int) -> Bool {
        southInDoubt(i) >= configuration.doubtEscalateDistance
    }

    /// How far alert `i` has come south, in metres, since it was first left in doubt (0 if it never was).
    func southInDoubt(_ i: Int) -> Double {
        (alerts[i].doubtSinceD ?? alerts[i].lastD) - alerts[i].lastD
    }

    /// Notes that alert `i` was dismissed where it is now (a re-raise measures its southing from
    /// here), and where it was first left in doubt (`inDoubt`), if it was.
    mutating func dismissed(_ i: Int) {
        alerts[i].dismissedAtD = alerts[i].lastD
        if !inDoubt(i) {
            alerts[i].doubtSinceD = nil
        } else if alerts[i].doubtSinceD == nil {
            alerts[i].doubtSinceD = alerts[i].lastD
        }
    }

    /// Records an answer and returns its update.
    mutating func settle(_ i: Int, _ status: TrackedAlert.Status, at t: Double, reason: String) -> AlertUpdate {
        alerts[i].status = status
        alerts[i].dispositions.append(.init(status: status, t: t, reason: reason))
        let id = alerts[i].alert.id
        switch status {
        case .acknowledged: return .acknowledged(id, t: t, reason: reason)
        case .dismissed: return .dismissed(id, t: t, reason: reason)
        case .escalated, .open: return .escalated(id, t: t, reason: reason)
        }
    }
}
