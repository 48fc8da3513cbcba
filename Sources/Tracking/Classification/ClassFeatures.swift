import RealModule

/// What a track has shown about itself, smoothed over time (exponential moving averages with
/// time constant `memory`), for classification.
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
    var heading: Double?
    var wasStopped = false
    /// Seconds of memory for the averages.
    public static let memory = 120.0

    public init() {}

    /// Folds in one scan: the filtered velocity, whether the filter thinks the target is stopped,
    /// companions seen this scan, and a thermal size if the detection had one.
    public mutating func observe(
        velocity: (x: Double, y: Double), stopped: Bool, companions n: Int, thermalSize size: Double?, dt: Double
    ) {
        guard dt > 0 else { return }
        let a = 1 - Double.exp(-dt / Self.memory)
        let s = (velocity.x * velocity.x + velocity.y * velocity.y).squareRoot()
        stoppedFraction += a * ((stopped ? 1 : 0) - stoppedFraction)
        stopGoRate += a * ((stopped != wasStopped ? 1 / dt : 0) - stopGoRate)
        wasStopped = stopped
        companions += a * (Double(n) - companions)
        if !stopped, s > 0.3 {
            speed = observedTime == 0 ? s : speed + a * (s - speed)
            let h = Double.atan2(y: velocity.y, x: velocity.x)
            if let last = heading {
                var dh = h - last
                dh -= 2 * Double.pi * (dh / (2 * Double.pi)).rounded()
                let w = dh / dt
                turnRate = (turnRate * turnRate + a * (w * w - turnRate * turnRate)).squareRoot()
            }
            heading = h
        } else {
            heading = nil
        }
        if let size { thermalSize = thermalSize.map { $0 + a * (size - $0) } ?? size }
        observedTime += dt
    }
}
