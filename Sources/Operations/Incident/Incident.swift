public import GuidepostCore

/// One incident: a person (or party) seen at the border, from first sighting to a closed case.
///
/// A value type changed only by `handle(_:at:)`, which is pure: it reads no clock and does no
/// I/O; time comes in as a parameter and side effects go out as `IncidentAction`s. Replaying
/// the same events at the same times rebuilds the same incident, which is how the store's
/// append-only log restores state.
public struct Incident: Hashable, Sendable, Codable {
    public let id: IncidentID
    public private(set) var state: IncidentState
    /// Seconds since the scenario's start when the incident was opened.
    public let openedAt: Double
    public private(set) var updatedAt: Double
    public private(set) var track: String?
    public private(set) var intent: Intent?
    public private(set) var agency: String?
    /// Incremented by every accepted event (an optimistic-concurrency token for stores).
    public private(set) var version: Int
    public private(set) var history: [Entry]

    /// One accepted event.
    public struct Entry: Hashable, Sendable, Codable {
        public let t: Double
        public let from: IncidentState
        public let event: IncidentEvent
        public let to: IncidentState
    }

    public init(id: IncidentID, openedAt: Double) {
        self.id = id
        self.state = .detected
        self.openedAt = openedAt
        self.updatedAt = openedAt
        self.version = 0
        self.history = []
    }

    /// Applies `event` at time `t` (seconds since the scenario's start) and returns what the
    /// engine must do. An event the lifecycle does not allow in the current state, or one
    /// earlier than the last accepted event, throws and leaves the incident unchanged.
    public mutating func handle(_ event: IncidentEvent, at t: Double) throws(IncidentError) -> [IncidentAction] {
        guard t >= updatedAt else { throw .eventBeforeLastTransition(at: t, last: updatedAt) }
        guard let transition = IncidentTransition.find(from: state, event: event.name) else {
            throw .transitionNotAllowed(from: state, event: event.name)
        }
        let actions = Self.actions(for: event, transition: transition)
        switch event {
        case .trackConfirmed(let id), .trackReacquired(let id): track = id
        case .intentStated(let stated): intent = stated
        case .handedOver(let to): agency = to
        default: break
        }
        history.append(Entry(t: t, from: state, event: event, to: transition.to))
        state = transition.to
        updatedAt = t
        version += 1
        return actions
    }

    /// The actions a transition asks for.
    static func actions(for event: IncidentEvent, transition: IncidentTransition) -> [IncidentAction] {
        switch (event, transition.to) {
        case (.trackConfirmed, _): return [.notifyCommand(level: 3)]
        case (.assessed, _): return [.notifyCommand(level: 2), .planGuidance]
        case (.guidanceDispatched, _), (.contactMade, _): return []
        case (.custodySecured, _): return [.notifyCommand(level: 3), .notifyUNC, .draftPressStatement]
        case (.questioningStarted, _): return [.beginQuestioning]
        case (.intentStated(let intent), _): return [.openCasework(intent)]
        case (.handedOver(let agency), _): return [.handOver(agency: agency)]
        case (.trackLost, _): return [.notifyCommand(level: 2), .searchLastKnownPosition]
        case (.trackReacquired, _): return [.replan]
        case (.crossedBackNorth, _): return [.notifyCommand(level: 3)]
        case (.casualty, _): return [.requestMedevac, .notifyCommand(level: 1)]
        case (.bodyFound, _): return [.notifyCommand(level: 3), .notifyUNC]
        case (.closed, _): return [.writeAfterActionReport]
        case (.handedAcross, _): return []
        case (.receivedAcross, _): return [.notifyCommand(level: 3)]
        }
    }

    /// Rebuilds an incident by replaying its accepted events in order.
    public static func replay(id: IncidentID, openedAt: Double, events: [(t: Double, event: IncidentEvent)])
        throws(IncidentError) -> Incident
    {
        var incident = Incident(id: id, openedAt: openedAt)
        for (t, event) in events { _ = try incident.handle(event, at: t) }
        return incident
    }
}
