import Border
import GuidepostCore

extension OperationsEngine {
    /// Logs an alert update; an alert someone acts on (acknowledged or escalated) opens an
    /// incident: the person is tracked and assessed as a person crossing.
    mutating func apply(_ update: AlertUpdate, into out: inout StepResult) {
        let index = policy.alerts.firstIndex { $0.alert.id == update.alert }
        let existing = index.flatMap { caseOfAlert[$0] }
        out.events.append(update.event(run: log.run, seq: log.next(), incident: existing.map { cases[$0].incident.id }))
        guard let index else { return }
        switch update {
        case .raised(let alert) where console == .guidepost && !alert.reason.isOnReport:
            attachToAdopted(index, at: alert.t, into: &out)
            askLook(index, at: alert.t)
        case .reRaised(let id, let t, _) where console == .guidepost:
            // A re-raise that came with its view in hand (a climber on the fence camera) needs no look.
            if policy.alerts[index].camera == nil { askLook(index, at: t) } else { looks.cancel(id) }
        case .acknowledged(_, let t, let reason), .escalated(_, let t, let reason):
            guard existing == nil else { return }
            let a = policy.alerts[index]
            // A blast is not yet a person: the casualty report found there opens the incident
            // and takes the blast's alert (a KPA soldier's blast north of the MDL opens none).
            guard a.alert.reason != .blastHeard else { return }
            if let k = joinable(a, at: t) {
                cases[k].alerts.append(index)
                caseOfAlert[index] = k
                if a.lastSeen >= cases[k].lastSeen {
                    cases[k].lastSeen = a.lastSeen
                    cases[k].lastPosition = a.lastPosition
                }
                out.events.append(log.event(t: t, incident: cases[k].incident.id, .note("alert \(a.alert.id) joins the incident: same person, seen again where they could have got to")))
                return
            }
            open(alert: index, at: t, position: a.lastPosition, into: &out)
            guard let k = caseOfAlert[index] else { return }
            transition(k, .trackConfirmed(track: a.tracks.last ?? a.alert.track), at: t, into: &out)
            let summary = "\(a.alert.targetClass == .human ? "person" : "unidentified mover") \(Self.describe(a.lastD)); \(reason)"
            transition(k, .assessed(summary: summary), at: t, into: &out)
        case .merged(_, let track, let t, _):
            if let k = existing, cases[k].incident.state == .lost {
                transition(k, .trackReacquired(track: track), at: t, into: &out)
            }
        default:
            return
        }
    }

    /// The live incident (before custody) whose person alert `a` is (`IncidentJoining`): seen
    /// again where they could have got to, or on a chain of tracks the incident follows.
    func joinable(_ a: TrackedAlert, at t: Double) -> Int? {
        let live: Set<IncidentState> = [.tracking, .assessed, .guiding, .lost, .casualty]
        let candidates = cases.indices.filter { live.contains(cases[$0].incident.state) }
        let people = candidates.map { k in
            IncidentJoining.Person(
                lastPosition: cases[k].lastPosition, lastSeen: cases[k].lastSeen,
                chains: Set(trackIDs(of: cases[k]).compactMap { front.chains.chain(of: $0) }))
        }
        let alertChains = Set(a.tracks.compactMap { front.chains.chain(of: $0) })
        return configuration.joining.join(at: a.lastPosition, time: t, chains: alertChains, people: people).map { candidates[$0] }
    }

    static func describe(_ d: Double) -> String { AlertPolicy<BorderAlertGeometry, Operator>.describe(d) }

    /// Opens an incident (from alert `alert`, or from a field report when nothing was alerted).
    mutating func open(alert: Int?, at t: Double, position: Point, into out: inout StepResult) {
        let scope = configuration.idScope
        opened += 1
        let id = IncidentID(scope.isEmpty ? "I-\(opened)" : "I-\(scope)-\(opened)")
        var file = CaseFile(incident: Incident(id: id, openedAt: t), alert: alert, at: t, position: position)
        file.wasSouth = isInOrSouthOfBand(position)
        cases.append(file)
        if let alert { caseOfAlert[alert] = cases.count - 1 }
        out.events.append(log.event(t: t, incident: id, .incidentOpened))
    }

