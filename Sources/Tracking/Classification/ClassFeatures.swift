import RealModule

/// What a track has shown about itself, smoothed over time (exponential moving averages with
/// time constant `memory`), for classification.
///
/// Three guards keep a new or far track's noise from reading as animal behaviour (a man walking
/// at 1.6 km from a TOD read "animal, p 0.99" for three minutes on the alarm bench):
/// - speed and size average their first samples plainly (gain max(a, 1/n)) rather than
///   creeping up from zero or from the first, coarsest measurement;
/// - stop↔go switches are not counted in the first `settle` seconds, while the filter's
///   velocity converges from rest;
/// - the turn rate compares headings `turnBaseline` seconds or more apart, so the heading's
///   scan-to-scan jitter at range does not count as turning.
public struct ClassFeatures: Sendable, Equatable {
    /// Mean speed while moving, m/s.
    public var speed: Double = 0
    /// Root-mean-square turn rate while moving, rad/s.
    public var turnRate: Double = 0
    /// Rate of stop↔go switches, per second.
    public var stopGoRate: Double = 0
    /// Fraction of time spent stopped.
    public var stoppedFraction: Double = 0
    /// Mean number of other tracks moving with this one (within 40 m, speed difference < 1 m/s).
    public var companions: Double = 0
    /// Mean apparent thermal size, metres, when detections carry one.
    public var thermalSize: Double?
    /// Seconds of history folded in.
    public var observedTime: Double = 0
    var heading: HeadingSample?
    var wasStopped = false
    var speedSamples = 0
    var sizeSamples = 0
    /// Seconds of memory for the averages.
    public static let memory = 120.0
    /// Seconds after a track starts before its stop↔go switches count.
    public static let settle = 20.0
    /// Shortest interval over which a heading change counts as a turn, seconds.
    public static let turnBaseline = 10.0

    /// A heading, radians, and when it was taken (seconds of `observedTime`).
    struct HeadingSample: Sendable, Equatable {
        var angle: Double
        var t: Double
    }

    public init() {}

    /// Folds in one scan: the filtered velocity, whether the filter thinks the target is stopped,
    /// companions seen this scan, and a thermal size if the detection had one.
    public mutating func observe(
        velocity: (x: Double, y: Double), stopped: Bool, companions n: Int, thermalSize size: Double?, dt: Double
    ) {
        guard dt > 0 else { return }
        let a = 1 - Double.exp(-dt / Self.memory)
        let s = (velocity.x * velocity.x + velocity.y * velocity.y).squareRoot()
        let now = observedTime + dt
        stoppedFraction += a * ((stopped ? 1 : 0) - stoppedFraction)
        let switched = stopped != wasStopped && observedTime >= Self.settle
        stopGoRate += a * ((switched ? 1 / dt : 0) - stopGoRate)
        wasStopped = stopped
        companions += a * (Double(n) - companions)
        if !stopped, s > 0.3 {
            speedSamples += 1
            speed += max(a, 1 / Double(speedSamples)) * (s - speed)
            let h = Double.atan2(y: velocity.y, x: velocity.x)
            if let last = heading {
                let span = now - last.t
                if span >= Self.turnBaseline {
                    var dh = h - last.angle
                    dh -= 2 * Double.pi * (dh / (2 * Double.pi)).rounded()
                    let w = dh / span
                    let b = 1 - Double.exp(-span / Self.memory)
                    turnRate = (turnRate * turnRate + b * (w * w - turnRate * turnRate)).squareRoot()
                    heading = HeadingSample(angle: h, t: now)
                }
            } else {
                heading = HeadingSample(angle: h, t: now)
            }
        } else {
            heading = nil
        }
        if let size {
            sizeSamples += 1
            let g = max(a, 1 / Double(sizeSamples))
            thermalSize = thermalSize.map { $0 + g * (size - $0) } ?? size
        }
        observedTime = now
    }
}
