import Border
import GuidepostCore

/// Hand-over across a sector boundary (issue 20): in a cluster each sector's engine answers for
/// its own stretch of the MDL and is fed an apron of its neighbours'. A person whose incident
/// this engine follows and who walks `adoptWithin` metres into a neighbour's stretch is handed
/// to that neighbour's engine (`IncidentHandover`, logged), which takes the incident on under the
/// same id when its watch reads the hand-over from the shared log (`adopt`). A guiding operation
/// is not handed across: the sector whose team is out keeps its person.
extension OperationsEngine {
    /// The neighbouring sector whose stretch `p` lies `adoptWithin` metres inside; nil inside
    /// the own stretch's margin, past the line's ends, and outside a cluster.
    func neighbour(holding p: Point) -> String? {
        guard let stretch = configuration.ownStretch else { return nil }
        let s = border.line.alongBorder(p).s
        if s < stretch.lowerBound - configuration.adoptWithin { return configuration.sectorBelow }
        if s > stretch.upperBound + configuration.adoptWithin { return configuration.sectorAbove }
        return nil
    }

    /// Hands incident `k`, whose person track report `r` places well inside sector `to`, over
    /// to that sector's watch: logs what it needs, and this copy becomes `transferred`.
    mutating func handAcross(_ k: Int, to: String, _ r: TrackRecord, at t: Double, into out: inout StepResult) {
        let incident = cases[k].incident
        let assessment = incident.history.last { $0.event.name == .assessed }.flatMap { entry -> String? in
            if case .assessed(let summary) = entry.event { summary } else { nil }
        }
        let handover = IncidentHandover(
            incident: incident.id, from: configuration.sector ?? configuration.idScope, to: to, t: t, openedAt: incident.openedAt,
            x: r.x, y: r.y, vx: r.vx, vy: r.vy, wasSouth: cases[k].wasSouth, assessment: assessment)
        out.events.append(log.event(t: t, incident: incident.id, .incidentHandedAcross(handover)))
        transition(k, .handedAcross(to: to), at: t, into: &out)
    }

    /// Takes on an incident a neighbouring sector handed across to this one, at the last scan's
    /// time: the same id, followed on this engine's track of the person (the chain last seen
    /// nearest where they would be by now), assessed again if it had been (so this sector plans
    /// its own guidance). An incident already taken on, or one handed to another sector, changes
    /// nothing; a person handed back is taken back on the copy this engine handed across.
    /// Deterministic: the same hand-over after the same scans gives the same events.
    public mutating func adopt(_ handover: IncidentHandover) -> StepResult {
        var out = StepResult()
        guard started, lastTime.isFinite, handover.to == (configuration.sector ?? configuration.idScope) else { return out }
        let t = lastTime
        let k: Int
        if let known = cases.firstIndex(where: { $0.incident.id == handover.incident }) {
            guard cases[known].incident.state == .transferred else { return out }
            k = known
            cases[k].lastSeen = handover.t
            cases[k].lastPosition = handover.position
            cases[k].wasSouth = cases[k].wasSouth || handover.wasSouth
            cases[k].nextPlanAttempt = t
        } else {
            var file = CaseFile(
                incident: Incident(id: handover.incident, openedAt: handover.openedAt), alert: nil, at: handover.t,
                position: handover.position)
            file.wasSouth = handover.wasSouth
            file.nextPlanAttempt = t
            cases.append(file)
            k = cases.count - 1
        }
        let gap = t - handover.t
        let reach = configuration.joining.reach(after: gap)
        if let chain = front.chains.nearest(to: handover.predicted(at: t), radius: reach, at: t, within: max(gap, 0) + 60) {
            cases[k].chains.insert(chain)
            front.adopt(chain: chain)
        }
        out.events.append(log.event(t: t, incident: handover.incident, .incidentAdopted(handover)))
        transition(k, .receivedAcross(from: handover.from), at: t, into: &out)
        if let assessment = handover.assessment {
            transition(k, .assessed(summary: "assessed in sector \(handover.from): \(assessment)"), at: t, into: &out)
        }
        // This engine's alerts on the person's tracks, not yet part of an incident, join it.
        for index in policy.alerts.indices where caseOfAlert[index] == nil {
            attachToAdopted(index, at: t, into: &out)
        }
        return out
    }

    /// Joins alert `index` to the live incident taken on from a neighbour whose chain of tracks
    /// the alert's track belongs to (the operator answers it as part of that incident).
    mutating func attachToAdopted(_ index: Int, at t: Double, into out: inout StepResult) {
        guard caseOfAlert[index] == nil else { return }
        let chains = Set(policy.alerts[index].tracks.compactMap { front.chains.chain(of: $0) })
        guard !chains.isEmpty,
            let k = cases.indices.first(where: {
                !cases[$0].chains.isDisjoint(with: chains) && [.tracking, .assessed, .guiding, .lost].contains(cases[$0].incident.state)
            })
        else { return }
        cases[k].alerts.append(index)
        caseOfAlert[index] = k
        out.events.append(log.event(t: t, incident: cases[k].incident.id, .note(
            "alert \(policy.alerts[index].alert.id) joins the incident: the person taken on from the neighbouring sector")))
    }
}
