import RealModule

/// An ellipsoidal (Mahalanobis) validation gate for 2-D measurements: a detection is
/// admissible when d² = νᵀ S⁻¹ ν ≤ γ. For 2 degrees of freedom the χ² quantile has a closed
/// form, γ = −2 ln(1 − P_G), where P_G is the probability that the true detection falls inside.
public struct ChiSquareGate: Sendable, Equatable {
    /// P_G.
    public let probability: Double
    /// γ.
    public let threshold: Double

    public init(probability: Double) {
        precondition(probability > 0 && probability < 1, "gate probability must lie in (0, 1)")
        self.probability = probability
        self.threshold = -2 * Double.log(1 - probability)
    }
}
