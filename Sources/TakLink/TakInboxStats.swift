/// What the link has received from the TAK server so far.
public struct TakInboxStats: Hashable, Sendable, Codable {
    /// Whole events decoded.
    public var events = 0
    /// Friendly position reports (team SA) among them.
    public var positions = 0
    /// Chat lines and markers from field devices.
    public var messages = 0
    /// Events Guidepost ignores (other types, its own echoed back, pings).
    public var ignored = 0
    /// Frames refused (malformed or hostile XML, oversize events, garbage between events).
    public var refused = 0
    /// Events received by CoT type.
    public var types: [String: Int] = [:]

    public init() {}
}
