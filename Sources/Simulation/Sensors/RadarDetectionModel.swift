import Foundation

/// Single-scan detection model of a ground surveillance radar: it sees movers only.
///
/// Pd = P_max · f · g(v_r) / (1 + e^((r − R₅₀)/w)), with R₅₀ = R_ref · (σ / σ_ref)^¼ (the radar
/// equation's fourth-root dependence on cross-section σ), f the unoccluded fraction, and
/// g(v_r) = 0 below the minimum detectable radial speed (the Doppler filter rejects it, so a
/// standing or tangentially walking person is missed), rising linearly to 1 at twice that speed.
/// Clutter: a Poisson number of false plots per scan (`clutterPerScan`) spread uniformly over
/// the covered area.
public struct RadarDetectionModel: Hashable, Sendable {
    /// R₅₀ for a walking person (σ_ref = 1 m²), metres.
    public var referenceHalfRange: Double = 6000
    public var referenceCrossSection: Double = 1
    public var maximumProbability: Double = 0.9
    public var rollOffFraction: Double = 0.1
    /// Minimum detectable radial speed, m/s.
    public var minimumRadialSpeed: Double = 0.3
    /// Expected false plots per scan over the whole coverage.
    public var clutterPerScan: Double = 0.5
    /// Range noise (1σ), metres, and bearing noise (1σ), degrees.
    public var rangeSigma: Double = 10
    public var bearingSigma: Double = 0.6

    public init() {}

    /// The Doppler gate g(v_r) for a radial speed in m/s.
    public func dopplerGate(radialSpeed: Double) -> Double {
        let v = abs(radialSpeed)
        if v < minimumRadialSpeed { return 0 }
        return min(1, (v - minimumRadialSpeed) / minimumRadialSpeed)
    }

    /// Probability of detecting the target in one scan.
    public func probability(range: Double, radialSpeed: Double, crossSection: Double, visibleFraction: Double)
        -> Double
    {
        let gate = dopplerGate(radialSpeed: radialSpeed)
        guard gate > 0, visibleFraction > 0 else { return 0 }
        let r50 = referenceHalfRange * pow(max(crossSection, 1e-6) / referenceCrossSection, 0.25)
        return min(1, visibleFraction) * gate
            * logisticProbability(range: range, halfRange: r50, width: rollOffFraction * r50, maximum: maximumProbability)
    }
}
