public import GuidepostCore

/// Someone or something that moves in the scenario: a person crossing, a KPA patrol, search or
/// work party, a ROK guidance team, animals, vehicles.
///
/// An actor follows its `route` (waypoints) and reacts according to its `behaviours`. Actors
/// with no route (animals, mostly) are scattered over `area` (default: the window) and wander.
public struct Actor: Hashable, Sendable, Codable {
    /// Unique within the scenario; behaviours and expected outcomes refer to it.
    public var id: ActorID
    /// What the actor is, which decides how the simulator moves it.
    public var kind: Kind
    /// How many move together as one group (default 1).
    public var count: Int?
    /// How many such groups, each placed and moving independently (default 1). More than one
    /// only for actors with no route, scattered over `area`: `groups: 300, count: 4` is 300
    /// sounders of four boar.
    public var groups: Int?
    /// For persons: `soldier` or `civilian`.
    public var status: Status?
    /// Carries a weapon (default false).
    public var armed: Bool?
    /// For persons: what they will say when questioned (`defect`, `return`), or `stray`/`unknown`.
    public var intent: Intent?
    /// For animals: `wild-boar`, `water-deer`, `roe-deer`, `bird`.
    public var species: Species?
    /// When the actor enters the scenario (default: the start).
    public var appears: TimeReference?
    /// Where the actor goes, in order.
    public var route: [Waypoint]?
    /// How the actor reacts besides following its route.
    public var behaviours: [Behaviour]?
    /// Where a group with no route is scattered: a polygon (default: the window).
    public var area: [Position]?
    /// Facts this actor stands for, with their source.
    public var note: String?

    /// Individuals in all groups: `groups × count` (saturating at `Int.max`, so a document built
    /// in code with absurd numbers cannot trap here; the loader refuses them, docs/limits.md).
    public var individuals: Int {
        let (n, overflow) = (groups ?? 1).multipliedReportingOverflow(by: count ?? 1)
        return overflow ? Int.max : n
    }

    /// The kinds of actor the simulator knows (issue 3).
    public enum Kind: String, ScenarioTerm, Hashable {
        case person
        case kpaPatrol = "kpa-patrol"
        case kpaSearchParty = "kpa-search-party"
        case kpaWorkParty = "kpa-work-party"
        case rokGuidanceTeam = "rok-guidance-team"
        case rokReactionTeam = "rok-reaction-team"
        case rokNavy = "rok-navy"
        case animal
        case vehicle
    }

    /// Whether a person is a soldier or a civilian (reports name it).
    public enum Status: String, ScenarioTerm, Hashable { case soldier, civilian }
    /// What a person wants, revealed only at questioning.
    public enum Intent: String, ScenarioTerm, Hashable { case defect, `return`, stray, unknown }
    /// Animals that set off sensors (domain.md §2 Wildlife).
    public enum Species: String, ScenarioTerm, Hashable {
        case wildBoar = "wild-boar", waterDeer = "water-deer", roeDeer = "roe-deer", bird
    }
}
