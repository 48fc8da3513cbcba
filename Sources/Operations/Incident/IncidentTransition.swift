/// One allowed transition of the incident lifecycle: in state `from`, event `event` moves the
/// incident to `to`. The table below is the single source of truth: `Incident.handle` consults
/// it, the tests check every pair against it, and docs/incident-lifecycle.md is drawn from it.
public struct IncidentTransition: Hashable, Sendable {
    public let from: IncidentState
    public let event: IncidentEventName
    public let to: IncidentState

    public init(_ from: IncidentState, _ event: IncidentEventName, _ to: IncidentState) {
        self.from = from
        self.event = event
        self.to = to
    }

    /// Every allowed transition. Anything else is refused and leaves the incident unchanged.
    public static let table: [IncidentTransition] = [
        // First sighting.
        .init(.detected, .trackConfirmed, .tracking),
        .init(.detected, .assessed, .assessed),  // seen and recognised at once (a walk-up to a GP)
        .init(.detected, .custodySecured, .secured),  // a walk-in found at a door (2012 "knock")
        .init(.detected, .trackLost, .lost),
        .init(.detected, .crossedBackNorth, .retreated),
        .init(.detected, .bodyFound, .bodyRecovered),
        .init(.detected, .casualty, .casualty),  // shots heard and a man down before any track (2017 JSA)
        // Tracking and assessment.
        .init(.tracking, .assessed, .assessed),
        .init(.tracking, .custodySecured, .secured),
        .init(.tracking, .trackLost, .lost),
        .init(.tracking, .crossedBackNorth, .retreated),
        .init(.tracking, .casualty, .casualty),
        .init(.tracking, .bodyFound, .bodyRecovered),
        .init(.assessed, .guidanceDispatched, .guiding),
        .init(.assessed, .custodySecured, .secured),
        .init(.assessed, .trackLost, .lost),
        .init(.assessed, .crossedBackNorth, .retreated),
        .init(.assessed, .casualty, .casualty),
        // The guiding operation.
        .init(.guiding, .contactMade, .guiding),
        .init(.guiding, .custodySecured, .secured),
        .init(.guiding, .trackLost, .lost),
        .init(.guiding, .crossedBackNorth, .retreated),
        .init(.guiding, .casualty, .casualty),
        // Lost: a search, which may find the person again, alive or not.
        .init(.lost, .trackReacquired, .tracking),
        .init(.lost, .custodySecured, .secured),  // 2020-11: found 14 h later by the day search
        .init(.lost, .crossedBackNorth, .retreated),  // 2022-01: seen crossing back north
        .init(.lost, .bodyFound, .bodyRecovered),
        .init(.lost, .closed, .closed),
        // Casualty: evacuation, then custody (2017 JSA).
        .init(.casualty, .custodySecured, .secured),
        .init(.casualty, .bodyFound, .bodyRecovered),
        // After custody.
        .init(.secured, .questioningStarted, .questioning),
        .init(.questioning, .intentStated, .intentConfirmed),
        .init(.intentConfirmed, .handedOver, .handedOver),
        .init(.handedOver, .closed, .closed),
        .init(.retreated, .closed, .closed),
        .init(.bodyRecovered, .closed, .closed),
        // Across a sector boundary (a cluster of sector watches): the person walked into the
        // neighbour's stretch while followed, and its watch takes the incident on; a copy taken
        // on starts tracking (and is assessed again if it had been), and a person who walks back
        // is taken back. A guiding operation is not handed across: the team out keeps its person.
        .init(.tracking, .handedAcross, .transferred),
        .init(.assessed, .handedAcross, .transferred),
        .init(.detected, .receivedAcross, .tracking),
        .init(.transferred, .receivedAcross, .tracking),
    ]

    /// The transition for `event` in `state`, if allowed.
    public static func find(from state: IncidentState, event: IncidentEventName) -> IncidentTransition? {
        table.first { $0.from == state && $0.event == event }
    }
}
