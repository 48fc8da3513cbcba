public import GuidepostCore

/// A reactive rule an actor follows besides its route, tagged by `kind`. Each kind takes only
/// the fields listed for it in docs/scenarios.md; any other field is an unknown-field error.
public struct Behaviour: Hashable, Sendable, Codable {
    /// Which rule this is; it decides which other fields apply.
    public var kind: Kind
    /// Another actor this rule is about (pursued, guided, escorted, fired at).
    public var target: ActorID?
    /// What sets the rule off.
    public var on: Trigger?
    /// Delay after the trigger or after the target appears.
    public var delay: ScenarioDuration?
    /// Stop this many metres short (a pursuer that will not come closer to a ROK post), metres.
    public var standoff: Double?
    /// When the rule starts to apply (default: from the start).
    public var from: TimeReference?
    /// When it stops applying (default: to the end).
    public var until: TimeReference?
    /// Centre of a search.
    public var at: Position?
    /// Radius of a search, metres.
    public var radius: Double?
    /// Rounds fired.
    public var rounds: Int?
    /// Fire aimed to warn, not to hit.
    public var warning: Bool?
    /// Probability that the person complies with the guidance team's instructions.
    public var comply: Probability?
    /// Words spoken or broadcast.
    public var message: String?
    /// For animals: `nocturnal`, `diurnal` or `any`.
    public var activity: Activity?

    /// The rules the simulator knows.
    public enum Kind: String, ScenarioTerm, Hashable {
        case hideByDay = "hide-by-day"
        case respondToGuidance = "respond-to-guidance"
        case turnBack = "turn-back"
        case retreat, pursue, search, patrol, fire, guide, broadcast, wander, escort
        /// A person gives themself up where they stand (knocks on a barracks door, walks up to a
        /// sentry) at `from`, or at the end of their route.
        case surrender

        /// Fields this kind accepts besides `kind`, and which of them are required.
        var fields: (required: [CodingKeys], optional: [CodingKeys]) {
            switch self {
            case .hideByDay: return ([], [.from, .until])
            case .respondToGuidance: return ([], [.comply])
            case .turnBack, .retreat: return ([.on], [.delay])
            case .pursue: return ([.target], [.delay, .standoff, .until])
            case .search: return ([.at], [.radius, .from, .until])
            case .patrol: return ([], [.from, .until])
            case .fire: return ([.rounds], [.target, .warning, .from, .until])
            case .guide: return ([.target], [.from, .message])
            case .broadcast: return ([.from], [.message])
            case .wander: return ([], [.activity])
            case .escort: return ([.target], [.from])
            case .surrender: return ([], [.from])
            }
        }
    }

    /// Events that set off `turn-back` and `retreat`.
    public enum Trigger: String, ScenarioTerm, Hashable {
        case detected, approached, guidance
        case warningBroadcast = "warning-broadcast"
        case warningShots = "warning-shots"
    }

    /// When animals move (boar are ~88 % nocturnal, domain.md §2).
    public enum Activity: String, ScenarioTerm, Hashable { case nocturnal, diurnal, any }

    enum CodingKeys: String, CodingKey {
        case kind, target, on, delay, standoff, from, until, at, radius, rounds, warning, comply, message, activity
    }

    /// A behaviour of `kind` with no fields set.
    public init(kind: Kind) { self.kind = kind }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        let (required, optional) = kind.fields
        for key in required where !c.contains(key) {
            throw DecodingError.keyNotFound(
                key,
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "a '\(kind.rawValue)' behaviour needs '\(key.stringValue)'"))
        }
        for key in required + optional {
            switch key {
            case .target: target = try c.decodeIfPresent(ActorID.self, forKey: key)
            case .on: on = try c.decodeIfPresent(Trigger.self, forKey: key)
            case .delay: delay = try c.decodeIfPresent(ScenarioDuration.self, forKey: key)
            case .standoff: standoff = try c.decodeIfPresent(Double.self, forKey: key)
            case .from: from = try c.decodeIfPresent(TimeReference.self, forKey: key)
            case .until: until = try c.decodeIfPresent(TimeReference.self, forKey: key)
            case .at: at = try c.decodeIfPresent(Position.self, forKey: key)
            case .radius: radius = try c.decodeIfPresent(Double.self, forKey: key)
            case .rounds: rounds = try c.decodeIfPresent(Int.self, forKey: key)
            case .warning: warning = try c.decodeIfPresent(Bool.self, forKey: key)
            case .comply: comply = try c.decodeIfPresent(Probability.self, forKey: key)
            case .message: message = try c.decodeIfPresent(String.self, forKey: key)
            case .activity: activity = try c.decodeIfPresent(Activity.self, forKey: key)
            case .kind: break
            }
        }
        if let rounds, rounds < 0 {
            throw DecodingError.dataCorruptedError(
                forKey: .rounds, in: c, debugDescription: "rounds cannot be negative")
        }
    }
}
