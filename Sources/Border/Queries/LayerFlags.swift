/// Cost-relevant facts about a place, as bits (one `UInt16` per raster cell).
public struct LayerFlags: OptionSet, Hashable, Sendable {
    /// The bits.
    public let rawValue: UInt16
    /// Flags from bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// On a road.
    public static let road = LayerFlags(rawValue: 1 << 0)
    /// On a railway.
    public static let rail = LayerFlags(rawValue: 1 << 1)
    /// On a patrol or supply road.
    public static let patrolRoad = LayerFlags(rawValue: 1 << 2)
    /// Deep water: river channel, estuary channel, sea.
    public static let water = LayerFlags(rawValue: 1 << 3)
    /// Shallow, wadeable stream.
    public static let stream = LayerFlags(rawValue: 1 << 4)
    /// Tidal flat or river bank.
    public static let bank = LayerFlags(rawValue: 1 << 5)
    /// On a fence.
    public static let fence = LayerFlags(rawValue: 1 << 6)
    /// At a gate in a fence.
    public static let gate = LayerFlags(rawValue: 1 << 7)
    /// At a culvert under a fence.
    public static let culvert = LayerFlags(rawValue: 1 << 8)
    /// A road or rail crossing water (bridge) — the river crossing.
    public static let bridge = LayerFlags(rawValue: 1 << 9)
    /// Inside the DMZ (|d| ≤ 2000 and 0 ≤ s ≤ length).
    public static let dmz = LayerFlags(rawValue: 1 << 10)
    /// Inside the MDL band (between the two candidate lines).
    public static let mdlBand = LayerFlags(rawValue: 1 << 11)
    /// South of the band's southern candidate line (the South).
    public static let southOfMDL = LayerFlags(rawValue: 1 << 12)
    /// In a charted minefield.
    public static let confirmedMines = LayerFlags(rawValue: 1 << 13)
    /// In a suspected, unsurveyed minefield.
    public static let unconfirmedMines = LayerFlags(rawValue: 1 << 14)
}
