import Foundation
import GuidepostCore

/// Single-look detection probability and measurement noise of a thermal observation device
/// (TOD, e.g. the TAS-815K class on ROK guard posts).
///
/// Pd = P_max · f · 1/(1 + e^((r − R₅₀)/w)) with f the unoccluded fraction of the target
/// (Border's line of sight over terrain and vegetation) and R₅₀ the effective half range:
/// - R₅₀,clear = R_night · light factor · √(A / A_ref) — detection range scales with the
///   target's linear size (Johnson criteria);
/// - fog: the infrared extinction is a fraction `fogFactor` of the visible one from Koschmieder's
///   law, β_vis = 3.912 / V, and the range at which transmission falls to `transmissionFloor` is
///   R_fog = ln(1/τ_min) / (fogFactor · β_vis); the two combine as 1/R₅₀² = 1/R₅₀,clear² + 1/R_fog²;
/// - rain divides R₅₀ by (1 + rain / 25 mm/h).
///
/// Default values are assumptions (docs/simulation.md): a person at 3 km on a clear night at
/// 50 %, 0.6 of that by day (less thermal contrast), fog factor 0.1, which makes the fog range
/// R_fog = V / 0.1·(ln 50 / 3.912) ≈ 10·V: in the 2017 Yeoncheon fog (V = 90 m) a standing man's
/// R₅₀ is ≈ 0.85 km at twilight, so the GP's TOD picks him up in the last kilometre of his walk, and
/// in the 2019 Imjin fog (V = 100 m, rain) a head on the river (a 0.1 m² heat spot on cool,
/// uniform water: `ActorProfile` gives it an effective 0.4 m²) has R₅₀ ≈ 0.85 km.
public struct ThermalDetectionModel: Hashable, Sendable {
    /// R₅₀ for a standing adult on a clear night, metres.
    public var nightHalfRange: Double = 3000
    /// Multiplier of R₅₀ by day and at twilight.
    public var dayFactor: Double = 0.6
    public var twilightFactor: Double = 0.8
    /// The thermal area of the reference target (standing adult), m².
    public var referenceArea: Double = 0.85
    /// Upper limit of single-look Pd.
    public var maximumProbability: Double = 0.95
    /// Roll-off width as a fraction of R₅₀.
    public var rollOffFraction: Double = 0.15
    /// Infrared extinction in fog as a fraction of the visible extinction.
    public var fogFactor: Double = 0.1
    /// Rain rate (mm/h) that halves R₅₀. LWIR extinction in rain is ≈ 0.37·R^0.63 dB/km
    /// (R in mm/h), ≈ 1.4 dB/km at 8 mm/h: rain hurts, but far less than fog.
    public var rainScale: Double = 25
    /// Transmission at which a target is lost in fog.
    public var transmissionFloor: Double = 0.02
    /// Bearing noise (1σ), degrees.
    public var bearingSigma: Double = 0.25
    /// Range noise (1σ) as a fraction of range, with a floor in metres (laser or stadiametric ranging).
    public var rangeSigmaFraction: Double = 0.03
    public var rangeSigmaFloor: Double = 5

    public init() {}

    /// The effective half range R₅₀ for a target of thermal area `area` under `conditions`, metres.
    public func halfRange(area: Double, conditions: Conditions) -> Double {
        let light: Double
        switch conditions.light {
        case .night: light = 1
        case .twilight: light = twilightFactor
        case .day: light = dayFactor
        }
        var clear = nightHalfRange * light * (max(area, 0) / referenceArea).squareRoot()
        clear /= 1 + max(0, conditions.weather.rain) / rainScale
        let betaVisible = 3.912 / max(conditions.weather.visibility, 1)
        let fogRange = log(1 / transmissionFloor) / (fogFactor * betaVisible)
        return 1 / (1 / (clear * clear) + 1 / (fogRange * fogRange)).squareRoot()
    }

    /// Probability of detecting the target in one look.
    /// - Parameters:
    ///   - range: sensor-to-target distance, metres.
    ///   - visibleFraction: the unoccluded fraction of the target, 0…1 (line of sight).
    public func probability(range: Double, area: Double, visibleFraction: Double, conditions: Conditions) -> Double {
        guard visibleFraction > 0 else { return 0 }
        let r50 = halfRange(area: area, conditions: conditions)
        return min(1, visibleFraction)
            * logisticProbability(
                range: range, halfRange: r50, width: rollOffFraction * r50, maximum: maximumProbability)
    }

    /// Range noise (1σ) at `range`, metres.
    public func rangeSigma(at range: Double) -> Double { max(rangeSigmaFloor, rangeSigmaFraction * range) }
}
