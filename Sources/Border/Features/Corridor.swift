/// A road, railway or patrol road: a known path. Corridors are kept clear of mines (the DMZ
/// roads and the 2018 Gyeongui/Donghae corridors were demined), which is why guidance keeps a
/// person on them.
public struct Corridor: Identifiable, Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case road
        case rail
        case patrolRoad = "patrol-road"
    }

    public let id: CorridorID
    public var kind: Kind
    public var name: String
    public var line: PlanarPolyline
    /// Half the cleared width, metres.
    public var halfWidth: Double
    /// True when the corridor's width is free of mines.
    public var isClearOfMines: Bool

    public init(id: CorridorID, kind: Kind, name: String, line: PlanarPolyline, halfWidth: Double, isClearOfMines: Bool = true) {
        self.id = id
        self.kind = kind
        self.name = name
        self.line = line
        self.halfWidth = halfWidth
        self.isClearOfMines = isClearOfMines
    }
}
