import Foundation

/// A 2×2 matrix, row-major: `[[a, b], [c, d]]`.
public struct Matrix2: Hashable, Sendable {
    public var a: Double, b: Double, c: Double, d: Double

    public init(_ a: Double, _ b: Double, _ c: Double, _ d: Double) {
        self.a = a
        self.b = b
        self.c = c
        self.d = d
    }

    public static let identity = Matrix2(1, 0, 0, 1)

    /// A rotation by `radians` anticlockwise.
    public static func rotation(_ radians: Double) -> Matrix2 {
        let (s, co) = (sin(radians), cos(radians))
        return Matrix2(co, -s, s, co)
    }

    public var determinant: Double { a * d - b * c }
    public var transposed: Matrix2 { Matrix2(a, c, b, d) }
    public var trace: Double { a + d }

    /// The inverse, or nil when the matrix is singular (|det| below 1e-300).
    public var inverse: Matrix2? {
        let det = determinant
        guard abs(det) > 1e-300 else { return nil }
        return Matrix2(d / det, -b / det, -c / det, a / det)
    }

    public static func * (m: Matrix2, v: Vector2) -> Vector2 { Vector2(m.a * v.x + m.b * v.y, m.c * v.x + m.d * v.y) }
    public static func * (m: Matrix2, n: Matrix2) -> Matrix2 {
        Matrix2(m.a * n.a + m.b * n.c, m.a * n.b + m.b * n.d, m.c * n.a + m.d * n.c, m.c * n.b + m.d * n.d)
    }
    public static func * (m: Matrix2, s: Double) -> Matrix2 { Matrix2(m.a * s, m.b * s, m.c * s, m.d * s) }
    public static func + (m: Matrix2, n: Matrix2) -> Matrix2 { Matrix2(m.a + n.a, m.b + n.b, m.c + n.c, m.d + n.d) }
    public static func - (m: Matrix2, n: Matrix2) -> Matrix2 { Matrix2(m.a - n.a, m.b - n.b, m.c - n.c, m.d - n.d) }
}
