import RealModule

/// The likelihood ratios both associators weigh hypotheses with.
///
/// A detection j explained by track i scores Lᵢⱼ = P_D N(νᵢⱼ; 0, Sᵢⱼ) / λ against being clutter
/// (λ = clutter density, per m² per scan: the hypothesis's own where the tracker has mapped it,
/// else this one); a track without a detection scores 1 − P_D P_G.
public struct AssociationScoring: Sendable, Equatable {
    /// P_D.
    public var detectionProbability: Double
    /// P_G.
    public var gateProbability: Double
    /// λ, false detections per m² per scan.
    public var clutterDensity: Double

    public init(detectionProbability: Double, gateProbability: Double, clutterDensity: Double) {
        precondition(detectionProbability > 0 && detectionProbability < 1, "P_D must lie in (0, 1)")
        precondition(clutterDensity > 0, "clutter density must be positive")
        self.detectionProbability = detectionProbability
        self.gateProbability = gateProbability
        self.clutterDensity = clutterDensity
    }

    /// ln Lᵢⱼ = ln P_D + ln N(ν; 0, S) − ln λ.
    @inline(__always)
    public func logLikelihoodRatio(_ h: Hypothesis) -> Double {
        Double.log(detectionProbability) + h.logLikelihood - Double.log(h.clutterDensity ?? clutterDensity)
    }

    /// ln(1 − P_D P_G).
    public var logMissed: Double { Double.log(1 - detectionProbability * gateProbability) }
}
