/// One confirmed track at one scan time, as the tracker writes it (DESIGN.md tracks):
/// `{"t": 12.0, "track": "T17", "x": ..., "y": ..., "vx": ..., "vy": ..., "class": "human", "p_class": 0.93}`
/// with optional `cov` and the operator predictions `t_mdl` and `t_fence` (seconds until the
/// track reaches the MDL band or the southern fence at its current velocity; absent when it is
/// not heading there).
public struct TrackRecord: Hashable, Sendable, Codable, JSONLineEncodable {
    public var t: Double
    public var track: String
    public var x: Double
    public var y: Double
    public var vx: Double
    public var vy: Double
    public var targetClass: TargetClass
    public var classProbability: Double
    public var cov: Covariance2?
    public var timeToMDL: Double?
    public var timeToFence: Double?

    enum CodingKeys: String, CodingKey {
        case t, track, x, y, vx, vy, cov
        case targetClass = "class"
        case classProbability = "p_class"
        case timeToMDL = "t_mdl"
        case timeToFence = "t_fence"
    }

    public init(
        t: Double, track: String, x: Double, y: Double, vx: Double, vy: Double, targetClass: TargetClass,
        classProbability: Double, cov: Covariance2? = nil, timeToMDL: Double? = nil, timeToFence: Double? = nil
    ) {
        self.t = t
        self.track = track
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.targetClass = targetClass
        self.classProbability = classProbability
        self.cov = cov
        self.timeToMDL = timeToMDL
        self.timeToFence = timeToFence
    }

    public var position: Point { Point(x: x, y: y) }

    public var jsonLine: String {
        var o = JSONObjectBuilder()
        o.add("t", t)
        o.add("track", track)
        o.add("x", x)
        o.add("y", y)
        o.add("vx", vx)
        o.add("vy", vy)
        o.add("class", targetClass.rawValue)
        o.add("p_class", classProbability)
        if let cov { o.add("cov", cov) }
        o.add("t_mdl", timeToMDL)
        o.add("t_fence", timeToFence)
        return o.json
    }

    public var problem: (field: String, reason: String)? {
        if let reason = RecordTime.problem(t) { return ("t", reason) }
        if let reason = RecordSpace.coordinateProblem(x) { return ("x", reason) }
        if let reason = RecordSpace.coordinateProblem(y) { return ("y", reason) }
        if let reason = RecordSpace.speedProblem(vx) { return ("vx", reason) }
        if let reason = RecordSpace.speedProblem(vy) { return ("vy", reason) }
        if !classProbability.isFinite { return ("p_class", "must be a finite number") }
        if let timeToMDL, let reason = RecordTime.problem(timeToMDL) { return ("t_mdl", reason) }
        if let timeToFence, let reason = RecordTime.problem(timeToFence) { return ("t_fence", reason) }
        return nil
    }
}
