public import Operations

/// The watch's feed port: what `WatchSession` plays through the engine, whatever is behind it —
/// the simulator (`FieldChannelFeed`), a stored run replayed from a file, or a live detection
/// stream (`DetectionFeed` over a socket or standard input). The engine cannot tell them apart.
///
/// `Operations.FieldChannel` is synchronous: the simulator always has its next scan. A live feed
/// must wait for lines, so this port is asynchronous. It is a class bound to its caller's
/// isolation (the watch's actor passes itself as `isolation`), so a feed need not be `Sendable`:
/// the actor owns it and calls it on its own executor.
public protocol WatchFeed: AnyObject {
    /// The next scan, in time order, waiting for it as long as it takes; nil when the feed has
    /// ended (a file or standard input at its end; never for a listener until it is cancelled).
    /// Runs on `isolation`, the caller's actor.
    func nextScan(isolation: isolated (any Actor)?) async -> FieldScan?
    /// Carries out `command` (the simulator acts on it; a live deployment records it as an order
    /// for the radios).
    func carryOut(_ command: FieldCommand)
    /// What the feed has read, refused and dropped so far, and its last problem.
    var health: FeedHealth { get }
}
