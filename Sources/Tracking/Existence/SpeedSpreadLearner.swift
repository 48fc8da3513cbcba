import RealModule

/// How fast a new target may be moving (σ_v of a new track's velocity in each axis), learnt from
/// the confirmed tracks, so that a new track's prior fits the targets here: too wide, and its
/// second detection is weighed against clutter over a wider gate and a young track is placed
/// worse; too narrow, and a fast target's second detection falls outside it (issue 18: told the
/// sweep's 1.5 m/s instead of its default 3 m/s, Guidepost's GOSPA fell by up to 1.5 % a cell).
///
/// When a confirmed track reaches `established` detections, its target's mean velocity since the
/// track began is measured from the displacement: v̂ = (m − z₀) / Δt, from its first detection z₀
/// (covariance R₀) to its position now (covariance P). Each axis's v̂² less its noise,
/// (R₀ + P) / Δt², is an unbiased sample of E[v²], whatever prior the track was started with; the
/// estimate is their mean, with a prior worth `priorTracks` tracks at the configured σ_v, and
/// samples fade with a half-life of `halfLife` seconds of feed time. A track established in less
/// than `minimumSpan` seconds (several sensors at once) is not sampled: its noise term would
/// swamp it.
/// - Complexity: O(1) per established track; memory O(1).
public struct SpeedSpreadLearner: Sendable, Equatable {
    /// Tracks the prior is worth.
    public var priorTracks: Double
    /// Detections after which a confirmed track's velocity is sampled (once per track).
    public var established: Int
    /// Seconds from a track's first detection below which it is not sampled.
    public var minimumSpan: Double
    /// Seconds of feed time after which what was learnt counts half.
    public var halfLife: Double

    private var sum = 0.0
    private var count = 0.0
    private var reference: Double?

    public init(priorTracks: Double = 10, established: Int = 10, minimumSpan: Double = 5, halfLife: Double = 3_600) {
        precondition(priorTracks > 0 && established >= 2 && minimumSpan > 0 && halfLife > 0,
            "SpeedSpreadLearner's prior, established count (at least two detections), span and half-life must be positive")
        self.priorTracks = priorTracks
        self.established = established
        self.minimumSpan = minimumSpan
        self.halfLife = halfLife
    }

    /// Tracks sampled so far (faded to the last one).
    public var sampled: Double { count }

    /// A confirmed track started at `origin` (its first detection's position and covariance, at
    /// its time) whose belief is `now` after its `hits`-th detection; counted once, when `hits`
    /// reaches `established`.
    public mutating func observe(from origin: GaussianState, to now: GaussianState, hits: Int) {
        guard hits == established else { return }
        let dt = now.time - origin.time
        guard dt >= minimumSpan else { return }
        let dx = now.mean[0] - origin.mean[0], dy = now.mean[2] - origin.mean[2]
        let noise = origin.covariance[0, 0] + origin.covariance[2, 2] + now.covariance[0, 0] + now.covariance[2, 2]
        let sample = (dx * dx + dy * dy - noise) / (2 * dt * dt)
        guard sample.isFinite else { return }
        if let t0 = reference, now.time > t0 {
            let f = Double.exp2(-(now.time - t0) / halfLife)
            sum *= f
            count *= f
        }
        reference = max(reference ?? now.time, now.time)
        sum += sample
        count += 1
    }

    /// σ̂_v at `time`, m/s: √((Σ samples + k σ₀²) / (n + k)), σ₀ the `configured` σ_v; at least
    /// a tenth of σ₀ (a few slow targets with noisy samples must not leave new tracks no speed).
    public func estimate(configured: Double, at time: Double) -> Double {
        let f = reference.map { Double.exp2(-max(time - $0, 0) / halfLife) } ?? 1
        let variance = (sum * f + priorTracks * configured * configured) / (count * f + priorTracks)
        return max(variance, 0.01 * configured * configured).squareRoot()
    }
}
