import RealModule

/// Each sensor's detection probability P_D, learnt online from the confirmed tracks it looks at,
/// so that nobody has to tell the tracker how often its sensors see what is there.
///
/// Every look of sensor s at a confirmed track with existence r adds r to its looks, and r to its
/// detections when the look found the track: P̂_s = (D + n₀ P₀) / (L + n₀), the mean of a Beta
/// posterior with the configured P₀ as prior worth n₀ looks (the Beta model of Mahler, Vo & Vo,
/// IEEE TSP 2011), kept within [`floor`, `ceiling`]. Weighting by r keeps tracks that are
/// probably false, or whose target has gone, from dragging the estimate down. Forgetting
/// (half-life `halfLife` seconds of feed time) follows a sensor whose sight changes with the
/// weather. `DetectionRate` then starts each track from its sensor's P̂_s.
public struct SensorDetectionRates: Sendable, Equatable {
    /// n₀, looks' worth of weight on the configured P_D.
    public var priorWeight: Double
    /// Seconds of feed time after which what was learnt counts half.
    public var halfLife: Double
    /// The range P̂_s is kept in.
    public var floor: Double, ceiling: Double
    /// Whether a look that missed a confirmed track counts only once the track is detected again,
    /// and never if the track ends first (the tracker holds it back). A track's last misses are
    /// mostly its target gone, not unseen; counted, weighted by an existence still near 1, they
    /// bias P̂_s low (on Stone Soup's simulators by about a point), and a low P̂_s makes each miss
    /// say less, which keeps tracks of dead targets alive. Off by default: on the border most
    /// tracks end because their target is hidden while the sensor still looks, and there those
    /// misses are the sensor's (docs/tracking.md).
    public var missesAwaitDetection = false

    private struct Record: Sendable, Equatable {
        var looks = 0.0, detections = 0.0
        var time: Double
    }

    /// Keyed by sensor; iterated only by `estimates`, whose callers order it.
    private var sensors: [Int: Record] = [:]

    public init(priorWeight: Double = 20, halfLife: Double = 3_600, floor: Double = 0.3, ceiling: Double = 0.99) {
        precondition(priorWeight > 0 && halfLife > 0, "the prior weight and half-life must be positive")
        precondition(floor > 0 && floor < ceiling && ceiling < 1, "the range must lie in (0, 1)")
        self.priorWeight = priorWeight
        self.halfLife = halfLife
        self.floor = floor
        self.ceiling = ceiling
    }

    /// P̂_s of `sensor` at `time`, for configured P_D `configured`.
    public func estimate(_ sensor: Int, configured: Double, at time: Double) -> Double {
        guard let r = sensors[sensor] else { return configured }
        let f = fading(time - r.time)
        let p = (r.detections * f + priorWeight * configured) / (r.looks * f + priorWeight)
        return min(max(p, floor), ceiling)
    }

    /// P̂_s of every sensor that has looked at a confirmed track, at `time`, for configured P_D
    /// `configured`.
    public func estimates(configured: Double, at time: Double) -> [Int: Double] {
        Dictionary(uniqueKeysWithValues: sensors.keys.map { ($0, estimate($0, configured: configured, at: time)) })
    }

    /// Records a look of `sensor` at a confirmed track of existence `existence`, which found it
    /// or not.
    public mutating func looked(_ sensor: Int, existence: Double, found: Bool, at time: Double) {
        var r = sensors[sensor] ?? Record(time: time)
        let f = fading(time - r.time)
        r.looks = r.looks * f + existence
        r.detections = r.detections * f + (found ? existence : 0)
        r.time = max(r.time, time)
        sensors[sensor] = r
    }

    @inline(__always)
    private func fading(_ dt: Double) -> Double { dt <= 0 ? 1 : Double.exp2(-dt / halfLife) }
}
