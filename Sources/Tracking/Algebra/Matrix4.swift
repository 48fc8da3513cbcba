/// A 4×4 matrix stored as four `SIMD4<Double>` rows; the covariance of a constant-velocity state
/// `[x, vx, y, vy]`. Fixed size so filters run without heap allocation.
public struct Matrix4: Sendable, Equatable {
    public var r0: SIMD4<Double>, r1: SIMD4<Double>, r2: SIMD4<Double>, r3: SIMD4<Double>

    public init(_ r0: SIMD4<Double>, _ r1: SIMD4<Double>, _ r2: SIMD4<Double>, _ r3: SIMD4<Double>) {
        self.r0 = r0
        self.r1 = r1
        self.r2 = r2
        self.r3 = r3
    }

    public static let zero = Matrix4(.zero, .zero, .zero, .zero)
    public static let identity = diagonal(1, 1, 1, 1)

    public static func diagonal(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> Matrix4 {
        Matrix4(SIMD4(a, 0, 0, 0), SIMD4(0, b, 0, 0), SIMD4(0, 0, c, 0), SIMD4(0, 0, 0, d))
    }

    /// Element at (row, column).
    public subscript(row: Int, column: Int) -> Double {
        get {
            switch row {
            case 0: r0[column]
            case 1: r1[column]
            case 2: r2[column]
            default: r3[column]
            }
        }
        set {
            switch row {
            case 0: r0[column] = newValue
            case 1: r1[column] = newValue
            case 2: r2[column] = newValue
            default: r3[column] = newValue
            }
        }
    }

    public var transposed: Matrix4 {
        Matrix4(
            SIMD4(r0[0], r1[0], r2[0], r3[0]), SIMD4(r0[1], r1[1], r2[1], r3[1]),
            SIMD4(r0[2], r1[2], r2[2], r3[2]), SIMD4(r0[3], r1[3], r2[3], r3[3]))
    }

    public var trace: Double { r0[0] + r1[1] + r2[2] + r3[3] }

    /// (M + Mᵀ)/2: removes the asymmetry rounding leaves in a covariance.
    public var symmetrised: Matrix4 {
        let t = transposed
        return Matrix4((r0 + t.r0) * 0.5, (r1 + t.r1) * 0.5, (r2 + t.r2) * 0.5, (r3 + t.r3) * 0.5)
    }

    @inline(__always)
    public static func * (m: Matrix4, v: SIMD4<Double>) -> SIMD4<Double> {
        SIMD4((m.r0 * v).sum(), (m.r1 * v).sum(), (m.r2 * v).sum(), (m.r3 * v).sum())
    }

    @inline(__always)
    public static func * (m: Matrix4, n: Matrix4) -> Matrix4 {
        @inline(__always) func row(_ r: SIMD4<Double>) -> SIMD4<Double> {
            n.r0 * r[0] + n.r1 * r[1] + n.r2 * r[2] + n.r3 * r[3]
        }
        return Matrix4(row(m.r0), row(m.r1), row(m.r2), row(m.r3))
    }

    public static func + (m: Matrix4, n: Matrix4) -> Matrix4 { Matrix4(m.r0 + n.r0, m.r1 + n.r1, m.r2 + n.r2, m.r3 + n.r3) }
    public static func - (m: Matrix4, n: Matrix4) -> Matrix4 { Matrix4(m.r0 - n.r0, m.r1 - n.r1, m.r2 - n.r2, m.r3 - n.r3) }
    public static func * (m: Matrix4, s: Double) -> Matrix4 { Matrix4(m.r0 * s, m.r1 * s, m.r2 * s, m.r3 * s) }

    /// The outer product a bᵀ.
    public static func outer(_ a: SIMD4<Double>, _ b: SIMD4<Double>) -> Matrix4 {
        Matrix4(b * a[0], b * a[1], b * a[2], b * a[3])
    }
}
