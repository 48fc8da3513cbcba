public import Operations

/// A synchronous field channel (the simulator, `SimulatedField`) as the watch's feed: its scans
/// passed on as they are and the engine's commands carried out by it, so a watch over the
/// simulator plays and logs exactly as before the feed port was asynchronous.
public final class FieldChannelFeed<Field: FieldChannel>: WatchFeed {
    /// The channel behind the feed (the simulator, for the outcome and the truth).
    public private(set) var field: Field
    public private(set) var health = FeedHealth()

    /// The feed over `field`.
    public init(_ field: sending Field) {
        self.field = field
    }

    public func nextScan(isolation: isolated (any Actor)? = #isolation) async -> FieldScan? {
        guard let scan = field.nextScan() else { return nil }
        health.scans += 1
        health.detections += scan.detections.count
        return scan
    }

    public func carryOut(_ command: FieldCommand) {
        health.orders += 1
        field.carryOut(command)
    }
}
