/// A change to how a watch is played (`WatchControl.playback`): the console's speed control on
/// a live watch, and the scrubber, pause and speed of a replay.
public enum PlaybackCommand: Hashable, Sendable {
    /// Simulated seconds per wall second from now on (a positive, finite number).
    case speed(Double)
    /// Stops a replay where it is.
    case pause
    /// Plays a replay on from where it is.
    case resume
    /// Moves a replay to the last moment at or before `t` (seconds since the run's start).
    case seek(Double)
}
