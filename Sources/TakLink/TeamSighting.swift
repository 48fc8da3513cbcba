/// A field device's own position report (ATAK situational awareness, a friendly `a-f-…` event
/// with a callsign): where a team is, as the team itself says.
public struct TeamSighting: Hashable, Sendable {
    /// The callsign: Guidepost's team name when the team is one of its guidance teams.
    public var callsign: String
    /// The device's uid.
    public var uid: String
    public var latitude: Double
    public var longitude: Double
    /// When the report arrived here.
    public var received: ContinuousClock.Instant

    public init(callsign: String, uid: String, latitude: Double, longitude: Double, received: ContinuousClock.Instant) {
        self.callsign = callsign
        self.uid = uid
        self.latitude = latitude
        self.longitude = longitude
        self.received = received
    }
}
