/// A track's own detection probability per sensor look, estimated from its record: the mean of
/// a Beta posterior whose prior is the configured P_D with weight n₀,
/// P̂_D = (d + n₀ P_D) / (n + n₀) for d detections in n looks, kept within [P_min, P_D]. Only
/// looks up to the track's last detection count: misses since then may mean the target is gone
/// rather than faint, and counting them would slow the deletion of tracks whose target left.
///
/// One P_D for every target overstates it for targets at the edge of a sensor's reach, in
/// vegetation or seen obliquely: each missed look then drives the existence probability down as
/// if the target should have been seen, and real but faintly seen targets lose their tracks.
/// Learning P̂_D per track makes a miss cost what it means for that target (Mušicki & Evans's
/// IPDA takes P_D as known; an unknown P_D per target is the setting of Mahler, Vo & Vo's
/// "CPHD filtering with unknown clutter rate and detection profile", IEEE TSP 2011, which
/// estimates it with Beta distributions as here). The ceiling is the configured P_D (the best
/// case), the floor `P_min` keeps tracks whose sensors keep looking past them mortal.
public struct DetectionRate: Sendable, Equatable {
    /// n₀, looks' worth of weight on the configured P_D.
    public var priorWeight: Double
    /// P_min.
    public var floor: Double

    public init(priorWeight: Double = 2, floor: Double = 0.2) {
        precondition(priorWeight > 0, "the prior weight must be positive")
        precondition(floor > 0 && floor < 1, "the floor must lie in (0, 1)")
        self.priorWeight = priorWeight
        self.floor = floor
    }

    /// P̂_D after `detections` detections in `looks` looks, for configured P_D `configured`.
    @inline(__always)
    public func estimate(detections: Double, looks: Double, configured: Double) -> Double {
        let p = (detections + priorWeight * configured) / (looks + priorWeight)
        return min(max(p, min(floor, configured)), configured)
    }
}