    /// Feeds `event` to incident `k`'s lifecycle, logs it, and carries out the actions it returns.
    /// A refused event is logged as a note and changes nothing.
    mutating func transition(_ k: Int, _ event: IncidentEvent, at t: Double, into out: inout StepResult) {
        let id = cases[k].incident.id
        let actions: [IncidentAction]
        do { actions = try cases[k].incident.handle(event, at: t) } catch {
            out.events.append(log.event(t: t, incident: id, .note("refused \(event.name.rawValue): \(error)")))
            return
        }
        out.events.append(log.event(t: t, incident: id, .incidentTransition(event)))
        out.actions += actions.map { IncidentActionRequest(incident: id, t: t, action: $0, subject: cases[k].subject) }
        for action in actions {
            switch action {
            case .planGuidance, .replan: cases[k].nextPlanAttempt = t
            case .beginQuestioning:
                if let subject = cases[k].subject { out.commands.append(.question(subject: subject, incident: id)) }
            default: break
            }
        }
        // A person re-acquired after having been assessed is the same person: assess again, so
        // that guidance (which follows assessment) is not forgotten.
        if event.name == .trackReacquired, cases[k].incident.history.contains(where: { $0.event.name == .assessed }) {
            transition(k, .assessed(summary: "re-acquired; assessed before as a person crossing"), at: t, into: &out)
        }
        if event.name == .custodySecured {
            cases[k].due.append((t + configuration.questioningDelay, .question))
            release(team: cases[k].team)
        }
        if case .closed = event { release(team: cases[k].team) }
        if case .handedAcross = event {
            cases[k].proposal = nil
            release(team: cases[k].team)
        }
        if event.name == .crossedBackNorth || event.name == .bodyFound { release(team: cases[k].team) }
    }

    mutating func release(team: String?) {
        guard let team, let j = teams.firstIndex(where: { $0.name == team }) else { return }
        teams[j].incident = nil
    }

