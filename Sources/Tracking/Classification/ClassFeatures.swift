import RealModule

/// What a track has shown about itself, smoothed over time (exponential moving averages with
/// time constant `memory`), for classification.
///
/// Four guards keep a new or far track's noise from reading as animal behaviour (a man walking
/// at 1.6 km from a TOD read "animal, p 0.99" for three minutes on the alarm bench; patrols seen
/// at 4 km read animal 13 % of the time on the full-border world because their filter's "stopped"
/// probability hovered about ½ and flickered):
/// - speed and size average their first samples plainly (gain max(a, 1/n)) rather than
///   creeping up from zero or from the first, coarsest measurement;
/// - stop↔go switches are not counted in the first `settle` seconds, while the filter's
///   velocity converges from rest, and a switch counts only once the new state has held for
///   `switchHold` seconds (a pause of a few scans at the edge of a sensor's reach is not one);
/// - the turn rate compares headings `turnBaseline` seconds or more apart, so the heading's
///   scan-to-scan jitter at range does not count as turning; speed and heading count only when
///   the filter knows them (speed at least `headingMargin` times the velocity's standard
///   deviation: the heading within about ±20°);
/// - a feature not yet measured says nothing (`turnSamples`, `speedSamples`, `stopGoExposure`),
///   rather than reading as a zero that favours one class.
public struct ClassFeatures: Sendable, Equatable {
    /// Mean speed while moving, m/s.
    public var speed: Double = 0
    /// Root-mean-square turn rate while moving, rad/s.
    public var turnRate: Double = 0
    /// Rate of stop↔go switches, per second (`stopGoSwitches` / `stopGoExposure`).
    public var stopGoRate: Double { stopGoExposure > 0 ? stopGoSwitches / stopGoExposure : 0 }
    /// Stop↔go switches counted, faded with the averages' memory.
    public var stopGoSwitches: Double = 0
    /// Seconds over which switches could have been counted (after `settle`), faded alike.
    public var stopGoExposure: Double = 0
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
    /// The state the track seems to have switched to, and since when, until it has held.
    var pending: PendingSwitch?
    var speedSamples = 0
    var sizeSamples = 0
    /// Turn-rate samples taken (headings `turnBaseline` apart).
    public internal(set) var turnSamples = 0
    /// Seconds of memory for the averages.
    public static let memory = 120.0
    /// Seconds after a track starts before its stop↔go switches count.
    public static let settle = 20.0
    /// Shortest interval over which a heading change counts as a turn, seconds.
    public static let turnBaseline = 10.0
    /// How many velocity standard deviations the speed must be for the speed and heading to count.
    public static let headingMargin = 3.0
    /// Seconds a new stopped / moving state must hold before it counts as a switch.
    public static let switchHold = 10.0

    /// A stopped / moving state seen since `since` (seconds of `observedTime`), not yet held long
    /// enough to count.
    struct PendingSwitch: Sendable, Equatable {
        var stopped: Bool
        var since: Double
    }

    /// A heading, radians, and when it was taken (seconds of `observedTime`).
    struct HeadingSample: Sendable, Equatable {
        var angle: Double
        var t: Double
    }

    public init() {}

    /// Folds in one scan: the filtered velocity, whether the filter thinks the target is stopped,
    /// companions seen this scan, and a thermal size if the detection had one.
    /// `velocitySigma` is the filter's standard deviation of each velocity component, m/s (0 when
    /// it is not known): a heading less certain than that says nothing about turning.
    public mutating func observe(
        velocity: (x: Double, y: Double), stopped: Bool, companions n: Int, thermalSize size: Double?, dt: Double,
        velocitySigma: Double = 0
    ) {
        guard dt > 0 else { return }
        let a = 1 - Double.exp(-dt / Self.memory)
        let s = (velocity.x * velocity.x + velocity.y * velocity.y).squareRoot()
        let now = observedTime + dt
        stoppedFraction += a * ((stopped ? 1 : 0) - stoppedFraction)
        var switched = false
        if stopped == wasStopped {
            pending = nil
        } else if let p = pending, p.stopped == stopped {
            if now - p.since >= Self.switchHold {
                switched = true
                wasStopped = stopped
                pending = nil
            }
        } else {
            pending = PendingSwitch(stopped: stopped, since: now)
        }
        if observedTime >= Self.settle {
            let fade = Double.exp(-dt / Self.memory)
            stopGoSwitches = stopGoSwitches * fade + (switched ? 1 : 0)
            stopGoExposure = stopGoExposure * fade + dt
        }
        companions += a * (Double(n) - companions)
        // A speed the filter cannot tell from zero (a standing sentry whose detections scatter
        // tens of metres) is no evidence of a slow amble.
        if !stopped, s > 0.3, s >= Self.headingMargin * velocitySigma {
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
                    turnSamples += 1
                    let g = max(b, 1 / Double(turnSamples))
                    turnRate = (turnRate * turnRate + g * (w * w - turnRate * turnRate)).squareRoot()
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
