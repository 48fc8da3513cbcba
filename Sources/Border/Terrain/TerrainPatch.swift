/// A local change to the procedural terrain: inside `area`, set or raise the ground, and/or
/// set the vegetation density. Patches apply in order; a later patch wins where they overlap.
public struct TerrainPatch: Hashable, Sendable {
    /// How the patch changes the ground.
    public enum Elevation: Hashable, Sendable {
        /// Ground at this height, metres.
        case set(Double)
        /// Ground raised (or lowered, negative) by this much, metres.
        case add(Double)
    }

    /// Where the patch applies.
    public var area: PlanarPolygon
    /// Ground change, if any.
    public var elevation: Elevation?
    /// Vegetation density in [0, 1] (0 bare, 1 closed forest).
    public var vegetation: Double?

    /// A patch over `area`.
    public init(area: PlanarPolygon, elevation: Elevation? = nil, vegetation: Double? = nil) {
        self.area = area
        self.elevation = elevation
        self.vegetation = vegetation
    }
}
