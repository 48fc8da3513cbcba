/// The times interchange records and logged events may carry: seconds since a run's start,
/// finite and within ±`limit`.
///
/// Why a bound: a time is later turned into whole seconds, clock text and differences with
/// other times (alert reasons, report clocks, time buckets); a time like 1e300 cannot become an
/// `Int` and would stop the process. ±1e9 s (about 31.7 years either side of the start) is far
/// beyond any watch and keeps every such conversion exact.
public enum RecordTime {
    /// The largest magnitude a time may have, seconds.
    public static let limit = 1e9

    /// Why `t` cannot be a record's time, if it cannot.
    public static func problem(_ t: Double) -> String? {
        if !t.isFinite { return "time must be a finite number" }
        if abs(t) > limit {
            return "time \(t) s is out of range: times are seconds since the run's start, within ±1e9 s (about 31 years)"
        }
        return nil
    }
}

/// The coordinates and speeds interchange records may carry, metres and metres per second in a
/// planar metric frame (EPSG:5179 in Guidepost).
///
/// Why a bound: positions become distances, offsets from the MDL and whole metres in messages;
/// a coordinate like 1e300 cannot become an `Int`. ±1e8 m is more than twice the Earth's
/// circumference, so no real frame is refused; 1e5 m/s is far beyond anything that moves on
/// the ground.
public enum RecordSpace {
    /// The largest magnitude a coordinate may have, metres.
    public static let coordinateLimit = 1e8
    /// The largest magnitude a velocity component may have, metres per second.
    public static let speedLimit = 1e5

    /// Why `value` cannot be a coordinate, if it cannot.
    public static func coordinateProblem(_ value: Double) -> String? {
        if !value.isFinite { return "must be a finite number" }
        if abs(value) > coordinateLimit { return "\(value) m is out of range (a planar coordinate within ±1e8 m)" }
        return nil
    }

    /// Why `value` cannot be a velocity component, if it cannot.
    public static func speedProblem(_ value: Double) -> String? {
        if !value.isFinite { return "must be a finite number" }
        if abs(value) > speedLimit { return "\(value) m/s is out of range (within ±1e5 m/s)" }
        return nil
    }
}
