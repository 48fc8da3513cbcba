/// Kalman update, and its extended form for non-linear measurement models (the model supplies
/// the Jacobian through P Hᵀ and S):
/// K = P Hᵀ S⁻¹,  m⁺ = m⁻ + K ν,  P⁺ = P⁻ − K S Kᵀ = P⁻ − K (P Hᵀ)ᵀ,  ν = z − ẑ.
/// - Complexity: O(1) per detection.
public struct KalmanUpdater: Updater {
    public init() {}

    @inline(__always)
    public func predictMeasurement(_ predicted: GaussianState, for detection: Detection) -> MeasurementPrediction {
        detection.predictMeasurement(predicted)
    }

    @inline(__always)
    public func update(
        _ predicted: GaussianState, with detection: Detection, prediction: MeasurementPrediction
    ) -> GaussianState {
        Self.update(predicted, innovation: prediction.innovation(detection.measurementVector), prediction: prediction)
    }

    /// The posterior for innovation ν.
    @inline(__always)
    public static func update(
        _ predicted: GaussianState, innovation v: SIMD2<Double>, prediction s: MeasurementPrediction
    ) -> GaussianState {
        let det = s.determinant
        guard det > 0 else { return predicted }  // a degenerate S carries no information: coast
        let k0 = (s.cross0 * s.s11 - s.cross1 * s.s01) / det
        let k1 = (s.cross1 * s.s00 - s.cross0 * s.s01) / det
        let mean = predicted.mean + k0 * v[0] + k1 * v[1]
        let cov = predicted.covariance - Matrix4.outer(k0, s.cross0) - Matrix4.outer(k1, s.cross1)
        return GaussianState(mean: mean, covariance: cov.symmetrised, time: predicted.time)
    }

    /// PDA (Bar-Shalom & Tse 1975) by mixture reduction: m = β₀ m⁻ + Σ βⱼ mⱼ,
    /// P = β₀ (P⁻ + d₀d₀ᵀ) + Σ βⱼ (Pⱼ + dⱼdⱼᵀ), dⱼ = mⱼ − m.
    public func update(
        _ predicted: GaussianState, weighted: [WeightedDetection], missedWeight: Double
    ) -> GaussianState {
        Self.mixture(predicted, weighted: weighted, missedWeight: missedWeight)
    }

    static func mixture(
        _ predicted: GaussianState, weighted: [WeightedDetection], missedWeight: Double
    ) -> GaussianState {
        var total = missedWeight
        for w in weighted { total += w.weight }
        guard total > 0 else { return predicted }
        var posteriors: [GaussianState] = []
        posteriors.reserveCapacity(weighted.count)
        var mean = predicted.mean * (missedWeight / total)
        for w in weighted {
            let p = update(predicted, innovation: w.prediction.innovation(w.detection.measurementVector), prediction: w.prediction)
            posteriors.append(p)
            mean += p.mean * (w.weight / total)
        }
        let d0 = predicted.mean - mean
        var cov = (predicted.covariance + Matrix4.outer(d0, d0)) * (missedWeight / total)
        for (p, w) in zip(posteriors, weighted) {
            let d = p.mean - mean
            cov = cov + (p.covariance + Matrix4.outer(d, d)) * (w.weight / total)
        }
        return GaussianState(mean: mean, covariance: cov.symmetrised, time: predicted.time)
    }
}
