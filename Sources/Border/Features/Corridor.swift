/// A road, railway or patrol road: a known path. Corridors are kept clear of mines (the DMZ
/// roads and the 2018 Gyeongui/Donghae corridors were demined), which is why guidance keeps a
/// person on them.
public struct Corridor: Identifiable, Hashable, Sendable {
    /// The kinds there are.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case road
        case rail
        case patrolRoad = "patrol-road"
    }

    /// Stable identifier; overrides refer to it.
    public let id: CorridorID
    /// What kind it is.
    public var kind: Kind
    /// Name shown on maps.
    public var name: String
    /// Centre line, EPSG:5179 metres.
    public var line: PlanarPolyline
    /// Half the cleared width, metres.
    public var halfWidth: Double
    /// True when the corridor's width is free of mines.
    public var isClearOfMines: Bool

    /// A feature from its parts.
    public init(id: CorridorID, kind: Kind, name: String, line: PlanarPolyline, halfWidth: Double, isClearOfMines: Bool = true) {
        self.id = id
        self.kind = kind
        self.name = name
        self.line = line
        self.halfWidth = halfWidth
        self.isClearOfMines = isClearOfMines
    }
}
