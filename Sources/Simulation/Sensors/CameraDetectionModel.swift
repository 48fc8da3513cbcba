import Foundation
import GuidepostCore

/// Detection model of a fence CCTV or low-light camera (domain.md §3.1: cameras every 200 m,
/// motion detected at ≥ 1 km by day and ≥ 200 m by night, 2006 specification).
///
/// Pd = P_max · f / (1 + e^((r − R₅₀)/w)) with R₅₀ = 1000 m by day, 200 · (1 + moon) m by night
/// (moonlight helps a low-light camera), limited in fog to the visible visibility V by
/// 1/R₅₀² = 1/R₅₀,light² + 1/V².
public struct CameraDetectionModel: Hashable, Sendable {
    public var dayHalfRange: Double = 1000
    public var nightHalfRange: Double = 200
    public var maximumProbability: Double = 0.9
    public var rollOffFraction: Double = 0.15
    /// Position noise (1σ) of a camera-derived fix, metres.
    public var positionSigma: Double = 8

    public init() {}

    public func halfRange(conditions: Conditions) -> Double {
        let light: Double
        switch conditions.light {
        case .day: light = dayHalfRange
        case .twilight: light = 0.5 * (dayHalfRange + nightHalfRange)
        case .night: light = nightHalfRange * (1 + max(0, min(1, conditions.weather.moon)))
        }
        let v = max(conditions.weather.visibility, 1)
        return 1 / (1 / (light * light) + 1 / (v * v)).squareRoot()
    }

    public func probability(range: Double, visibleFraction: Double, conditions: Conditions) -> Double {
        guard visibleFraction > 0 else { return 0 }
        let r50 = halfRange(conditions: conditions)
        return min(1, visibleFraction)
            * logisticProbability(range: range, halfRange: r50, width: rollOffFraction * r50, maximum: maximumProbability)
    }
}
