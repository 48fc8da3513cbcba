import RealModule

/// One of the eight compass points, for spoken directions (grid north; the grid's convergence
/// from true north is under 1° along the DMZ, well inside a 45° sector).
public enum CompassDirection: String, Sendable, CaseIterable {
    case north, northEast = "north-east", east, southEast = "south-east"
    case south, southWest = "south-west", west, northWest = "north-west"

    /// The point whose 45° sector holds the bearing of `(dx, dy)` (x east, y north).
    public init(dx: Double, dy: Double) {
        var bearing = Double.atan2(y: dx, x: dy) / (2 * Double.pi) * 8  // eighths clockwise from north
        if bearing < 0 { bearing += 8 }
        let k = Int(bearing.rounded()) % 8
        self = Self.allCases[k]
    }
}
