/// One sector's watch as an instance runs it: what the console sees of it, and the loop that
/// plays it to its end. Built by the composition root for a lease it holds (the log fenced by
/// that lease), so that a watch of a sector lost to another instance writes nothing more.
public struct SectorWatch: Sendable {
    /// The sector's watch as the console sees it (`WatchSession`).
    public let control: any WatchControl
    /// Plays the watch to the feed's end; returns early when its task is cancelled.
    public let play: @Sendable () async throws -> Void

    public init(control: any WatchControl, play: @escaping @Sendable () async throws -> Void) {
        self.control = control
        self.play = play
    }
}
