public import GuidepostCore

extension OperationsEngine {
    /// A person's answer to an alert on the live console, applied now (at the last scan's time):
    /// the decision is logged with who made it, then its effect as the operator model's answer
    /// would have it (an acknowledged or escalated alert opens or joins an incident; a dismissed
    /// one may be re-raised if its track keeps coming). Refused, changing nothing, when the alert
    /// is unknown or already answered, or a dismissal has no reason.
    public mutating func answer(
        _ alert: AlertID, _ answer: OperatorDecision.Answer, by user: String, role: String, reason: String
    ) throws(DecisionError) -> StepResult {
        guard started, lastTime.isFinite else { throw .notStarted }
        let reason = reason.trimmingWhitespace
        if answer == .dismiss, reason.isEmpty { throw .reasonRequired }
        guard answer != .approveDispatch else { throw .unknownAlert(alert) }
        let decision = OperatorDecision(
            by: user, role: role, answer: answer, alert: alert, incident: incident(ofAlert: alert), reason: reason)
        let update = try policy.answer(alert, answer, at: lastTime, reason: decision.summary)
        var out = StepResult()
        out.events.append(log.event(t: lastTime, incident: decision.incident, .decision(decision)))
        apply(update, into: &out)
        return out
    }

    /// The watch commander approves the guidance proposed for incident `id`: the decision is
    /// logged, then the team goes out on the proposed route (`commit`). Refused when nothing is
    /// proposed, or the team was taken meanwhile (the proposal is dropped: a new one follows at
    /// the next plan).
    public mutating func approveDispatch(
        _ id: IncidentID, by user: String, role: String, reason: String = ""
    ) throws(DecisionError) -> StepResult {
        guard started, lastTime.isFinite else { throw .notStarted }
        guard let k = cases.firstIndex(where: { $0.incident.id == id }) else { throw .unknownIncident(id) }
        guard cases[k].incident.state == .assessed, let proposal = cases[k].proposal else {
            throw .nothingProposed(id, state: cases[k].incident.state.rawValue)
        }
        if let j = teams.firstIndex(where: { $0.name == proposal.plan.team }), let other = teams[j].incident, other != id {
            cases[k].proposal = nil
            throw .teamBusy(team: proposal.plan.team, incident: id)
        }
        let decision = OperatorDecision(
            by: user, role: role, answer: .approveDispatch, incident: id, reason: reason.trimmingWhitespace)
        var out = StepResult()
        out.events.append(log.event(t: lastTime, incident: id, .decision(decision)))
        commit(proposal, k, at: lastTime, into: &out)
        return out
    }

    /// Replays a logged decision (a restart re-derives the watch: the feed again, and each
    /// decision applied after the same scan). A decision that no longer applies is an error.
    public mutating func apply(_ decision: OperatorDecision) throws(DecisionError) -> StepResult {
        switch decision.answer {
        case .approveDispatch:
            guard let id = decision.incident else { throw .unknownIncident(IncidentID("")) }
            return try approveDispatch(id, by: decision.by, role: decision.role, reason: decision.reason)
        case .acknowledge, .dismiss, .escalate:
            guard let alert = decision.alert else { throw .unknownAlert(AlertID("")) }
            return try answer(alert, decision.answer, by: decision.by, role: decision.role, reason: decision.reason)
        }
    }

    /// Guidance awaiting the watch commander's approval, by incident.
    public var proposals: [IncidentID: GuidanceProposal] {
        Dictionary(uniqueKeysWithValues: cases.compactMap { c in c.proposal.map { (c.incident.id, $0) } })
    }

    /// The incident alert `id` opened or joined, if any.
    public func incident(ofAlert id: AlertID) -> IncidentID? {
        guard let i = policy.alerts.firstIndex(where: { $0.alert.id == id }), let k = caseOfAlert[i] else { return nil }
        return cases[k].incident.id
    }

    /// The time of the last scan (the watch's clock), nil before the first.
    public var now: Double? { lastTime.isFinite ? lastTime : nil }
}

extension String {
    /// The string without leading and trailing spaces and newlines (no Foundation needed).
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
