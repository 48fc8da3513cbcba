import GuidepostCore

/// How fast a new target may be moving (σ_v of a new track's velocity in each axis), learnt from
/// the confirmed tracks, so that a new track's prior fits the targets here: too wide, and its
/// second detection is weighed against clutter over a wider gate and a young track is placed
/// worse; too narrow, and a fast target's second detection falls outside it (issue 18: told the
/// sweep's 1.5 m/s instead of its default 3 m/s, Guidepost's GOSPA fell by up to 1.5 % a cell).
///
/// Once a confirmed track has `established` detections, its target's mean velocity since the
/// track began is measured between two detections: v̂ = (z − z₀) / Δt, from the one it was
/// started from (z₀, covariance R₀) to the first later one its association settles on (weight at
/// least `decisive`; covariance R). The two detections' errors are independent of each other and
/// of the target, so each axis's v̂² less their noise, (R₀ + R) / Δt², is an unbiased sample of the
/// mean velocity's second moment, whatever the filter or the prior the track was started with
/// (the filter's own estimate would not do: it has used z₀, and its error depends on the prior).
/// The estimate is the samples' mean with a prior worth `priorTracks` tracks at the configured
/// σ_v; samples fade with a half-life of `halfLife` seconds of feed time. Detections less than
/// `minimumSpan` seconds apart (several sensors at once) give no sample: their noise term would
/// swamp it. A target whose velocity wanders (large q) is measured by its mean over Δt.
/// - Complexity: O(1) per sample; memory O(1).
public struct SpeedSpreadLearner: Sendable, Equatable {
    /// Tracks the prior is worth.
    public var priorTracks: Double
    /// Detections a confirmed track needs before its speed is sampled (once per track).
    public var established: Int
    /// The least association weight of the detection a sample is taken to.
    public var decisive: Double
    /// Seconds between the two detections below which no sample is taken.
    public var minimumSpan: Double
    /// Seconds of feed time after which what was learnt counts half.
    public var halfLife: Double

    /// The samples' sum and their count.
    private var totals = FadedTotals()

    public init(
        priorTracks: Double = 10, established: Int = 10, decisive: Double = 0.9, minimumSpan: Double = 5,
        halfLife: Double = 3_600
    ) {
        precondition(priorTracks > 0 && established >= 2 && decisive > 0 && decisive <= 1 && minimumSpan > 0 && halfLife > 0,
            "SpeedSpreadLearner's prior, established count (at least two detections), decisive weight (0, 1], span and half-life must be positive")
        self.priorTracks = priorTracks
        self.established = established
        self.decisive = decisive
        self.minimumSpan = minimumSpan
        self.halfLife = halfLife
    }

    /// Tracks sampled so far (faded to the last one).
    public var sampled: Double { totals.lastSecond }

    /// One track's sample, from the detection it was started from to a later one of its own.
    /// - Returns: whether it was counted (not when the two are less than `minimumSpan` apart or
    ///   the numbers are not finite).
    @discardableResult
    public mutating func observe(from origin: Detection, to detection: Detection) -> Bool {
        let dt = detection.time - origin.time
        guard dt >= minimumSpan else { return false }
        let d: Vector2 = detection.position - origin.position
        let noise: Double = origin.covariance.trace + detection.covariance.trace
        let squared: Double = d.x * d.x + d.y * d.y
        let sample = (squared - noise) / (2 * dt * dt)
        guard sample.isFinite else { return false }
        totals.add(sample, 1, at: detection.time, halfLife: halfLife)
        return true
    }

    /// σ̂_v at `time`, m/s: √((Σ samples + k σ₀²) / (n + k)), σ₀ the `configured` σ_v; at least
    /// a tenth of σ₀ (a few slow targets with noisy samples must not leave new tracks no speed).
    public func estimate(configured: Double, at time: Double) -> Double {
        let (sum, count) = totals.totals(at: time, halfLife: halfLife)
        let variance = (sum + priorTracks * configured * configured) / (count + priorTracks)
        return max(variance, 0.01 * configured * configured).squareRoot()
    }
}
