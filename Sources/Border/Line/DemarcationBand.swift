public import GuidepostCore

/// The MDL as a band: two candidate centre lines tens of metres apart (the ROK military-map
/// MDL and the UNC line through surviving markers, domain.md §1.3), each given as an offset
/// `d = cₖ(s)` from the nominal line. Which candidate lies north changes along the border.
///
/// Since September 2024 the JCS acts on the more southern of the two, so "crossed" is judged
/// against `southern(s) = min(c_map(s), c_unc(s))`: a person coming south has crossed the MDL
/// when `d < southern(s)`; the band is `southern(s) ≤ d ≤ northern(s)`.
///
/// Generated deterministically: the separation `h(s) ∈ [10, 60]` m and the centre shift
/// `c(s) ∈ [−15, 15]` m are value noise along `s` with a 3 km lattice, and
/// `c_map = c + σ(s)·h/2`, `c_unc = c − σ(s)·h/2` with `σ(s) = ±1` from a 9 km lattice
/// (which one is north) — an assumption: the real offsets are not public.
public struct DemarcationBand: Sendable {
    /// The line of the frame (nominal MDL).
    public let line: DemarcationLine
    let noise: LatticeNoise

    /// Smallest and largest distance between the two candidates, metres.
    public static let separationRange = 10.0...60.0

    /// The band about `line` for `seed`.
    public init(line: DemarcationLine, seed: UInt64) {
        self.line = line
        noise = LatticeNoise(seed: seed ^ 0xBA4D)
    }

    /// Offset of the ROK military-map candidate line at `s`, metres north of the nominal line.
    public func mapLineOffset(at s: Double) -> Double {
        let (c, h, sign) = parameters(s)
        return c + sign * h / 2
    }

    /// Offset of the UNC marker-line candidate at `s`, metres north of the nominal line.
    public func uncLineOffset(at s: Double) -> Double {
        let (c, h, sign) = parameters(s)
        return c - sign * h / 2
    }

    /// The southern candidate's offset at `s` (the line "crossed" is judged against).
    public func southern(at s: Double) -> Double { Swift.min(mapLineOffset(at: s), uncLineOffset(at: s)) }
    /// The northern candidate's offset at `s`.
    public func northern(at s: Double) -> Double { Swift.max(mapLineOffset(at: s), uncLineOffset(at: s)) }

    /// True when `p` lies south of the southern candidate line: certainly in the South.
    public func isSouthOfBand(_ p: Point) -> Bool {
        let c = line.alongBorder(p)
        return c.d < southern(at: c.s)
    }

    /// `p` itself when it lies south of the southern candidate line, else the point `margin`
    /// metres south of that line at `p`'s along-border position: where a ROK team reported (or
    /// posted) north of the line is planned from (issue 19: teams never plan north of the MDL).
    public func nearestPointSouth(of p: Point, margin: Double = 10) -> Point {
        let c = line.alongBorder(p)
        let south = southern(at: c.s)
        guard !(c.d < south) else { return p }
        return line.point(AlongBorderCoordinate(s: c.s, d: south - margin))
    }

    /// True when `p` lies north of the northern candidate line: certainly in the North.
    public func isNorthOfBand(_ p: Point) -> Bool {
        let c = line.alongBorder(p)
        return c.d > northern(at: c.s)
    }

    /// True when a move from `a` to `b` has crossed the MDL southwards: `a` was not south of the
    /// band and `b` is south of the southern candidate line.
    public func crossedSouthward(from a: Point, to b: Point) -> Bool { !isSouthOfBand(a) && isSouthOfBand(b) }

    /// A candidate line as a planar polyline sampled every `step` metres.
    public func candidateLine(_ which: Candidate, step: Double = 250) -> PlanarPolyline {
        let n = Swift.max(2, Int((line.length / step).rounded(.up)) + 1)
        return PlanarPolyline((0..<n).map { k in
            let s = line.length * Double(k) / Double(n - 1)
            let d = which == .militaryMap ? mapLineOffset(at: s) : uncLineOffset(at: s)
            return line.point(AlongBorderCoordinate(s: s, d: d))
        })
    }

    /// The two candidate centre lines.
    public enum Candidate: String, Sendable, CaseIterable {
        case militaryMap = "rok-map"
        case unc = "unc"
    }

    /// (southern, northern) offsets at `s` in one evaluation of the noise.
    public func offsets(at s: Double) -> (southern: Double, northern: Double) {
        let (c, h, _) = parameters(s)
        return (c - h / 2, c + h / 2)
    }

    private func parameters(_ s: Double) -> (Double, Double, Double) {
        let h = Self.separationRange.lowerBound
            + (Self.separationRange.upperBound - Self.separationRange.lowerBound) * (noise.value(s / 3000) + 1) / 2
        let c = 15 * noise.value(s / 3000 + 1000)
        let sign: Double = noise.value(s / 9000 + 5000) >= 0 ? 1 : -1
        return (c, h, sign)
    }
}
