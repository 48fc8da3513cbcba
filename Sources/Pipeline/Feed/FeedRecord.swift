public import GuidepostCore

/// One line of a detection feed, parsed and checked: a detection (DESIGN.md detections format)
/// or a scan (`{"t": 12.0}`: sensors reported, nothing seen). Anything else is an `InputError`
/// naming the source, line, field and what is wrong.
public enum FeedRecord: Equatable, Sendable {
    /// A detection and its apparent thermal size (`"size"`), if given.
    case detection(DetectionRecord, size: Double?)
    /// A time at which sensors reported, possibly seeing nothing (the tracker coasts).
    case scan(t: Double)

    /// The largest variance a detection may claim, m² (a standard deviation of 10 km): anything
    /// larger says nothing about where the target is and is a sender's mistake.
    public static let maximumVariance = 1e8

    /// Parses `line`: a scan line has `t` and none of `sensor`, `x`, `y`, `cov`; every other
    /// line must be a whole detection with finite numbers and a positive definite covariance of
    /// plausible size.
    /// - Throws: `InputError` (`source:line: field: reason`).
    public static func parse(_ line: FeedLine) throws(InputError) -> FeedRecord {
        let json = JSONLine(number: line.number, bytes: line.bytes)
        if let t = scanTime(line) {
            guard t.isFinite else {
                throw InputError(file: line.source, line: line.number, field: "t", reason: "time must be a finite number")
            }
            return .scan(t: t)
        }
        let (record, size) = try DetectionRecord.parse(json, file: line.source)
        try checkCovariance(record, file: line.source, line: line.number)
        return .detection(record, size: size)
    }

    /// Refuses a detection whose covariance is not positive definite or claims a standard
    /// deviation above 10 km (`maximumVariance`). Every reader of detection lines (the live feed,
    /// `guidepost track`) applies it, so a line the watch refuses is refused by the batch tracker
    /// too — and a variance of 1e300 never reaches the tracker's gates.
    /// - Throws: `InputError` naming `file`, `line` and the field `cov`.
    public static func checkCovariance(_ record: DetectionRecord, file: String, line: Int) throws(InputError) {
        let c = record.cov
        guard c.xx > 0, c.yy > 0, c.determinant > 0 else {
            throw InputError(
                file: file, line: line, field: "cov", reason: "must be positive definite",
                hint: "variances above zero and xy² below xx·yy, in m²")
        }
        guard max(c.xx, c.yy) <= maximumVariance else {
            throw InputError(
                file: file, line: line, field: "cov",
                reason: "a variance of \(max(c.xx, c.yy)) m² (σ above 10 km) says nothing about the position",
                hint: "give the covariance in m² in the detections' metric frame; at most 1e8 m², σ = 10 km")
        }
    }

    /// `t` when the line is an object with `t` and none of a detection's other required fields;
    /// nil when it is anything else (left to the detection parser, which says what is wrong).
    static func scanTime(_ line: FeedLine) -> Double? {
        line.bytes.withUnsafeBufferPointer { buffer -> Double? in
            var s = FlatJSONScanner(buffer)
            var t: Double?
            do {
                try s.expect(0x7B, "'{'")
                guard !s.consume(0x7D) else { return nil }
                repeat {
                    let k = try s.key()
                    if s.equals(k, "t") {
                        t = try s.number()
                    } else if s.equals(k, "sensor") || s.equals(k, "x") || s.equals(k, "y") || s.equals(k, "cov") {
                        return nil
                    } else {
                        try s.skipValue()
                    }
                } while s.consume(0x2C)
                try s.expect(0x7D, "'}'")
                guard s.atEnd() else { return nil }
            } catch {
                return nil
            }
            return t
        }
    }
}
