/// How a watch is being played, for the console's clock controls: live (a feed paced at a
/// speed the watch commander may change) or the replay of a stored run (a time scrubber over
/// the run, a speed, pause). Part of every frame so a console that reconnects shows the same
/// controls in the same state.
public struct Playback: Hashable, Sendable, Codable {
    /// Live or a replay.
    public enum Mode: String, Hashable, Sendable, Codable {
        /// The watch as it happens: people's decisions go to the engine.
        case live
        /// A stored run played again: nothing can be decided, the clock can be moved.
        case replay
    }

    public var mode: Mode
    /// The run being watched or replayed (its id in the store).
    public var run: String
    /// Simulated seconds per wall second; nil when the feed is not paced (as fast as it comes).
    public var speed: Double?
    /// The replay is stopped at `t` (always false live).
    public var paused: Bool
    /// The scrubber's range, seconds since the run's start: the first and last moment a replay
    /// can show (live: nil).
    public var start: Double?
    public var end: Double?

    /// The fastest a console may ask for (simulated seconds per wall second).
    public static let maxSpeed = 10_000.0

    public init(mode: Mode, run: String, speed: Double?, paused: Bool = false, start: Double? = nil, end: Double? = nil) {
        self.mode = mode
        self.run = run
        self.speed = speed
        self.paused = paused
        self.start = start
        self.end = end
    }
}
