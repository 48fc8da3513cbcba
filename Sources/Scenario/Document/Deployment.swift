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
