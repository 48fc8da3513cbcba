/// How long a target stays in view, learnt from the confirmed tracks, so that a track whose target
/// has gone fades as fast as targets here really go (issue 18: on Stone Soup's simulator, where a
/// target dies with probability 0.005 a second, the configured 600 s kept every dead target's
/// track reported for a scan or two longer than Bayes' rule would, and false tracks after deaths
/// were nearly all of Guidepost's false part).
///
/// The time to a target's end is taken as exponential with rate 1/τ (the existence model's
/// r⁻ = e^{−Δt/τ} r). Its maximum-likelihood rate is ends ÷ exposure: an established confirmed
/// track (at least `established` detections) adds the time between its detections to the exposure
/// (its target was there all that time) and one end when it is deleted; a track still held adds
/// exposure only (a censored lifetime). A Gamma prior worth `priorEnds` ends at the configured τ
/// keeps the estimate there until tracks say otherwise, and everything fades with a half-life of
/// `halfLife` seconds of feed time, so the estimate follows the hour.
/// Young tracks are left out: a clutter track confirmed by a coincidence and dropped a few scans
/// later says nothing about how long targets stay. So are a track's last scans between its last
/// detection and its deletion (when its target went is not known, only that it did).
/// - Complexity: O(1) per detection and per deletion; memory O(1).
public struct LifetimeLearner: Sendable, Equatable {
    /// Ends the prior is worth.
    public var priorEnds: Double
    /// Detections a confirmed track needs before its time and its end count.
    public var established: Int
    /// Seconds of feed time after which what was learnt counts half.
    public var halfLife: Double

    /// Exposure (seconds) and ends.
    private var totals = FadedTotals()

    public init(priorEnds: Double = 1, established: Int = 5, halfLife: Double = 3_600) {
        precondition(priorEnds > 0 && established >= 1 && halfLife > 0,
            "LifetimeLearner's prior, established count and half-life must be positive")
        self.priorEnds = priorEnds
        self.established = established
        self.halfLife = halfLife
    }

    /// Established tracks' ends counted so far (faded to the last one recorded).
    public var endsCounted: Double { totals.lastSecond }

    /// A confirmed track that had `hits` detections was detected again `gap` seconds after its
    /// previous detection, at `time`.
    public mutating func held(for gap: Double, hits: Int, at time: Double) {
        guard hits >= established, gap > 0, gap.isFinite else { return }
        totals.add(gap, 0, at: time, halfLife: halfLife)
    }

    /// A confirmed track that had `hits` detections was deleted at `time`.
    public mutating func ended(hits: Int, at time: Double) {
        guard hits >= established else { return }
        totals.add(0, 1, at: time, halfLife: halfLife)
    }

    /// τ̂ at `time`, seconds: (exposure + k τ₀) / (ends + k), τ₀ the `configured` τ.
    public func estimate(configured: Double, at time: Double) -> Double {
        let (exposure, ends) = totals.totals(at: time, halfLife: halfLife)
        return (exposure + priorEnds * configured) / (ends + priorEnds)
    }
}
