public import GuidepostCore
import RealModule

/// Naive-Bayes classification into human / animal / vehicle from smoothed kinematics and, where
/// given, thermal size: P(c | f) ∝ P(c) Πₖ p(fₖ | c)^w, with w = min(1, observed time / 60 s) so
/// early, noisy features count for less; a feature not yet measured is left out. When no class
/// reaches `reject`, the track is `unknown` (Chow's rule: better to say so than to guess, and the
/// alert policy treats unknown as a possible person).
///
/// Class-conditional densities (assumptions, see docs/tracking.md): speed N(1.3, 0.6) human,
/// N(0.9, 0.8) animal, N(9, 5) vehicle (m/s); turn rate exponential with mean 0.03 human,
/// 0.15 animal, 0.02 vehicle (rad/s); stop↔go switches a Poisson count n over the exposure T
/// with rates 0.002 human, 0.02 animal, 0.003 vehicle (per s): ln p = n ln λ − λT, so T without a
/// switch favours the calm classes and each switch weighs ln(λ_animal / λ_human) = 2.3 nats, no
/// more; size — the apparent *height* imaging sensors report (detections' `size`) —
/// N(1.7, 0.3) human, N(1.0, 0.35) animal, N(2.2, 0.6) vehicle (m: a jeep 1.9, a truck 3).
/// Companions are not evidence: patrols of two to four and work parties of twenty walk
/// together as herds do, while water deer go alone (a work party split into files read as a
/// herd); `ClassFeatures` still records them, the likelihood leaves them out.
public struct KinematicClassifier: Classifier {
    /// P(human), P(animal), P(vehicle).
    public var prior: SIMD3<Double>

    /// The least posterior a class needs to be named; below it the track is `unknown`.
    public var reject: Double

    public init(prior: SIMD3<Double> = SIMD3(0.4, 0.5, 0.1), reject: Double = 0.6) {
        self.prior = prior / prior.sum()
        self.reject = reject
    }

    /// The likeliest class and its posterior, or `unknown` with that posterior when it is below
    /// `reject`.
    public func classify(_ f: ClassFeatures) -> (TargetClass, probability: Double) {
        let post = posterior(f)
        var best = 0
        for k in 1..<3 where post[k] > post[best] { best = k }
        guard post[best] >= reject else { return (.unknown, post[best]) }
        return ([TargetClass.human, .animal, .vehicle][best], post[best])
    }

    /// P(human | f), P(animal | f), P(vehicle | f).
    public func posterior(_ f: ClassFeatures) -> SIMD3<Double> {
        let w = min(1, f.observedTime / 60)
        var log = SIMD3(Double.log(prior[0]), Double.log(prior[1]), Double.log(prior[2]))
        if f.observedTime > 0 {
            var l = SIMD3<Double>.zero
            if f.speedSamples > 0 {
                l += SIMD3(Self.gauss(f.speed, 1.3, 0.6), Self.gauss(f.speed, 0.9, 0.8), Self.gauss(f.speed, 9, 5))
            }
            if f.turnSamples > 0 {
                l += SIMD3(Self.expo(f.turnRate, 0.03), Self.expo(f.turnRate, 0.15), Self.expo(f.turnRate, 0.02))
            }
            if f.stopGoExposure > 0 {
                let (n, t) = (f.stopGoSwitches, f.stopGoExposure)
                l += SIMD3(Self.count(n, 0.002, t), Self.count(n, 0.02, t), Self.count(n, 0.003, t))
            }
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
    /// The class-dependent part of a Poisson log-pmf for n events at rate λ over T: n ln λ − λT.
    static func count(_ n: Double, _ rate: Double, _ t: Double) -> Double { n * Double.log(rate) - rate * t }
}