    /// What the field reported: custody, contact, casualties, shots, alarms, stated intent.
    mutating func handle(_ report: FieldReport, at t: Double, into out: inout StepResult) {
        switch report {
        case .alarm(let p, let shown):
            policy.recordAlarm(at: t, position: p)
            if shown == .human, let p, console == .guidepost {
                for u in policy.climberSeen(at: p, t: t) { apply(u, into: &out) }
            }
        case .blast(let p):
            // The old console has no such alert: a blast was a radio call, not a pop-up.
            guard console == .guidepost else { return }
            for u in policy.blastHeard(at: p, t: t) { apply(u, into: &out) }
        case .cameraView(let alert, let view):
            let look = looks.finish(alert)
            let again = view.isInconclusive && looks.looks(of: alert) < looks.configuration.maximumLooks
                && policy.alerts.first(where: { $0.alert.id == alert }).map { $0.status == .open || $0.awaitingLook } == true
            policy.noteCamera(view, for: alert, at: t, lookingAgain: again)
            if let look {
                out.events.append(log.event(t: t, .alertLooked(
                    alert: alert, view: view, asked: look.request.asked, started: look.started, sector: sectorName(look.request.sector))))
            }
            if again, let i = policy.alerts.firstIndex(where: { $0.alert.id == alert }) { askLook(i, at: t) }
        case .shots(_, let rounds, let byKPA):
            monitor.observeShots(at: t, rounds: rounds, byKPA: byKPA)
        case .contact(let team, _):
            if let k = cases.firstIndex(where: { $0.team == team && $0.incident.state == .guiding }) {
                transition(k, .contactMade, at: t, into: &out)
            }
        case .custody(let subject, let p, let by, let atSea):
            let k = caseFor(position: p, team: by, at: t, into: &out)
            cases[k].subject = subject
            cases[k].atSea = atSea
            cases[k].lastPosition = p
            transition(k, .custodySecured, at: t, into: &out)
        case .casualty(let subject, let p, let detail):
            let k = caseFor(position: p, team: nil, at: t, into: &out)
            if detail == "mine", let i = policy.alerts.indices.last(where: {
                let a = policy.alerts[$0].alert
                return a.reason == .blastHeard && caseOfAlert[$0] == nil && t - a.t <= configuration.blastCasualtyWindow
                    && Point(x: a.x, y: a.y).distance(to: p) <= configuration.blastCasualtyRadius
            }) {
                cases[k].alerts.append(i)
                caseOfAlert[i] = k
                out.events.append(log.event(t: t, incident: cases[k].incident.id, .note(
                    "alert \(policy.alerts[i].alert.id) joins the incident: the mine blast heard there")))
            }
            cases[k].hurt = true
            cases[k].subject = subject
            transition(k, .casualty(detail: detail), at: t, into: &out)
        case .turnedBack(let p):
            let live = cases.indices.filter { [.tracking, .assessed, .guiding, .lost].contains(cases[$0].incident.state) }
            let people = live.map { k in
                (person: IncidentJoining.Person(lastPosition: cases[k].lastPosition, lastSeen: cases[k].lastSeen), wasSouth: cases[k].wasSouth)
            }
            guard let i = configuration.withdrawal.turnedBack(at: p, time: t, people: people, joining: configuration.joining) else { return }
            out.events.append(log.event(t: t, incident: cases[live[i]].incident.id, .note("a post watching reports the mover turned back north")))
            transition(live[i], .crossedBackNorth, at: t, into: &out)
        case .intentStated(let subject, let intent):
            guard let k = cases.firstIndex(where: { $0.subject == subject && $0.incident.state == .questioning }) else { return }
            transition(k, .intentStated(intent), at: t, into: &out)
            cases[k].due.append((t + (intent == .return ? configuration.repatriationDelay : configuration.handoverDelay), .handOver))
        }
    }

    /// The incident a field report at `p` concerns: the one `team` works on, else the nearest
    /// live one within 1.5 km, else a new one (a walk-in nobody had seen).
    mutating func caseFor(position p: Point, team: String?, at t: Double, into out: inout StepResult) -> Int {
        let live = cases.indices.filter {
            ![.secured, .questioning, .intentConfirmed, .handedOver, .closed, .retreated, .transferred].contains(cases[$0].incident.state)
        }
        if let team, let k = live.first(where: { cases[$0].team == team }) { return k }
        if let k = live.min(by: { cases[$0].lastPosition.distance(to: p) < cases[$1].lastPosition.distance(to: p) }),
            cases[k].lastPosition.distance(to: p) <= 1500
        {
            return k
        }
        open(alert: nil, at: t, position: p, into: &out)
        return cases.count - 1
    }

