/// Where a simulated actor really was (DESIGN.md truth):
/// `{"t": 12.0, "id": "person-1", "x": ..., "y": ..., "kind": "human"}`.
public struct TruthRecord: Hashable, Sendable, Codable, JSONLineEncodable {
    public var t: Double
    public var id: String
    public var x: Double
    public var y: Double
    public var kind: TargetClass

    public init(t: Double, id: String, x: Double, y: Double, kind: TargetClass) {
        self.t = t
        self.id = id
        self.x = x
        self.y = y
        self.kind = kind
    }

    public var position: Point { Point(x: x, y: y) }

    public var jsonLine: String {
        var o = JSONObjectBuilder()
        o.add("t", t)
        o.add("id", id)
        o.add("x", x)
        o.add("y", y)
        o.add("kind", kind.rawValue)
        return o.json
    }

    public var problem: (field: String, reason: String)? {
        if let reason = RecordTime.problem(t) { return ("t", reason) }
        if let reason = RecordSpace.coordinateProblem(x) { return ("x", reason) }
        if let reason = RecordSpace.coordinateProblem(y) { return ("y", reason) }
        return nil
    }
}
