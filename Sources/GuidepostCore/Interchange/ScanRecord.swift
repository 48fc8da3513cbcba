/// A moment at which sensors reported, even with nothing seen (DESIGN.md scans: `{"t": 12.0}`).
/// A tracker coasts its tracks through empty scans.
public struct ScanRecord: Hashable, Sendable, Codable, JSONLineEncodable {
    public var t: Double

    public init(t: Double) { self.t = t }

    public var jsonLine: String {
        var o = JSONObjectBuilder()
        o.add("t", t)
        return o.json
    }

    /// Why this scan time is unusable, if it is (`RecordTime`).
    public var problem: (field: String, reason: String)? { RecordTime.problem(t).map { ("t", $0) } }
}
