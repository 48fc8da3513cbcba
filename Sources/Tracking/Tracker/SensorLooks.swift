/// When each sensor looks, learnt from when it reports, so that a track is only counted as
/// missed by a sensor that looked at it.
///
/// Sensors on a border sweep or revisit on their own periods (a thermal camera every 2 s, a radar
/// every 3 s) and report nothing when they see nothing. A scan of the common frame therefore holds
/// the looks of only some sensors; treating every scan as a look of every sensor (one P_D per
/// scan) makes a track seen by a 2-second camera "missed" every other scan and deletes it.
/// Sensor s is taken to look at time t when it reports at t, or when t − t_s = k Δ_s for a whole
/// k ≥ 1, t_s being its last report and Δ_s the shortest positive gap between its reports so far
/// (its revisit period, or a multiple of it until it has reported on consecutive looks; erring
/// that way only forgoes misses, never invents them).
/// - Complexity: O(1) per report and per query (hash lookups by sensor index).
struct SensorLooks: Sendable {
    private struct Clock: Sendable {
        var last: Double
        var period: Double?
    }

    /// Keyed by the caller's sensor index; only looked up, never iterated, so output order never
    /// depends on it.
    private var clocks: [Int: Clock] = [:]

    /// Records that `sensor` reported at `time` (call once per sensor and scan, in time order).
    mutating func reported(_ sensor: Int, at time: Double) {
        guard var c = clocks[sensor] else {
            clocks[sensor] = Clock(last: time, period: nil)
            return
        }
        let gap = time - c.last
        if gap > 0 {
            c.period = min(c.period ?? gap, gap)
            c.last = time
        }
        clocks[sensor] = c
    }

    /// Whether `sensor` is expected to have looked at `time`, from its reports before `time`
    /// (`reportedNow` says whether it reported in this very scan).
    func looks(_ sensor: Int, at time: Double, reportedNow: Bool) -> Bool {
        if reportedNow { return true }
        guard let c = clocks[sensor], let period = c.period, time > c.last else { return false }
        let k = ((time - c.last) / period).rounded()
        return k >= 1 && abs(time - c.last - k * period) <= 1e-3 * period
    }
}

/// The last time a sensor detected a track.
struct Sighting: Sendable, Equatable {
    var sensor: Int
    var time: Double
}
