public import GuidepostCore

/// What must come out of running the scenario, so that each scenario is also a test
/// (DESIGN.md, Scenarios). Every field is optional; a field left out is not checked.
public struct ExpectedOutcome: Hashable, Sendable, Codable {
    /// The incident's last state (issue 6's state machine).
    public var finalState: IncidentState?
    /// The intent the questioning confirms.
    public var intent: Actor.Intent?
    /// Whether any sensor detects the crosser at all (false for the 2012 walk-in).
    public var detected: Bool?
    /// When and how the crosser is first detected.
    public var firstDetection: DetectionWindow?
    /// When custody is secured.
    public var custody: TimeWindow?
    /// Other states the incident must pass through, each within a window.
    public var milestones: [Milestone]?
    /// Rounds fired by each side.
    public var shots: Shots?
    /// Alarm events the operator dismisses as nuisance.
    public var alertsDismissed: CountRange?
    /// What becomes of each named actor.
    public var actors: [ActorOutcome]?
    /// Which reports go out.
    public var reports: Reports?
    /// Where the person is handed over.
    public var handover: Handover?
    /// Free text for the reader.
    public var note: String?

    enum CodingKeys: String, CodingKey {
        case finalState = "final_state", intent, detected, firstDetection = "first_detection", custody, milestones
        case shots, alertsDismissed = "alerts_dismissed", actors, reports, handover, note
    }

    /// The states of the incident state machine (issue 6).
    public enum IncidentState: String, ScenarioTerm, Hashable {
        case detected, tracking, assessed, guiding, secured, questioning
        case intentConfirmed = "intent-confirmed"
        case handedOver = "handed-over"
        case closed, lost, retreated, casualty
        case bodyRecovered = "body-recovered"
    }

    /// Where custody ends (domain.md §5).
    public enum Handover: String, ScenarioTerm, Hashable {
        case protectionCentre = "protection-centre"
        case hospital
        case repatriationSea = "repatriation-sea"
        case repatriationPanmunjom = "repatriation-panmunjom"
        case none
    }

    /// An interval of time, earliest ≤ latest.
    public struct TimeWindow: Hashable, Sendable, Codable {
        public var earliest: TimeReference
        public var latest: TimeReference
    }

    /// When and how the first detection must happen.
    public struct DetectionWindow: Hashable, Sendable, Codable {
        public var earliest: TimeReference
        public var latest: TimeReference
        /// Sensor kinds, any of which may make the first detection.
        public var by: [SensorKind]?
        /// Whether the first detection lies north of the MDL.
        public var northOfMDL: Bool?

        enum CodingKeys: String, CodingKey { case earliest, latest, by, northOfMDL = "north_of_mdl" }
    }

    /// A state the incident must reach within a window.
    public struct Milestone: Hashable, Sendable, Codable {
        public var state: IncidentState
        public var earliest: TimeReference
        public var latest: TimeReference
    }

    /// Rounds fired by each side.
    public struct Shots: Hashable, Sendable, Codable {
        /// Rounds fired by ROK forces.
        public var rok: CountRange?
        /// Rounds fired by KPA forces.
        public var kpa: CountRange?
    }

    /// What must become of one actor.
    public struct ActorOutcome: Hashable, Sendable, Codable {
        public var actor: ActorID
        public var outcome: Fate
    }

    /// What can become of an actor.
    public enum Fate: String, ScenarioTerm, Hashable {
        case custody, crossed, retreated, lost, wounded, dead, repatriated
        case returnedNorth = "returned-north"
        case notSeen = "not-seen"
    }

    /// Which reports must go out (domain.md §5.1).
    public struct Reports: Hashable, Sendable, Codable {
        public var pressStatement: Bool?
        public var uncNotification: Bool?

        enum CodingKeys: String, CodingKey {
            case pressStatement = "press_statement", uncNotification = "unc_notification"
        }
    }
}
