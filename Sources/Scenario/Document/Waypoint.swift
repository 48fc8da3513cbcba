/// A point of an actor's route, with how the actor gets there and what it does there.
public struct Waypoint: Hashable, Sendable, Codable {
    /// Where the waypoint is.
    public var at: Position
    /// When the actor should be here (optional; otherwise from speed and distance).
    public var t: TimeReference?
    /// Speed on the leg that ends here, m/s (default by mode: walk ~1 at night).
    public var speed: Double?
    /// How the leg is travelled (default walk).
    public var mode: Mode?
    /// What the leg follows (default open ground).
    public var via: Via?
    /// How long to stay here after arriving.
    public var wait: ScenarioDuration?
    /// Whether the actor lies hidden (in cover, still) while waiting.
    public var hidden: Bool?
    /// What the source says happened here.
    public var note: String?

    /// How a leg is travelled.
    public enum Mode: String, ScenarioTerm, Hashable {
        case walk, run, crawl, wade, swim, float, drive, boat, climb
    }
    /// What a leg follows: guidance keeps people on known paths (domain.md §0 item 3).
    public enum Via: String, ScenarioTerm, Hashable {
        case open, road, path, rail, stream, river, tidalFlat = "tidal-flat", sea, fence, culvert
    }
}
