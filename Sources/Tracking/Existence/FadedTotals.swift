import RealModule

/// Two running totals that fade with feed time, each amount counting 2^(−age / half-life): what a
/// learner has seen, weighted so that it follows the hour (`LifetimeLearner`'s exposure and ends,
/// `SpeedSpreadLearner`'s samples and their count). The totals are kept faded to the latest time
/// anything was added; amounts added out of time order count as if added then.
/// - Complexity: O(1) per addition and per reading; memory O(1).
struct FadedTotals: Sendable, Equatable {
    private var first = 0.0
    private var second = 0.0
    private var reference: Double?

    /// Adds `a` to the first total and `b` to the second at `time`.
    mutating func add(_ a: Double, _ b: Double, at time: Double, halfLife: Double) {
        if let t0 = reference, time > t0 {
            let f = Double.exp2(-(time - t0) / halfLife)
            first *= f
            second *= f
        }
        reference = max(reference ?? time, time)
        first += a
        second += b
    }

    /// Both totals as they stand at `time` (faded from the last addition; unfaded before it).
    func totals(at time: Double, halfLife: Double) -> (first: Double, second: Double) {
        let f = reference.map { Double.exp2(-max(time - $0, 0) / halfLife) } ?? 1
        return (first * f, second * f)
    }

    /// The second total as of the last addition.
    var lastSecond: Double { second }
}
