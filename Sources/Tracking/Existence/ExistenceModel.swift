import RealModule

/// Track existence management (integrated PDA, Mušicki, Evans & Stanković 1994): every track
/// carries the probability r that its target is real, which accounts for clutter density
/// through the likelihood ratios Lⱼ = P_D N(νⱼ; 0, Sⱼ) / λ.
///
/// Prediction: r⁻ = e^{−Δt/τ} r (τ = mean target lifetime).
/// Update: δ = P_D P_G − Σⱼ Lⱼ over the detections given to the track;
/// r⁺ = (1 − δ) r⁻ / (1 − δ r⁻). A track is confirmed when r ≥ `confirmation` (and it has at
/// least `minimumHits` detections) and deleted when r falls below a threshold (see
/// `ExistenceDeleter`).
///
/// A track born from one detection starts at r₀ = β / (β + λ), β the density of new targets
/// (per m² per scan): the chance that an unexplained detection is a new target rather than
/// clutter. Dense clutter (large λ) lowers r₀ and makes each later detection count for less
/// (smaller Lⱼ), so confirmation takes more hits exactly where false tracks would otherwise be
/// born. Confirming at r ≥ ½ minimises expected GOSPA (a reported track costs (1 − r)·c/2 if
/// false, an unreported one r·c/2 if real); operators wanting fewer false alarms raise it.
public struct ExistenceModel: Sendable, Equatable {
    /// r for a track born from one detection.
    public var initial: Double
    /// Confirmation threshold on r.
    public var confirmation: Double
    /// Detections needed before confirmation, whatever r says.
    public var minimumHits: Int
    /// τ, seconds.
    public var meanLifetime: Double

    public init(initial: Double = 0.1, confirmation: Double = 0.99, minimumHits: Int = 2, meanLifetime: Double = 600) {
        precondition(initial > 0 && initial < 1, "initial existence must lie in (0, 1)")
        precondition(confirmation > 0 && confirmation < 1, "confirmation threshold must lie in (0, 1)")
        self.initial = initial
        self.confirmation = confirmation
        self.minimumHits = minimumHits
        self.meanLifetime = meanLifetime
    }

    /// r₀ = β / (β + λ) for birth density β and clutter density λ (both per m² per scan).
    public static func initialExistence(birthDensity: Double, clutterDensity: Double) -> Double {
        precondition(birthDensity > 0 && clutterDensity > 0, "densities must be positive")
        return birthDensity / (birthDensity + clutterDensity)
    }

    /// r⁻ after `dt` seconds.
    @inline(__always)
    public func predict(_ r: Double, over dt: Double) -> Double { r * Double.exp(-max(dt, 0) / meanLifetime) }

    /// r⁺ given the summed likelihood ratio Σ Lⱼ of the detections used (0 when missed), with the
    /// scoring's P_D or the track's own estimate `detectionProbability` (see `DetectionRate`).
    @inline(__always)
    public func update(
        _ predicted: Double, likelihoodRatioSum: Double, scoring: AssociationScoring, detectionProbability: Double? = nil
    ) -> Double {
        let delta = (detectionProbability ?? scoring.detectionProbability) * scoring.gateProbability - likelihoodRatioSum
        let r = (1 - delta) * predicted / (1 - delta * predicted)
        return r.isFinite ? min(max(r, 0), 1) : predicted
    }
}
