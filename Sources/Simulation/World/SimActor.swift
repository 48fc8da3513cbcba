public import GuidepostCore
public import Scenario

/// One moving thing in a run: a person, a group moving together, an animal group or a vehicle,
/// with its motion state and the triggers it has seen. Plain data; the engine moves it.
public struct SimActor: Sendable {
    /// What moves it.
    public enum Motion: Sendable {
        /// Follows a scheduled route on its own route clock.
        case route
        /// Wanders around a home point (animals, a search party), in (s, d) coordinates.
        case wander(CorrelatedRandomWalk)
        /// Walks towards another actor (guide, pursue, escort), at a speed, stopping short by `standoff`.
        case follow(target: Int, speed: Double, standoff: Double)
        /// Stays where it is.
        case still
        /// A ROK search: a line abreast sweeping an expanding spiral around a point.
        case sweep(SearchSweep)
    }

    /// Truth id: the scenario id, or `id-k` for group k of several.
    public let name: String
    public let actor: ActorID
    public let kind: Actor.Kind
    public let species: Actor.Species?
    public let count: Int
    public let targetClass: TargetClass
    /// When it enters, seconds.
    public internal(set) var appears: Double
    public var route: TimedRoute?
    /// The actor's own route clock (pauses while it hides by day or is held).
    public var routeClock: Double
    public var motion: Motion
    /// Activity pattern for wandering.
    public var schedule: MovementSchedule
    public var position: Point
    public var velocity: Vector2 = .zero
    public var mode: Waypoint.Mode = .walk
    public var via: Waypoint.Via = .open
    public var hidden = false
    public var present = false
    /// Along-border coordinate (kept for fence crossings), updated when the actor moves.
    public var d: Double = 0
    public var s: Double = 0
    /// The behaviours of its scenario actor.
    public let behaviours: [Behaviour]
    /// Set once the actor has been seen by any sensor.
    public var detected = false
    /// Triggers already fired (by raw value), so each fires once.
    public var fired: Set<String> = []
    /// Whether it is in custody (then it walks with its team).
    public var inCustody = false
    /// Random stream of this actor.
    public var rng: SeededGenerator

    init(
        name: String, actor: ActorID, kind: Actor.Kind, species: Actor.Species?, count: Int, appears: Double,
        route: TimedRoute?, motion: Motion, schedule: MovementSchedule, position: Point, behaviours: [Behaviour],
        rng: SeededGenerator
    ) {
        self.name = name
        self.actor = actor
        self.kind = kind
        self.species = species
        self.count = count
        switch kind {
        case .animal: targetClass = .animal
        case .vehicle, .rokNavy: targetClass = .vehicle
        default: targetClass = .human
        }
        self.appears = appears
        self.route = route
        routeClock = appears
        self.motion = motion
        self.schedule = schedule
        self.position = position
        self.behaviours = behaviours
        self.rng = rng
    }

    /// How sensors perceive it now.
    public var profile: ActorProfile {
        switch kind {
        case .animal: return .animal(species ?? .wildBoar, count: count)
        case .vehicle: return .vehicle
        case .rokNavy: return ActorProfile(thermalArea: 20, radarCrossSection: 100, height: 4)
        default: return .person(mode: mode, hidden: hidden, count: count)
        }
    }

    /// The behaviour of `kind`, if it has one.
    public func behaviour(_ kind: Behaviour.Kind) -> Behaviour? { behaviours.first { $0.kind == kind } }

    /// Whether it belongs to the KPA (for shots).
    public var isKPA: Bool { kind == .kpaPatrol || kind == .kpaSearchParty || kind == .kpaWorkParty }
    /// ROK teams and boats: the operator's own (the blue-force picture).
    public var isROK: Bool { kind == .rokGuidanceTeam || kind == .rokReactionTeam || kind == .rokNavy }
    /// Its role on truth lines: set for ROK units only (scorers never count them as crossers).
    public var truthRole: TruthRole? {
        switch kind {
        case .rokGuidanceTeam: .rokGuidanceTeam
        case .rokReactionTeam: .rokReactionTeam
        case .rokNavy: .rokNavy
        default: nil
        }
    }
}
