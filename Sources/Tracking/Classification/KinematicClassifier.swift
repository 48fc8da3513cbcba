public import GuidepostCore
import RealModule

/// Naive-Bayes classification into human / animal / vehicle from smoothed kinematics, group
/// behaviour and, where given, thermal size:
/// P(c | f) ∝ P(c) Πₖ p(fₖ | c)^w, with w = min(1, observed time / 60 s) so early, noisy
/// features count for less.
///
/// Class-conditional densities (assumptions, see docs/tracking.md): speed N(1.3, 0.6) human,
/// N(0.9, 0.8) animal, N(9, 5) vehicle (m/s); turn rate exponential with mean 0.03 human,
/// 0.15 animal, 0.02 vehicle (rad/s); stop↔go switches exponential with mean 0.002 human,
/// 0.02 animal, 0.003 vehicle (per s); companions Poisson with mean 0.3 human, 2.5 animal,
/// 0.2 vehicle; size — the apparent *height* imaging sensors report (detections' `size`) —
/// N(1.7, 0.3) human, N(1.0, 0.35) animal, N(2.2, 0.6) vehicle (m: a jeep 1.9, a truck 3).
public struct KinematicClassifier: Classifier {
    /// P(human), P(animal), P(vehicle).
    public var prior: SIMD3<Double>

    public init(prior: SIMD3<Double> = SIMD3(0.4, 0.5, 0.1)) { self.prior = prior / prior.sum() }

    public func classify(_ f: ClassFeatures) -> (TargetClass, probability: Double) {
        let post = posterior(f)
        var best = 0
        for k in 1..<3 where post[k] > post[best] { best = k }
        return ([TargetClass.human, .animal, .vehicle][best], post[best])
    }

    /// P(human | f), P(animal | f), P(vehicle | f).
    public func posterior(_ f: ClassFeatures) -> SIMD3<Double> {
        let w = min(1, f.observedTime / 60)
        var log = SIMD3(Double.log(prior[0]), Double.log(prior[1]), Double.log(prior[2]))
        if f.observedTime > 0 {
            var l = SIMD3<Double>.zero
            l += SIMD3(Self.gauss(f.speed, 1.3, 0.6), Self.gauss(f.speed, 0.9, 0.8), Self.gauss(f.speed, 9, 5))
            l += SIMD3(Self.expo(f.turnRate, 0.03), Self.expo(f.turnRate, 0.15), Self.expo(f.turnRate, 0.02))
            l += SIMD3(Self.expo(f.stopGoRate, 0.002), Self.expo(f.stopGoRate, 0.02), Self.expo(f.stopGoRate, 0.003))
            l += SIMD3(Self.poisson(f.companions, 0.3), Self.poisson(f.companions, 2.5), Self.poisson(f.companions, 0.2))
            if let s = f.thermalSize {
                l += SIMD3(Self.gauss(s, 1.7, 0.3), Self.gauss(s, 1.0, 0.35), Self.gauss(s, 2.2, 0.6))
            }
            log += l * w
        }
        let top = max(log[0], max(log[1], log[2]))
        let e = SIMD3(Double.exp(log[0] - top), Double.exp(log[1] - top), Double.exp(log[2] - top))
        return e / e.sum()
    }

    static func gauss(_ x: Double, _ m: Double, _ s: Double) -> Double { -0.5 * ((x - m) / s) * ((x - m) / s) - Double.log(s) }
    static func expo(_ x: Double, _ mean: Double) -> Double { -x / mean - Double.log(mean) }
    /// Poisson log-pmf continued to real n through ln Γ.
    static func poisson(_ n: Double, _ mean: Double) -> Double { n * Double.log(mean) - mean - Double.logGamma(n + 1) }
}
