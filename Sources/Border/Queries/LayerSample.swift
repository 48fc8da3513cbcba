public import GuidepostCore

/// Every layer of the border model at one place: the answer to "what is here?".
public struct LayerSample: Hashable, Sendable {
    /// The along-border coordinate of the place.
    public var coordinate: AlongBorderCoordinate
    /// Ground height, metres above sea level.
    public var elevation: Double
    /// Vegetation density, 0 (bare) … 1 (closed forest).
    public var vegetation: Double
    /// Mine density, mines per m² (0 on a cleared corridor).
    public var mineDensity: Double
    /// Walking speed factor, 0 (impassable) … 1 (a road). Slope is left to the cost model,
    /// which has the elevation plane.
    public var passability: Double
    /// Cost-relevant facts (road, water, fence, DMZ, band, mines…).
    public var flags: LayerFlags
    /// The sector the place's `s` falls in, if any.
    public var sector: SectorID?
}
