import RealModule

/// How much targets' detection probabilities differ from their sensor's, learnt from the
/// confirmed tracks' records, so that each track's own P̂_D (`DetectionRate`) leans on its sensor's
/// P̂_s as much as the population warrants.
///
/// `DetectionRate` shrinks a track's d detections in n looks towards its sensor's P̂_s with a prior
/// worth n₀ looks. If every target is seen alike (Stone Soup's simulators), n₀ should be large: a
/// track's own record is only noise around P̂_s, and that noise, through the existence update,
/// keeps tracks of dead targets alive and cuts live ones short. If targets differ (a patrol in the
/// open, another in the trees, one at a TOD's limit), n₀ should be small. Taking each track's P_D
/// as drawn from a Beta distribution of mean P̂_s (the beta-binomial model), n₀ = 1/ρ − 1 for the
/// intra-track correlation ρ, estimated by moments: E[(d − e)² − v] = ρ v (n − 1), with e the
/// expected detections and v = e(1 − e/n) their binomial variance. A track's first and last
/// detections are left out (its record starts and, for `DetectionRate`, ends at a detection, so they
/// are not random). Tracks contribute while confirmed and, faded, after they end; the prior is
/// `priorWeight` with the evidence of `priorEvidence` in units of Σ v(n − 1). The moments count
/// any error in P̂_s as spread too (an early P̂_s still mostly its prior, tracks confirmed because
/// they were seen often), so n₀ errs low, towards trusting each track's own record.
/// - Complexity: O(T) per estimate for T live confirmed tracks; O(1) memory.
public struct DetectionRateDispersion: Sendable, Equatable {
    /// n₀ before anything is learnt.
    public var priorWeight: Double
    /// The prior's worth, in units of Σ v (n − 1) (a track of 20 free looks at P_D 0.8 is worth 61).
    public var priorEvidence: Double
    /// The range n₀ is kept in.
    public var floor: Double, ceiling: Double
    /// Free looks (looks less the first and last detection) a track needs to count.
    public var minimumLooks: Double
    /// Seconds of feed time after which an ended track's record counts half.
    public var halfLife: Double

    private var endedTotals = FadedTotals()

    public init(
        priorWeight: Double = 2, priorEvidence: Double = 200, floor: Double = 2, ceiling: Double = 200,
        minimumLooks: Double = 8, halfLife: Double = 3_600
    ) {
        precondition(priorWeight > 0 && priorEvidence > 0, "the prior must be positive")
        precondition(floor > 0 && floor <= ceiling, "the range must be positive and ordered")
        self.priorWeight = priorWeight
        self.priorEvidence = priorEvidence
        self.floor = floor
        self.ceiling = ceiling
        self.minimumLooks = minimumLooks
        self.halfLife = halfLife
    }

    /// One track's moment terms: (d − e)² − v and v (n − 1) over its free looks; nil if it has too
    /// few. `expected` is Σ P̂_s over its `looks` looks.
    public func terms(looks: Double, detections: Double, expected: Double) -> (excess: Double, scale: Double)? {
        let n = looks - 2
        guard n >= minimumLooks, looks > 0 else { return nil }
        let d = detections - 2
        let e = expected * n / looks
        let v = e * (1 - e / n)
        guard v > 0 else { return nil }
        return ((d - e) * (d - e) - v, v * (n - 1))
    }

    /// Records a confirmed track's record when it ends.
    public mutating func ended(looks: Double, detections: Double, expected: Double, at time: Double) {
        guard let t = terms(looks: looks, detections: detections, expected: expected) else { return }
        endedTotals.add(t.excess, t.scale, at: time, halfLife: halfLife)
    }

    /// n₀ at `time`, given the live confirmed tracks' summed terms.
    public func estimate(liveExcess: Double, liveScale: Double, at time: Double) -> Double {
        let past = endedTotals.totals(at: time, halfLife: halfLife)
        let rho0 = 1 / (1 + priorWeight)
        let rho = (past.first + liveExcess + rho0 * priorEvidence) / (past.second + liveScale + priorEvidence)
        let clamped = min(max(rho, 1 / (1 + ceiling)), 1 / (1 + floor))
        return 1 / clamped - 1
    }
}
