import Foundation

/// A seeded, repeatable random number generator: xoshiro256** (Blackman & Vigna, 2018),
/// with its 256-bit state expanded from a 64-bit seed by SplitMix64 (Steele, Lea & Flood, 2014).
///
/// Every random draw in Guidepost goes through one of these, so the same scenario and seed give
/// byte-identical output. `split(label:)` derives independent streams for sub-systems (one per
/// sensor, one per actor) so adding a sensor does not perturb the draws of the others.
/// References: https://prng.di.unimi.it/xoshiro256starstar.c and https://prng.di.unimi.it/splitmix64.c
public struct SeededGenerator: RandomNumberGenerator, Sendable, Hashable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// Seeds the generator; any 64-bit seed, including 0, is valid.
    public init(seed: UInt64) {
        var sm = seed
        s0 = SeededGenerator.splitMix(&sm)
        s1 = SeededGenerator.splitMix(&sm)
        s2 = SeededGenerator.splitMix(&sm)
        s3 = SeededGenerator.splitMix(&sm)
    }

    /// One step of SplitMix64.
    static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    @inline(__always) private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// An independent generator for a named sub-stream, derived from this generator's seed state
    /// and a stable (FNV-1a) hash of `label`. Does not advance `self`.
    public func split(label: String) -> SeededGenerator {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in label.utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01B3
        }
        return SeededGenerator(seed: s0 ^ rotl(s1, 13) ^ rotl(s2, 29) ^ h)
    }

    /// A uniform Double in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A standard normal deviate (Box–Muller; one of the pair is discarded for simplicity of state).
    public mutating func normal() -> Double {
        var u1 = uniform()
        while u1 <= 0 { u1 = uniform() }
        let u2 = uniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// A normal deviate with the given mean and standard deviation.
    public mutating func normal(mean: Double, sigma: Double) -> Double { mean + sigma * normal() }

    /// True with probability `p`.
    public mutating func bernoulli(_ p: Double) -> Bool { uniform() < p }

    /// An exponential deviate with the given rate (events per unit), for Poisson arrival gaps.
    public mutating func exponential(rate: Double) -> Double {
        var u = uniform()
        while u <= 0 { u = uniform() }
        return -log(u) / rate
    }

    /// A Poisson-distributed count with mean `lambda` (Knuth for small means, normal approximation above 60).
    public mutating func poisson(mean lambda: Double) -> Int {
        guard lambda > 0 else { return 0 }
        if lambda > 60 { return max(0, Int((normal(mean: lambda, sigma: lambda.squareRoot())).rounded())) }
        let limit = exp(-lambda)
        var k = 0
        var p = uniform()
        while p > limit {
            k += 1
            p *= uniform()
        }
        return k
    }
}
