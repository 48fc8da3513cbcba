/// A position in along-border coordinates (DESIGN.md): `s` metres along the MDL from its
/// western end, `d` signed metres from the MDL, north positive. The DMZ is |d| ≤ 2000.
public struct AlongBorderCoordinate: Hashable, Sendable, Codable, CustomStringConvertible {
    public var s: Double
    public var d: Double

    public init(s: Double, d: Double) {
        self.s = s
        self.d = d
    }

    public var description: String { "s=\(s) d=\(d)" }
}

/// Converts between planar metres (EPSG:5179) and along-border coordinates.
///
/// Border's MDL conforms; Core declares the contract so that tools that only convert
/// coordinates need not know how the border is modelled.
public protocol AlongBorderFrame: Sendable {
    /// The along-border coordinate of a planar point.
    func alongBorder(_ p: Point) -> AlongBorderCoordinate
    /// The planar point at an along-border coordinate.
    func point(_ c: AlongBorderCoordinate) -> Point
    /// The length of the reference line, metres (the valid range of `s` is 0...length).
    var length: Double { get }
}
