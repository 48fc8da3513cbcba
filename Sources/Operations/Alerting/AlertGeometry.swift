public import Border
public import GuidepostCore

/// The border geometry the alert policy needs: along-border coordinates, the MDL band and the
/// southern fence line, all as offsets `d` from the MDL at a distance `s` along it.
public protocol AlertGeometry: Sendable {
    /// The along-border coordinate of a planar point.
    func alongBorder(_ p: Point) -> AlongBorderCoordinate
    /// The band's southern and northern lines at `s` (metres north of the MDL).
    func band(at s: Double) -> (southern: Double, northern: Double)
    /// The southern (ROK GOP) fence at `s`, metres north of the MDL (negative).
    func fence(at s: Double) -> Double
}

/// `AlertGeometry` from Border's model: the MDL frame and band, and the GOP fence on the
/// southern limit line (`d = −2000`, Border's `Fence.Kind.rokGOP`).
public struct BorderAlertGeometry: AlertGeometry {
    public let band: DemarcationBand
    /// The GOP fence's offset; the southern limit line unless a scenario says otherwise.
    public let fenceOffset: Double

    public init(band: DemarcationBand, fenceOffset: Double = -2000) {
        self.band = band
        self.fenceOffset = fenceOffset
    }

    public func alongBorder(_ p: Point) -> AlongBorderCoordinate { band.line.alongBorder(p) }
    public func band(at s: Double) -> (southern: Double, northern: Double) { band.offsets(at: s) }
    public func fence(at s: Double) -> Double { fenceOffset }
}
