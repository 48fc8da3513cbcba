import RealModule

/// The update half of the stop-and-go IMM: each mode is updated by a Kalman (or extended
/// Kalman) update, and the mode probabilities by Bayes' rule with the modes' measurement
/// likelihoods: μⱼ ∝ Λⱼ cⱼ, Λⱼ = N(νⱼ; 0, Sⱼ). A missed detection leaves μ unchanged (both
/// modes share the detection probability).
/// - Complexity: O(1) per detection.
public struct StopGoIMMUpdater: Updater {
    public init() {}

    public func predictMeasurement(_ predicted: StopGoState, for detection: Detection) -> MeasurementPrediction {
        detection.predictMeasurement(predicted.gaussian)
    }

    public func update(
        _ predicted: StopGoState, with detection: Detection, prediction: MeasurementPrediction
    ) -> StopGoState {
        let z = detection.measurementVector
        let sm = detection.predictMeasurement(predicted.moving)
        let ss = detection.predictMeasurement(predicted.stopped)
        let vm = sm.innovation(z), vs = ss.innovation(z)
        let lm = sm.logLikelihood(mahalanobisSquared: sm.mahalanobisSquared(vm))
        let ls = ss.logLikelihood(mahalanobisSquared: ss.mahalanobisSquared(vs))
        return StopGoState(
            moving: KalmanUpdater.update(predicted.moving, innovation: vm, prediction: sm),
            stopped: KalmanUpdater.update(predicted.stopped, innovation: vs, prediction: ss),
            modeProbabilities: Self.posterior(predicted.modeProbabilities, logLikelihoods: SIMD2(lm, ls)))
    }

    /// PDA per mode with shared weights β; the mode likelihood is Λⱼ = β₀ Λ̄ + Σₖ βₖ Λⱼ(zₖ), where
    /// Λ̄ (the mean over modes and detections) keeps the "missed" term mode-neutral.
    public func update(
        _ predicted: StopGoState, weighted: [WeightedDetection], missedWeight: Double
    ) -> StopGoState {
        var movingTerms = weighted, stoppedTerms = weighted
        var lm = 0.0, ls = 0.0, total = 0.0
        for k in weighted.indices {
            let z = weighted[k].detection.measurementVector
            let sm = weighted[k].detection.predictMeasurement(predicted.moving)
            let ss = weighted[k].detection.predictMeasurement(predicted.stopped)
            movingTerms[k].prediction = sm
            stoppedTerms[k].prediction = ss
            let a = Double.exp(sm.logLikelihood(mahalanobisSquared: sm.mahalanobisSquared(sm.innovation(z))))
            let b = Double.exp(ss.logLikelihood(mahalanobisSquared: ss.mahalanobisSquared(ss.innovation(z))))
            lm += weighted[k].weight * a
            ls += weighted[k].weight * b
            total += weighted[k].weight * 0.5 * (a + b)
        }
        let spent = 1 - missedWeight
        let mean = spent > 0 ? total / spent : 0
        lm += missedWeight * mean
        ls += missedWeight * mean
        var mu = predicted.modeProbabilities
        if lm + ls > 0, (lm + ls).isFinite {
            let unnormalised = SIMD2(lm * mu[0], ls * mu[1])
            let sum = unnormalised.sum()
            if sum > 0 { mu = unnormalised / sum }
        }
        return StopGoState(
            moving: KalmanUpdater.mixture(predicted.moving, weighted: movingTerms, missedWeight: missedWeight),
            stopped: KalmanUpdater.mixture(predicted.stopped, weighted: stoppedTerms, missedWeight: missedWeight),
            modeProbabilities: Self.clamp(mu))
    }

    static func posterior(_ prior: SIMD2<Double>, logLikelihoods l: SIMD2<Double>) -> SIMD2<Double> {
        let top = max(l[0], l[1])
        guard top.isFinite else { return prior }
        let w = SIMD2(Double.exp(l[0] - top) * prior[0], Double.exp(l[1] - top) * prior[1])
        let sum = w.sum()
        return sum > 0 ? clamp(w / sum) : prior
    }

    /// Keeps both modes alive (μ ≥ 1e-6) so the filter can always switch back.
    static func clamp(_ mu: SIMD2<Double>) -> SIMD2<Double> {
        let a = min(max(mu[0], 1e-6), 1 - 1e-6)
        return SIMD2(a, 1 - a)
    }
}
