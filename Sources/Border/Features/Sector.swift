/// A named stretch of the border, as the press and the army name the fronts (domain.md §1.4),
/// with the range of `s` it covers. Boundaries are county longitudes, approximate.
public struct Sector: Identifiable, Hashable, Sendable {
    /// Stable identifier; overrides refer to it.
    public let id: SectorID
    /// Human-readable name ("Cheorwon").
    public var name: String
    /// Range of `s`, metres along the MDL.
    public var s: ClosedRange<Double>

    /// A feature from its parts.
    public init(id: SectorID, name: String, s: ClosedRange<Double>) {
        self.id = id
        self.name = name
        self.s = s
    }
}
