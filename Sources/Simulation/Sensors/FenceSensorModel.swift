/// The GOP fence's sensors (optical-fibre mesh and top-of-fence load triggers), zone by zone.
///
/// - A person climbing or cutting the fence raises the zone's alarm with probability
///   `climbProbability` (0.90, the ROK requirement after it was lowered from 0.99 — domain.md §3.1).
/// - Nuisance alarms (birds, wind, animals) arrive as a Poisson process per zone with rate
///   λ(w) = λ₀ · (1 + (w / 6 m/s)³): λ₀ is set so that a platoon post's ~10 zones give one alarm
///   every 4 min 30 s in calm air (≈13 an hour), and a strong wind of 14 m/s gives ≈ 3 a minute,
///   the two figures of domain.md §3.2.
/// - An animal touching the fence raises an alarm with probability `animalContactProbability`.
public struct FenceSensorModel: Hashable, Sendable {
    public var climbProbability: Double = 0.90
    /// Nuisance alarms per zone per second in calm air.
    public var calmNuisanceRate: Double = 1.0 / (270 * 10)
    /// Wind speed (m/s) at which the nuisance rate has doubled.
    public var windScale: Double = 6
    public var animalContactProbability: Double = 0.3
    /// Distance (m) from the fence at which an animal counts as touching it.
    public var contactDistance: Double = 2

    public init() {}

    /// Nuisance alarms per zone per second at wind speed `wind` (m/s).
    public func nuisanceRate(wind: Double) -> Double {
        let x = max(0, wind) / windScale
        return calmNuisanceRate * (1 + x * x * x)
    }
}