    /// Follows each incident's tracks: last position, lost, re-acquired, gone back north.
    mutating func followIncidents(_ records: [TrackRecord], at t: Double, into out: inout StepResult) {
        for k in cases.indices {
            guard !cases[k].alerts.isEmpty || !cases[k].chains.isEmpty, cases[k].incident.state != .transferred else { continue }
            let tracks = Set(cases[k].alerts.flatMap { policy.alerts[$0].tracks })
            let chains = cases[k].chains
            if let r = records.last(where: { tracks.contains($0.track) || front.chains.chain(of: $0.track).map(chains.contains) == true }) {
                cases[k].lastSeen = t
                cases[k].lastPosition = r.position
                cases[k].lastDRate = border.line.alongBorder(Point(x: r.x + r.vx, y: r.y + r.vy)).d - border.line.alongBorder(r.position).d
                if cases[k].incident.state == .lost { transition(k, .trackReacquired(track: r.track), at: t, into: &out) }
                if isInOrSouthOfBand(r.position) { cases[k].wasSouth = true }
                let c = border.line.alongBorder(r.position)
                let state = cases[k].incident.state
                if cases[k].wasSouth, c.d > border.band.offsets(at: c.s).northern + configuration.backNorthMargin,
                    [.tracking, .assessed, .guiding, .lost].contains(state)
                {
                    transition(k, .crossedBackNorth, at: t, into: &out)
                } else if let to = neighbour(holding: r.position), [.tracking, .assessed].contains(cases[k].incident.state) {
                    handAcross(k, to: to, r, at: t, into: &out)
                }
                continue
            }
            let quiet = t - cases[k].lastSeen
            let state = cases[k].incident.state
            let limit = state == .guiding ? configuration.lostWhileGuidingAfter : configuration.lostAfter
            if [.tracking, .assessed, .guiding].contains(state), quiet > limit {
                let c = border.line.alongBorder(cases[k].lastPosition)
                if configuration.withdrawal.lostGoingBack(
                    wasSouth: cases[k].wasSouth, d: c.d, dRate: cases[k].lastDRate, northern: border.band.offsets(at: c.s).northern)
                {
                    out.events.append(log.event(t: t, incident: cases[k].incident.id, .note("lost at the MDL heading north: gone back")))
                    transition(k, .crossedBackNorth, at: t, into: &out)
                } else {
                    transition(k, .trackLost, at: t, into: &out)
                }
            }
        }
    }

    func isInOrSouthOfBand(_ p: Point) -> Bool { front.isInOrSouthOfBand(p) }

    /// The timed steps after custody: questioning, handover, and closing a repatriation.
    mutating func runDue(at t: Double, into out: inout StepResult) {
        for k in cases.indices {
            while let i = cases[k].due.indices.min(by: { cases[k].due[$0].t < cases[k].due[$1].t }), cases[k].due[i].t <= t {
                let step = cases[k].due.remove(at: i).step
                switch step {
                case .question:
                    transition(k, .questioningStarted, at: t, into: &out)
                case .handOver:
                    let agency: String =
                        if cases[k].incident.intent == .return { cases[k].atSea ? "repatriation-sea" : "repatriation-panmunjom" }
                        else if cases[k].hurt { "hospital" } else { "protection-centre" }
                    transition(k, .handedOver(agency: agency), at: t, into: &out)
                    if cases[k].incident.intent == .return { cases[k].due.append((t, .close)) }
                case .close:
                    transition(k, .closed(reason: "repatriated"), at: t, into: &out)
                }
            }
        }
    }
}

extension OperationsEngine {
    /// Queues a look at alert `index` for its sector's operators (`LookQueue`); its answer waits for the view.
    mutating func askLook(_ index: Int, at t: Double) {
        let a = policy.alerts[index]
        let sector = border.sectors.firstIndex { $0.s.contains(a.alert.s) } ?? -1
        if looks.ask(a.alert.id, index: index, sector: sector, at: t) { policy.noteLooking(a.alert.id) }
    }

    /// Begins the looks free operators can make at `t`, most urgent alert first: each is a
    /// camera check at the alert's latest position. A look at an alert already answered by
    /// someone else (a person on the console, the unanswered timer) is still made: the view
    /// goes on the record, and a re-raise may need it.
    mutating func startLooks(at t: Double, into out: inout StepResult) {
        guard console == .guidepost else { return }
        let alerts = policy.alerts
        let begun = looks.start(at: t) { x, y in Alert.rankedBefore(alerts[x.index].alert, alerts[y.index].alert) }
        for run in begun {
            out.commands.append(.checkCamera(alert: run.request.alert, at: policy.alerts[run.request.index].lastPosition))
        }
    }

    /// The name of sector `index` of the border (`"outside the sectors"` for −1).
    func sectorName(_ index: Int) -> String {
        border.sectors.indices.contains(index) ? border.sectors[index].name : "outside the sectors"
    }
}
