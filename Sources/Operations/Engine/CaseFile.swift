import GuidepostCore

/// The engine's working notes on one incident, beside the pure `Incident`: which alert it came
/// from, where the person was last seen, the team and plan, and the clock of what comes next.
/// Not persisted: everything in it is re-derived when a run is replayed.
struct CaseFile: Sendable {
    var incident: Incident
    /// Indices of the alerts in the policy's list that concern this incident (a person re-alerted
    /// after a gap joins the incident already open near them).
    var alerts: [Int]
    /// Chains of tracks (`TrackChains`) the incident follows without an alert of its own: an
    /// incident handed across from a neighbouring sector follows the person's tracks here.
    var chains: Set<Int> = []
    var lastSeen: Double
    var lastPosition: Point
    /// The rate north (m/s, negative southward) of the person's last track report.
    var lastDRate = 0.0
    /// Whether the person has been in or south of the MDL band (so going north again is a retreat).
    var wasSouth = false
    var team: String?
    /// Where the person was when the current plan was made, and when.
    var plannedFrom: Point?
    var plannedAt: Double?
    var nextPlanAttempt: Double
    /// The field's reference of the person once in custody.
    var subject: String?
    var hurt = false
    var atSea = false
    /// Whether the camera showed armed KPA soldiers south of the MDL, and whether they were warned.
    var armedParty = false
    var warned = false
    /// Timed next steps: (due, what).
    var due: [(t: Double, step: Step)] = []
    /// Guidance planned and awaiting the watch commander's approval (`DispatchApproval.commander`).
    var proposal: GuidanceProposal?
    /// Guiding duration: dispatch to custody.
    var dispatchedAt: Double?

    enum Step: Sendable { case question, handOver, close }

    init(incident: Incident, alert: Int?, at t: Double, position: Point) {
        self.incident = incident
        alerts = alert.map { [$0] } ?? []
        lastSeen = t
        lastPosition = position
        nextPlanAttempt = t
    }
}
