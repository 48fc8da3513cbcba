public import GuidepostCore

/// Posts, sensors, faults and the people watching the screens.
///
/// `deployment: default` (the shorthand) is the default deployment of the window that
/// Border/Simulation build (GOP fence zones, cameras every 200 m, TODs at GPs; domain.md §8).
/// The mapping form adds listed posts and sensors to it, or replaces it with `default: false`.
public struct Deployment: Hashable, Sendable, Codable {
    /// Include the window's default deployment (default true).
    public var `default`: Bool
    /// Posts listed in addition to the default ones.
    public var posts: [Post]
    /// Sensors listed in addition to the default ones.
    public var sensors: [Sensor]
    /// Equipment faults during the run.
    public var faults: [Fault]
    /// How the control room handles alarms (default attentive).
    public var `operator`: OperatorModel
    /// Nuisance fence alarms per hour per platoon post in calm weather (default 13.3: one every
    /// 4 min 30 s, domain.md §3.2); the simulator scales it up with wind.
    public var nuisanceRate: Double

    /// A deployment; the defaults give `deployment: default`.
    public init(
        default: Bool = true, posts: [Post] = [], sensors: [Sensor] = [], faults: [Fault] = [],
        operator: OperatorModel = OperatorModel(), nuisanceRate: Double = 13.3
    ) {
        self.default = `default`
        self.posts = posts
        self.sensors = sensors
        self.faults = faults
        self.operator = `operator`
        self.nuisanceRate = nuisanceRate
    }

    enum CodingKeys: String, CodingKey {
        case `default`, posts, sensors, faults, `operator`, nuisanceRate = "nuisance_rate"
    }

    public init(from decoder: any Decoder) throws {
        guard let c = try? decoder.container(keyedBy: CodingKeys.self) else {
            let v = try decoder.singleValueContainer()
            let word = try v.decode(String.self)
            guard word == "default" else {
                throw DecodingError.dataCorruptedError(
                    in: v, debugDescription: "write 'deployment: default' or a mapping with posts, sensors, faults")
            }
            self.init()
            return
        }
        self.init(
            default: try c.decodeIfPresent(Bool.self, forKey: .default) ?? true,
            posts: try c.decodeIfPresent([Post].self, forKey: .posts) ?? [],
            sensors: try c.decodeIfPresent([Sensor].self, forKey: .sensors) ?? [],
            faults: try c.decodeIfPresent([Fault].self, forKey: .faults) ?? [],
            operator: try c.decodeIfPresent(OperatorModel.self, forKey: .operator) ?? OperatorModel(),
            nuisanceRate: try c.decodeIfPresent(Double.self, forKey: .nuisanceRate) ?? 13.3)
        guard nuisanceRate >= 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .nuisanceRate, in: c, debugDescription: "a rate cannot be negative")
        }
    }
}

/// A guard post, listed by a scenario in addition to the default ones.
public struct Post: Hashable, Sendable, Codable {
    /// Unique among listed posts.
    public var id: PostID
    public var kind: Kind
    /// `rok` or `kpa` (default rok).
    public var side: Side?
    public var at: Position

    public enum Kind: String, ScenarioTerm, Hashable {
        case gp, gop, platoonPost = "platoon-post", observatory, checkpoint, navy
    }
    public enum Side: String, ScenarioTerm, Hashable { case rok, kpa }
}

/// A sensor listed by a scenario.
public struct Sensor: Hashable, Sendable, Codable {
    /// Unique among listed sensors.
    public var id: SensorID
    /// TOD (`thermal`), `radar`, `fence` or `camera`.
    public var kind: SensorKind
    /// Where it stands; or give `post` to put it on a listed post.
    public var at: Position?
    /// A listed post the sensor stands on.
    public var post: PostID?
    /// Reach for a person in clear weather, metres (default by kind in the simulator).
    public var range: Double?
    /// Direction of the centre of view, degrees clockwise from grid north (default 0).
    public var facing: Double?
    /// Width of the field of regard, degrees (default 360).
    public var arc: Double?
    /// Probability of detecting a person in range per look (default by kind).
    public var pd: Probability?
    /// Whether its video is recorded (default true).
    public var recording: Bool?
}

extension SensorKind: ScenarioTerm {}

/// An equipment fault during the scenario: a sensor, a fence zone or whatever sensor covers a
/// place goes dead, degrades, stops recording or runs with an offset clock.
public struct Fault: Hashable, Sendable, Codable {
    public var kind: Kind
    /// A listed sensor's id.
    public var sensor: SensorID?
    /// A fence zone of the default deployment (e.g. "17").
    public var zone: FenceZoneID?
    /// Any sensor of `sensorKind` covering this place (within `radius`, default 200 m).
    public var at: Position?
    /// Metres around `at` (default 200).
    public var radius: Double?
    /// With `at`: only sensors of this kind (default: all).
    public var sensorKind: SensorKind?
    /// Start and end of the fault (default: the whole scenario).
    public var from: TimeReference?
    /// End of the fault (default: the end of the run).
    public var until: TimeReference?
    /// For `degraded`: the detection probability while degraded.
    public var pd: Probability?
    /// For `clock-offset`: seconds the recorder's clock is off by (positive = ahead).
    public var offset: Double?
    /// Free text: what broke, from the source.
    public var note: String?

    public enum Kind: String, ScenarioTerm, Hashable {
        /// No output at all.
        case dead
        /// Detects with probability `pd` only.
        case degraded
        /// Sees and alarms, but its video is not kept (a replay shows nothing).
        case unrecorded
        /// Sees and records, but raises no event in the control room.
        case noAlarm = "no-alarm"
        /// Its recorder's clock is `offset` seconds off.
        case clockOffset = "clock-offset"
    }

    enum CodingKeys: String, CodingKey {
        case kind, sensor, zone, at, radius, sensorKind = "sensor_kind", from, until, pd, offset, note
    }
}

/// How the control room handles alarms (issue 6): an `attentive` operator acts on every
/// pop-up; an `overloaded` one dismisses some as nuisance, the more so during `distractions`.
public struct OperatorModel: Hashable, Sendable, Codable {
    /// `attentive` or `overloaded`.
    public var model: Kind
    /// Stretches of time when the operator is busy elsewhere.
    public var distractions: [Distraction]

    /// An operator model; attentive and never distracted by default.
    public init(model: Kind = .attentive, distractions: [Distraction] = []) {
        self.model = model
        self.distractions = distractions
    }

    enum CodingKeys: String, CodingKey { case model, distractions }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            model: try c.decodeIfPresent(Kind.self, forKey: .model) ?? .attentive,
            distractions: try c.decodeIfPresent([Distraction].self, forKey: .distractions) ?? [])
    }

    /// The two operator models of issue 6.
    public enum Kind: String, ScenarioTerm, Hashable { case attentive, overloaded }

    /// A stretch of time when the operator is busy elsewhere (reconfiguring screens, on the phone).
    public struct Distraction: Hashable, Sendable, Codable {
        /// Start of the distraction.
        public var from: TimeReference
        /// End of the distraction.
        public var until: TimeReference
        /// What kept the operator busy, from the source.
        public var reason: String?
    }
}
