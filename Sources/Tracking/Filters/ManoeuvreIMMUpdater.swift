import RealModule

/// The update half of the three-mode IMM (`ManoeuvreIMMPredictor`): each mode is updated by a
/// Kalman (or extended Kalman) update, and the mode probabilities by Bayes' rule with the modes'
/// measurement likelihoods: μⱼ ∝ Λⱼ cⱼ, Λⱼ = N(νⱼ; 0, Sⱼ). A missed detection leaves μ unchanged
/// (the modes share the detection probability).
/// - Complexity: O(1) per detection.
public struct ManoeuvreIMMUpdater: Updater {
    public init() {}

    public func predictMeasurement(_ predicted: ManoeuvreState, for detection: Detection) -> MeasurementPrediction {
        detection.predictMeasurement(predicted.gaussian)
    }

    public func update(
        _ predicted: ManoeuvreState, with detection: Detection, prediction: MeasurementPrediction
    ) -> ManoeuvreState {
        let z = detection.measurementVector
        let s0 = detection.predictMeasurement(predicted.stopped)
        let s1 = detection.predictMeasurement(predicted.walking)
        let s2 = detection.predictMeasurement(predicted.manoeuvring)
        let v0 = s0.innovation(z), v1 = s1.innovation(z), v2 = s2.innovation(z)
        let l = SIMD3(
            s0.logLikelihood(mahalanobisSquared: s0.mahalanobisSquared(v0)),
            s1.logLikelihood(mahalanobisSquared: s1.mahalanobisSquared(v1)),
            s2.logLikelihood(mahalanobisSquared: s2.mahalanobisSquared(v2)))
        return ManoeuvreState(
            stopped: KalmanUpdater.update(predicted.stopped, innovation: v0, prediction: s0),
            walking: KalmanUpdater.update(predicted.walking, innovation: v1, prediction: s1),
            manoeuvring: KalmanUpdater.update(predicted.manoeuvring, innovation: v2, prediction: s2),
            modeProbabilities: Self.posterior(predicted.modeProbabilities, logLikelihoods: l))
    }

    /// PDA per mode with shared weights β; the mode likelihood is Λⱼ = β₀ Λ̄ + Σₖ βₖ Λⱼ(zₖ), where
    /// Λ̄ (the mean over modes and detections) keeps the "missed" term mode-neutral.
    public func update(
        _ predicted: ManoeuvreState, weighted: [WeightedDetection], missedWeight: Double
    ) -> ManoeuvreState {
        var terms = (weighted, weighted, weighted)
        var lambda = SIMD3<Double>(repeating: 0)
        var total = 0.0
        for k in weighted.indices {
            let d = weighted[k].detection
            let z = d.measurementVector
            let s0 = d.predictMeasurement(predicted.stopped)
            let s1 = d.predictMeasurement(predicted.walking)
            let s2 = d.predictMeasurement(predicted.manoeuvring)
            terms.0[k].prediction = s0
            terms.1[k].prediction = s1
            terms.2[k].prediction = s2
            let a = SIMD3(
                Double.exp(s0.logLikelihood(mahalanobisSquared: s0.mahalanobisSquared(s0.innovation(z)))),
                Double.exp(s1.logLikelihood(mahalanobisSquared: s1.mahalanobisSquared(s1.innovation(z)))),
                Double.exp(s2.logLikelihood(mahalanobisSquared: s2.mahalanobisSquared(s2.innovation(z)))))
            lambda += weighted[k].weight * a
            total += weighted[k].weight * a.sum() / 3
        }
        let spent = 1 - missedWeight
        let mean = spent > 0 ? total / spent : 0
        lambda += SIMD3(repeating: missedWeight * mean)
        var mu = predicted.modeProbabilities
        let unnormalised = lambda * mu
        let sum = unnormalised.sum()
        if sum > 0, sum.isFinite { mu = unnormalised / sum }
        return ManoeuvreState(
            stopped: KalmanUpdater.mixture(predicted.stopped, weighted: terms.0, missedWeight: missedWeight),
            walking: KalmanUpdater.mixture(predicted.walking, weighted: terms.1, missedWeight: missedWeight),
            manoeuvring: KalmanUpdater.mixture(predicted.manoeuvring, weighted: terms.2, missedWeight: missedWeight),
            modeProbabilities: Self.clamp(mu))
    }

    static func posterior(_ prior: SIMD3<Double>, logLikelihoods l: SIMD3<Double>) -> SIMD3<Double> {
        let top = l.max()
        guard top.isFinite else { return prior }
        let w = SIMD3(Double.exp(l[0] - top), Double.exp(l[1] - top), Double.exp(l[2] - top)) * prior
        let sum = w.sum()
        return sum > 0 ? clamp(w / sum) : prior
    }

    /// Keeps every mode alive (μ ≥ 1e-6) so the filter can always switch back.
    static func clamp(_ mu: SIMD3<Double>) -> SIMD3<Double> {
        let m = mu.replacing(with: 1e-6, where: mu .< 1e-6)
        return m / m.sum()
    }
}
