/// Water: a river or stream (a centre line with a width), the tidal Han estuary (a channel
/// with tidal flats either side), or the sea (an area).
public struct Waterway: Identifiable, Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// Deep river: impassable on foot except by a bridge.
        case river
        /// Shallow stream (about 1 m, domain.md §2): wadeable, slow.
        case stream
        /// Tidal estuary: deep channel, flats walkable at low tide (the 2024 Gyodong case).
        case estuary
        case sea
    }

    public enum Shape: Hashable, Sendable {
        /// A centre line; water within `halfWidth`, banks or tidal flats for `bankWidth` more.
        case channel(PlanarPolyline, halfWidth: Double, bankWidth: Double)
        case area(PlanarPolygon)
    }

    public let id: WaterwayID
    public var kind: Kind
    public var name: String
    public var shape: Shape

    public init(id: WaterwayID, kind: Kind, name: String, shape: Shape) {
        self.id = id
        self.kind = kind
        self.name = name
        self.shape = shape
    }
}
