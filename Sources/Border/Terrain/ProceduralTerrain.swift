public import GuidepostCore

/// Deterministic procedural ground and vegetation, standing in for elevation and land-cover
/// data that are not shipped. Plausible, not real: river plains and tidal flats in the west,
/// the Cheorwon plateau in the centre-west, ridged mountains in the east (domain.md §2).
///
/// Elevation, with `f = s / length` the fraction along the border:
///
///     z(x, y) = μ(f) + A(f)·[(1 − r(f))·N(x, y) + r(f)·(2·(1 − |N′(x, y)|) − 1)]
///
/// where `μ`, `A` are piecewise-linear regional mean and relief (tables below), `N`, `N′`
/// 5-octave value-noise sums with a 4 km base wavelength, and `r` the ridged weight, 0 west of
/// f = 0.5 rising to 1 at f = 0.8. Vegetation is `0.45 + 0.35·N″(x, y)` (1.5 km wavelength)
/// before the model's feature rules (DMZ overgrowth, cleared strips, water, roads).
/// - Complexity: O(octaves) per point.
public struct ProceduralTerrain: Hashable, Sendable {
    /// The seed of the fields.
    public let seed: UInt64
    /// Length of the line `s` is measured along, metres.
    public let lineLength: Double
    let ground: LatticeNoise
    let ridges: LatticeNoise
    let cover: LatticeNoise

    /// Terrain for `seed` along a line `lineLength` metres long.
    public init(seed: UInt64, lineLength: Double) {
        self.seed = seed
        self.lineLength = lineLength
        ground = LatticeNoise(seed: seed ^ 0x6E0D)
        ridges = LatticeNoise(seed: seed ^ 0x21D6E)
        cover = LatticeNoise(seed: seed ^ 0xC0FE)
    }

    /// Regional mean ground height μ(f), metres (west: Han/Imjin plains; east: Taebaek ridges
    /// falling to the coast).
    static let meanTable: [(Double, Double)] = [
        (0, 5), (0.06, 25), (0.2, 70), (0.3, 140), (0.42, 220), (0.52, 300), (0.62, 450), (0.75, 600),
        (0.88, 720), (0.96, 450), (1, 20),
    ]
    /// Regional relief A(f), metres.
    static let reliefTable: [(Double, Double)] = [
        (0, 12), (0.15, 50), (0.35, 110), (0.55, 260), (0.75, 420), (0.9, 450), (1, 120),
    ]

    static func interpolate(_ table: [(Double, Double)], _ f: Double) -> Double {
        if f <= table[0].0 { return table[0].1 }
        for k in 1..<table.count where f <= table[k].0 {
            let (f0, v0) = table[k - 1]
            let (f1, v1) = table[k]
            return v0 + (v1 - v0) * (f - f0) / (f1 - f0)
        }
        return table[table.count - 1].1
    }

    /// Regional mean ground height at arc length `s`, metres.
    public func regionalMean(at s: Double) -> Double { Self.interpolate(Self.meanTable, s / lineLength) }

    /// Procedural ground height at `p` (whose arc length is `s`), metres above sea level.
    public func elevation(at p: Point, s: Double) -> Double {
        let f = s / lineLength
        let mu = Self.interpolate(Self.meanTable, f)
        let a = Self.interpolate(Self.reliefTable, f)
        let r = Swift.min(1, Swift.max(0, (f - 0.5) / 0.3))
        let x = p.x / 4000
        let y = p.y / 4000
        let n = ground.fbm(x, y, octaves: 5)
        var z = mu + a * (1 - r) * n
        if r > 0 {
            let ridged = 2 * (1 - abs(ridges.fbm(x * 0.8, y * 0.8, octaves: 5))) - 1
            z += a * r * ridged
        }
        return Swift.max(0, z)
    }

    /// Procedural vegetation density at `p`, in [0, 1].
    public func vegetation(at p: Point) -> Double {
        Swift.min(1, Swift.max(0, 0.45 + 0.35 * 1.6 * cover.fbm(p.x / 1500, p.y / 1500, octaves: 4)))
    }
}
