import GuidepostCore
import Testing

@Suite struct Covariance2Tests {
    @Test func mahalanobisMatchesTheInverseByHand() throws {
        let c = Covariance2(xx: 4, xy: 1, yy: 9)
        let v = Vector2(2, -3)
        let inv = try #require(c.matrix.inverse)
        let expected = v.dot(inv * v)
        #expect(abs(c.mahalanobisSquared(v) - expected) < 1e-12)
    }

    @Test func rotationPreservesTraceAndDeterminant() {
        let c = Covariance2(xx: 25, xy: 3, yy: 4)
        let r = c.transformed(by: .rotation(0.7))
        #expect(abs(r.trace - c.trace) < 1e-9)
        #expect(abs(r.determinant - c.determinant) < 1e-9)
    }

    @Test func invalidCovariancesAreRejected() {
        #expect(!Covariance2(xx: -1, yy: 1).isValid)
        #expect(!Covariance2(xx: 1, xy: 5, yy: 1).isValid)
        #expect(!Covariance2(xx: .nan, yy: 1).isValid)
        #expect(Covariance2(xx: 1, xy: 0.5, yy: 1).isValid)
    }
}
