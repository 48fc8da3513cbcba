/// A two-component vector: a displacement or velocity in a planar metric frame.
public struct Vector2: Hashable, Sendable, Codable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    public static let zero = Vector2(0, 0)

    /// Euclidean norm.
    public var length: Double { (x * x + y * y).squareRoot() }
    /// Squared Euclidean norm (cheaper; use for comparisons).
    public var lengthSquared: Double { x * x + y * y }
    /// The vector scaled to unit length, or zero when the vector is zero.
    public var normalized: Vector2 {
        let l = length
        return l > 0 ? Vector2(x / l, y / l) : .zero
    }
    /// The vector turned 90° anticlockwise (left of the direction of travel).
    public var perpendicularLeft: Vector2 { Vector2(-y, x) }

    public func dot(_ o: Vector2) -> Double { x * o.x + y * o.y }
    /// The z component of the 3-D cross product: positive when `o` lies anticlockwise of `self`.
    public func cross(_ o: Vector2) -> Double { x * o.y - y * o.x }

    public static func + (a: Vector2, b: Vector2) -> Vector2 { Vector2(a.x + b.x, a.y + b.y) }
    public static func - (a: Vector2, b: Vector2) -> Vector2 { Vector2(a.x - b.x, a.y - b.y) }
    public static func * (a: Vector2, s: Double) -> Vector2 { Vector2(a.x * s, a.y * s) }
    public static func * (s: Double, a: Vector2) -> Vector2 { Vector2(a.x * s, a.y * s) }
    public static func / (a: Vector2, s: Double) -> Vector2 { Vector2(a.x / s, a.y / s) }
    public static prefix func - (a: Vector2) -> Vector2 { Vector2(-a.x, -a.y) }
}
