import GuidepostCore

/// Deletes a track whose existence probability has fallen below a threshold, a tentative track
/// missed `tentativeMisses` scans running, or any track whose position uncertainty has grown
/// past use.
public struct ExistenceDeleter: Deleter {
    /// Tentative tracks below this r are dropped.
    public var tentativeThreshold: Double
    /// Tentative tracks missed this many scans in a row are dropped.
    public var tentativeMisses: Int
    /// Confirmed tracks below this r are dropped.
    public var confirmedThreshold: Double
    /// Largest tolerated trace of the position covariance, m².
    public var maximumPositionVariance: Double

    public init(
        tentativeThreshold: Double = 1e-5, tentativeMisses: Int = 2, confirmedThreshold: Double = 0.05,
        maximumPositionVariance: Double = 200 * 200
    ) {
        self.tentativeThreshold = tentativeThreshold
        self.tentativeMisses = tentativeMisses
        self.confirmedThreshold = confirmedThreshold
        self.maximumPositionVariance = maximumPositionVariance
    }

    public func shouldDelete(_ track: TrackSummary) -> Bool {
        if track.state.positionCovariance.trace > maximumPositionVariance { return true }
        if track.isConfirmed { return track.existence < confirmedThreshold }
        return track.existence < tentativeThreshold || track.consecutiveMisses >= tentativeMisses
    }
}
