/// Water: a river or stream (a centre line with a width), the tidal Han estuary (a channel
/// with tidal flats either side), or the sea (an area).
public struct Waterway: Identifiable, Hashable, Sendable {
    /// The kinds there are.
    public enum Kind: String, Hashable, Sendable {
        /// Deep river: impassable on foot except by a bridge.
        case river
        /// Shallow stream (about 1 m, domain.md §2): wadeable, slow.
        case stream
        /// Tidal estuary: deep channel, flats walkable at low tide (the 2024 Gyodong case).
        case estuary
        case sea
        /// Tidal flat (an area): walkable, slowly, at low tide.
        case tidalFlat = "tidal-flat"
    }

    /// The geometry.
    public enum Shape: Hashable, Sendable {
        /// A centre line; water within `halfWidth`, banks or tidal flats for `bankWidth` more.
        case channel(PlanarPolyline, halfWidth: Double, bankWidth: Double)
        case area(PlanarPolygon)
    }

    /// Stable identifier; overrides refer to it.
    public let id: WaterwayID
    /// What kind it is.
    public var kind: Kind
    /// Name shown on maps.
    public var name: String
    /// The geometry, EPSG:5179 metres.
    public var shape: Shape

    /// A feature from its parts.
    public init(id: WaterwayID, kind: Kind, name: String, shape: Shape) {
        self.id = id
        self.kind = kind
        self.name = name
        self.shape = shape
    }
}
