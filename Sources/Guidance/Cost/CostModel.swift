import Border
public import GuidepostCore
import RealModule

/// How walking one metre of border costs, in **seconds per metre**, built from Border's raster
/// planes and the KPA viewsheds (DESIGN.md "Guidance"; domain.md §0.3, §2, §8).
///
/// For a cell with walking time `τ` (s/m), mine hazard `ρ` (per metre) and in-view flag `v`:
///
///     τ = 1 / (v₀ · P · e^(−3.5·|∇z|) · L · O)
///     ρ = a · δ · B                     (−log(1 − p), p = 1 − e^(−a·δ) per metre)
///     c = τ + λ · (ρ + h · E · τ · v)
///
/// - `v₀` walking speed on flat open ground (m/s); `P` Border's passability (0 impassable … 1
///   road: vegetation, streams, banks; fences 0 except gates and culverts; deep water 0 except
///   bridges); `e^(−3.5·|∇z|)` Tobler's hiking function (W. Tobler 1993, "Three presentations
///   on geographical analysis and modeling", NCGIA TR 93-1) made symmetric and normalised to 1
///   on the flat; `L` the light's speed factor; `O` the off-path factor (1 on roads, rail,
///   patrol roads and stream beds, less elsewhere).
/// - `δ` mines per m² (0 on cleared corridors), `a` the step footprint (m² of ground a walker
///   presses per metre walked), `B` = ``streamBedMineFactor`` in stream beds, else 1. With mines
///   placed as a Poisson process the chance of a blast in one metre is `p = 1 − e^(−a·δ)`, so
///   `−log(1 − p) = a·δ` is additive along a route and a route's mine risk is `1 − e^(−Σρ·ℓ)`.
/// - `h` the hazard rate of being seen by a KPA post within weapon range (per second, by day),
///   `E` the light's exposure factor; `τ·v` is the seconds per metre spent in view.
/// - `λ` (seconds per unit hazard) is the one risk-versus-time weighting: how many seconds of
///   walking the planner will spend to remove one unit of hazard. The default 3.6 × 10⁵ s makes
///   a 1 % chance of a blast worth about an hour's detour.
///
/// `c = +inf` where `P = 0`. Every number here is an assumption, labelled as such in
/// docs/guidance.md.
public struct CostModel: Sendable, Hashable {
    /// Walking speed on flat, open, bare ground by day, m/s.
    public var walkingSpeed = 1.2
    /// Speed factor off roads, rail, patrol roads and stream beds (rough, unknown ground).
    public var offPathSpeedFactor = 0.8
    /// Ground area pressed per metre walked, m² (≈ 1.4 footfalls × 0.03 m² plus trip-wire reach).
    public var stepFootprint = 0.05
    /// Factor on the mine hazard in a stream bed (domain.md §0.3 names stream beds as known paths).
    public var streamBedMineFactor = 0.1
    /// Hazard rate of being in a KPA post's view within weapon range, per second, by day.
    public var exposureHazardRate = 5e-5
    /// Reach of KPA fire from a guard post, metres (heavy machine guns; an assumption).
    public var weaponRange = 2000.0
    /// Daylight, twilight or night.
    public var light = Light.day
    /// λ: seconds of walking worth one unit of hazard (−log of survival).
    public var riskWeight = 3.6e5

    /// The default model, by day.
    public init() {}

    /// The default model under `light` with risk weight `riskWeight`.
    public init(light: Light, riskWeight: Double = 3.6e5) {
        self.light = light
        self.riskWeight = riskWeight
    }

    /// Walking time of one metre, s/m, or `+inf` when impassable.
    /// - Parameters: `passability` Border's 0…1 factor, `slope` |∇z| (m/m), `onPath` whether
    ///   the cell is a road, rail, patrol road or stream bed.
    @inline(__always)
    public func secondsPerMetre(passability: Double, slope: Double, onPath: Bool) -> Double {
        guard passability > 0 else { return .infinity }
        let tobler = Double.exp(-3.5 * slope)
        let v = walkingSpeed * passability * tobler * light.speedFactor * (onPath ? 1 : offPathSpeedFactor)
        return 1 / v
    }

    /// Mine hazard per metre, `a · δ · B` (dimensionless per metre).
    @inline(__always)
    public func mineHazardPerMetre(density: Double, inStreamBed: Bool) -> Double {
        stepFootprint * Swift.max(0, density) * (inStreamBed ? streamBedMineFactor : 1)
    }

    /// The weight of one second in view, `λ · h · E` (s of cost per s in view).
    public var exposureWeight: Double { riskWeight * exposureHazardRate * light.exposureFactor }

    /// The per-metre cost `c = τ + λρ + (λhE)·ε`, with `ε` seconds in view per metre.
    @inline(__always)
    public func cost(seconds: Double, hazard: Double, exposed: Double) -> Double {
        guard seconds < .infinity else { return .infinity }
        return seconds + riskWeight * hazard + exposureWeight * exposed
    }
}
