/// Something that happened to an incident, as reported by the engine or an operator.
public enum IncidentEvent: Hashable, Sendable, Codable {
    /// The tracker confirmed a track on the person.
    case trackConfirmed(track: String)
    /// An operator (or the alert policy) judged the track a person crossing, not an animal.
    case assessed(summary: String)
    /// A guidance team was sent along a planned route to a rendezvous.
    case guidanceDispatched(team: String)
    /// The team met the person and identified itself ("We are the ROK Army, we will guide you safely").
    case contactMade
    /// The person is in custody (신병 확보).
    case custodySecured
    case questioningStarted
    /// The person stated what they want.
    case intentStated(Intent)
    /// Handed to the relevant agency (the NIS-led joint interrogation, or the UNC/MOU for a return).
    case handedOver(agency: String)
    case trackLost
    case trackReacquired(track: String)
    case crossedBackNorth
    case casualty(detail: String)
    /// A body was found (the incident ends in recovery).
    case bodyFound
    /// The case is finished; `reason` goes in the record.
    case closed(reason: String)
    /// The person walked well into sector `to`'s stretch: that sector's watch takes the incident on.
    case handedAcross(to: String)
    /// Taken on from sector `from`'s watch (the person walked in from there), or back from it.
    case receivedAcross(from: String)

    /// The event's name without its payload, as used in the transition table.
    public var name: IncidentEventName {
        switch self {
        case .trackConfirmed: .trackConfirmed
        case .assessed: .assessed
        case .guidanceDispatched: .guidanceDispatched
        case .contactMade: .contactMade
        case .custodySecured: .custodySecured
        case .questioningStarted: .questioningStarted
        case .intentStated: .intentStated
        case .handedOver: .handedOver
        case .trackLost: .trackLost
        case .trackReacquired: .trackReacquired
        case .crossedBackNorth: .crossedBackNorth
        case .casualty: .casualty
        case .bodyFound: .bodyFound
        case .closed: .closed
        case .handedAcross: .handedAcross
        case .receivedAcross: .receivedAcross
        }
    }
}

/// An incident event's name, without payload.
public enum IncidentEventName: String, Hashable, Sendable, Codable, CaseIterable {
    case trackConfirmed = "track_confirmed"
    case assessed
    case guidanceDispatched = "guidance_dispatched"
    case contactMade = "contact_made"
    case custodySecured = "custody_secured"
    case questioningStarted = "questioning_started"
    case intentStated = "intent_stated"
    case handedOver = "handed_over"
    case trackLost = "track_lost"
    case trackReacquired = "track_reacquired"
    case crossedBackNorth = "crossed_back_north"
    case casualty
    case bodyFound = "body_found"
    case closed
    case handedAcross = "handed_across"
    case receivedAcross = "received_across"
}
