/// One detection, as exchanged between sensors (or the simulator) and the tracker.
///
/// Wire form (DESIGN.md): `{"t": 12.0, "sensor": "tod-07", "x": 1034512.1, "y": 2012345.6,
/// "cov": [[25.0, 0.0], [0.0, 25.0]]}` plus optional `kind`, `range` (m), `bearing` (degrees
/// clockwise from grid north, seen from the sensor), `snr` (dB), `zone` (fence zone id), `size`
/// (the target's apparent height in metres, from an imaging sensor's video analytics; the
/// tracker's classifier uses it when present).
/// Coordinates are in a planar metric frame — EPSG:5179 in Guidepost pipelines.
public struct DetectionRecord: Hashable, Sendable, Codable, JSONLineEncodable {
    public var t: Double
    public var sensor: String
    public var x: Double
    public var y: Double
    public var cov: Covariance2
    public var kind: SensorKind?
    public var range: Double?
    public var bearing: Double?
    public var snr: Double?
    public var zone: String?
    /// Apparent height of the target, metres (thermal and camera sensors; nil for others).
    public var size: Double?

    public init(
        t: Double, sensor: String, x: Double, y: Double, cov: Covariance2, kind: SensorKind? = nil,
        range: Double? = nil, bearing: Double? = nil, snr: Double? = nil, zone: String? = nil,
        size: Double? = nil
    ) {
        self.t = t
        self.sensor = sensor
        self.x = x
        self.y = y
        self.cov = cov
        self.kind = kind
        self.range = range
        self.bearing = bearing
        self.snr = snr
        self.zone = zone
        self.size = size
    }

    public var position: Point { Point(x: x, y: y) }

    public var jsonLine: String {
        var o = JSONObjectBuilder()
        o.add("t", t)
        o.add("sensor", sensor)
        o.add("x", x)
        o.add("y", y)
        o.add("cov", cov)
        if let kind { o.add("kind", kind.rawValue) }
        o.add("range", range)
        o.add("bearing", bearing)
        o.add("snr", snr)
        o.add("zone", zone)
        o.add("size", size)
        return o.json
    }

    /// The first field that makes this detection unusable, if any: non-finite numbers or an
    /// invalid covariance. Used by readers to report and skip the line.
    public var problem: (field: String, reason: String)? {
        if let reason = RecordTime.problem(t) { return ("t", reason) }
        if let reason = RecordSpace.coordinateProblem(x) { return ("x", reason) }
        if let reason = RecordSpace.coordinateProblem(y) { return ("y", reason) }
        if !cov.isValid { return ("cov", "must be a finite, positive semi-definite 2×2 matrix") }
        if let range, !(range.isFinite && range >= 0) { return ("range", "must be a finite, non-negative number") }
        if let bearing, !bearing.isFinite { return ("bearing", "must be a finite number") }
        if let size, !(size.isFinite && size >= 0) { return ("size", "must be a finite, non-negative number (metres)") }
        return nil
    }
}
