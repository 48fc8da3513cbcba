import GuidepostCore

/// Deletes a track whose existence probability has fallen below a threshold (stricter for
/// tentative tracks), or whose position uncertainty has grown past use.
public struct ExistenceDeleter: Deleter {
    /// Tentative tracks below this r are dropped.
    public var tentativeThreshold: Double
    /// Confirmed tracks below this r are dropped.
    public var confirmedThreshold: Double
    /// Largest tolerated trace of the position covariance, m².
    public var maximumPositionVariance: Double

    public init(tentativeThreshold: Double = 0.05, confirmedThreshold: Double = 0.02, maximumPositionVariance: Double = 200 * 200) {
        self.tentativeThreshold = tentativeThreshold
        self.confirmedThreshold = confirmedThreshold
        self.maximumPositionVariance = maximumPositionVariance
    }

    public func shouldDelete(_ track: TrackSummary) -> Bool {
        if track.state.positionCovariance.trace > maximumPositionVariance { return true }
        return track.existence < (track.isConfirmed ? confirmedThreshold : tentativeThreshold)
    }
}
