/// Seeded value noise on an integer lattice, in one and two dimensions, and its fractal sum.
///
/// Lattice values are a stateless hash of (seed, i, j) (the SplitMix64 finaliser), so any
/// point can be evaluated in any order and the field is identical for the same seed:
///
///     n(x, y) = lerp(lerp(h₀₀, h₁₀, f(ξ)), lerp(h₀₁, h₁₁, f(ξ)), f(η)),  f(t) = t³(6t² − 15t + 10)
///
/// with `hᵢⱼ ∈ [−1, 1]` the hashed lattice values and ξ, η the fractional parts (quintic fade,
/// Perlin 2002). `fbm` sums octaves of doubling frequency and halving amplitude, normalised to
/// [−1, 1].
/// - Complexity: O(1) per octave.
public struct LatticeNoise: Hashable, Sendable {
    /// The seed the lattice values hash.
    public let seed: UInt64

    /// Noise for `seed`.
    public init(seed: UInt64) { self.seed = seed }

    @inline(__always)
    static func mix(_ z0: UInt64) -> UInt64 {
        var z = z0 &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    func lattice(_ i: Int, _ j: Int) -> Double {
        let h = Self.mix(seed ^ Self.mix(UInt64(bitPattern: Int64(i)) &* 0x632B_E59B_D9B4_E019 ^ UInt64(bitPattern: Int64(j))))
        return Double(h >> 11) * 0x1.0p-52 - 1
    }

    @inline(__always)
    static func fade(_ t: Double) -> Double { t * t * t * (t * (t * 6 - 15) + 10) }

    /// Value noise at (x, y) in lattice units, in [−1, 1].
    @inline(__always)
    public func value(_ x: Double, _ y: Double) -> Double {
        let fx = x.rounded(.down)
        let fy = y.rounded(.down)
        let i = Int(fx)
        let j = Int(fy)
        let u = Self.fade(x - fx)
        let v = Self.fade(y - fy)
        let a = lattice(i, j) + (lattice(i + 1, j) - lattice(i, j)) * u
        let b = lattice(i, j + 1) + (lattice(i + 1, j + 1) - lattice(i, j + 1)) * u
        return a + (b - a) * v
    }

    /// Value noise along one axis, in [−1, 1].
    public func value(_ x: Double) -> Double { value(x, 0.5) }

    /// Fractal sum of `octaves` octaves starting at `x, y` (lattice units), in [−1, 1].
    public func fbm(_ x: Double, _ y: Double, octaves: Int) -> Double {
        var sum = 0.0
        var amp = 1.0
        var norm = 0.0
        var f = 1.0
        for o in 0..<octaves {
            sum += amp * LatticeNoise(seed: seed &+ UInt64(o) &* 0x9E37).value(x * f + Double(o) * 17.31, y * f)
            norm += amp
            amp *= 0.5
            f *= 2
        }
        return sum / norm
    }
}
