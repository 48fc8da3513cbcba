import GuidepostCore
import Operations

/// A straight border for tests: the MDL is y = 2,000,000 (so d = y − 2,000,000, s = x − 900,000),
/// the band ±20 m about it, the GOP fence at d = −2000.
struct StraightGeometry: AlertGeometry {
    func alongBorder(_ p: Point) -> AlongBorderCoordinate { AlongBorderCoordinate(s: p.x - 900_000, d: p.y - 2_000_000) }
    func band(at s: Double) -> (southern: Double, northern: Double) { (-20, 20) }
    func fence(at s: Double) -> Double { -2000 }
}

/// A track record at along-border position (s, d) moving (vs, vd) m/s.
func track(_ id: String, t: Double, s: Double, d: Double, vs: Double = 0, vd: Double, cls: TargetClass = .human, p: Double = 0.9)
    -> TrackRecord
{
    TrackRecord(t: t, track: id, x: 900_000 + s, y: 2_000_000 + d, vx: vs, vy: vd, targetClass: cls, classProbability: p)
}
