public import GuidepostCore

/// An incident passed from one sector's watch to its neighbour's (issue 20): the person of an
/// open incident has walked along the border well into the next sector's stretch, so that
/// sector's watch takes the incident on — same id, same assessment — instead of opening a
/// second one for the same person. The sending engine logs it (`incidentHandedAcross`) and its
/// copy of the incident becomes `transferred`; the receiving engine adopts it from the shared
/// log (`incidentAdopted`) and follows the person with its own tracks.
///
/// Everything the receiver needs is here, so it reads nothing else of the sender's run: where
/// and when the person was last seen, how they were moving, and what was decided so far.
public struct IncidentHandover: Hashable, Sendable, Codable {
    /// The incident, by its id in the whole store (`I-cheorwon-1`): it keeps it in the new sector.
    public var incident: IncidentID
    /// The sector handing it over, and the one taking it on (sector ids).
    public var from: String
    public var to: String
    /// Feed time of the hand-over (seconds since the run's start).
    public var t: Double
    /// When the incident was first opened (the receiver's copy keeps the date).
    public var openedAt: Double
    /// The person's last track report: position and velocity (EPSG:5179 metres, m/s).
    public var x: Double
    public var y: Double
    public var vx: Double
    public var vy: Double
    /// Whether the person has been in or south of the MDL band (so going north again is a retreat).
    public var wasSouth: Bool
    /// The assessment made in the sending sector (nil: the person was tracked, not yet assessed).
    public var assessment: String?

    public init(
        incident: IncidentID, from: String, to: String, t: Double, openedAt: Double, x: Double, y: Double, vx: Double, vy: Double,
        wasSouth: Bool, assessment: String?
    ) {
        self.incident = incident
        self.from = from
        self.to = to
        self.t = t
        self.openedAt = openedAt
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.wasSouth = wasSouth
        self.assessment = assessment
    }

    /// Where the person was last seen.
    public var position: Point { Point(x: x, y: y) }

    /// Where the person would be at `time` walking on as they were (for finding them again).
    public func predicted(at time: Double) -> Point {
        let dt = max(0, time - t)
        return Point(x: x + vx * dt, y: y + vy * dt)
    }
}
