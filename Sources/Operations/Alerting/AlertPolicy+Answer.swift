public import GuidepostCore

extension AlertPolicy {
    /// A person's answer to alert `id` at `t` (the live console): settles it as the operator
    /// model's answer would, and drops the model's answer still due for it. Only an alert still
    /// open, or re-raised and awaiting its look, takes an answer; for any other the error says
    /// where it stands.
    public mutating func answer(
        _ id: AlertID, _ answer: OperatorDecision.Answer, at t: Double, reason: String
    ) throws(DecisionError) -> AlertUpdate {
        guard let i = alerts.firstIndex(where: { $0.alert.id == id }) else { throw .unknownAlert(id) }
        let awaitingLook = alerts[i].reRaise != nil
        guard answer != .approveDispatch else { throw .unknownAlert(id) }
        guard alerts[i].status == .open || awaitingLook else {
            throw .alreadyAnswered(id, status: alerts[i].status.rawValue)
        }
        pending.removeAll { $0.index == i }
        alerts[i].reRaise = nil
        let status: TrackedAlert.Status
        switch answer {
        case .acknowledge: status = .acknowledged
        case .dismiss:
            status = .dismissed
            dismissed(i)
        case .escalate, .approveDispatch: status = .escalated
        }
        return settle(i, status, at: t, reason: reason)
    }
}
