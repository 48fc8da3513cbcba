public import GuidepostCore

/// A Gaussian belief N(x; m, P) about one target at one instant. The state is
/// `[x, vx, y, vy]` (metres, metres per second) in any planar metric frame, as in Stone Soup.
public struct GaussianState: Sendable, Equatable {
    /// m = [x, vx, y, vy].
    public var mean: SIMD4<Double>
    /// P, 4×4, symmetric positive definite.
    public var covariance: Matrix4
    /// Seconds since the scenario's start.
    public var time: Double

    public init(mean: SIMD4<Double>, covariance: Matrix4, time: Double) {
        self.mean = mean
        self.covariance = covariance
        self.time = time
    }

    public var position: Point { Point(x: mean[0], y: mean[2]) }
    public var velocity: Vector2 { Vector2(mean[1], mean[3]) }
    /// The 2×2 block of P for (x, y).
    public var positionCovariance: Covariance2 {
        Covariance2(xx: covariance[0, 0], xy: covariance[0, 2], yy: covariance[2, 2])
    }
    /// The 2×2 block of P for (vx, vy).
    public var velocityCovariance: Covariance2 {
        Covariance2(xx: covariance[1, 1], xy: covariance[1, 3], yy: covariance[3, 3])
    }
}

/// The state a filter keeps for a track: a single Gaussian, or a mixture of modes that can
/// always be summarised as one.
public protocol TrackState: Sendable {
    /// The moment-matched Gaussian summary of the belief.
    var gaussian: GaussianState { get }
    /// Builds the state from a single Gaussian (used by initiators).
    init(initial: GaussianState)
    /// How likely the target is to be near-stationary now, when the filter knows (IMM); else nil.
    var stationaryProbability: Double? { get }
}

extension GaussianState: TrackState {
    public var gaussian: GaussianState { self }
    public init(initial: GaussianState) { self = initial }
    public var stationaryProbability: Double? { nil }
}
