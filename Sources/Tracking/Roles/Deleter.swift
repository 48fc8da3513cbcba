/// Decides when a track should end (Stone Soup's `Deleter`).
public protocol Deleter: Sendable {
    func shouldDelete(_ track: TrackSummary) -> Bool
}

/// What a deleter or classifier may look at: a track's bookkeeping without its filter type.
public struct TrackSummary: Sendable, Equatable {
    public var state: GaussianState
    /// Probability that the target exists.
    public var existence: Double
    public var isConfirmed: Bool
    /// Consecutive scans without a detection.
    public var consecutiveMisses: Int
    /// Scans with a detection, in all.
    public var hits: Int
    /// Time of the last detection.
    public var lastUpdate: Double

    public init(
        state: GaussianState, existence: Double, isConfirmed: Bool, consecutiveMisses: Int, hits: Int,
        lastUpdate: Double
    ) {
        self.state = state
        self.existence = existence
        self.isConfirmed = isConfirmed
        self.consecutiveMisses = consecutiveMisses
        self.hits = hits
        self.lastUpdate = lastUpdate
    }
}
