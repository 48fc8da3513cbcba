public import GuidepostCore

/// Turns any spelling of a `Position` into an EPSG:5179 point on a given MDL frame.
///
/// `[lon, lat]` is projected (EPSG:5179); `{s, d}` is `frame.point`; `{near: A, ds, d}` is
/// `frame.point(s: frame.alongBorder(project(A)).s + ds, d: d)`, the MDL point nearest the anchor
/// moved along and across the line, which keeps incidents in place on a rescaled MDL.
public struct PositionResolver: Sendable {
    /// The MDL that `s`, `d` and `near:` refer to.
    public let frame: any AlongBorderFrame
    /// WGS84 → planar metres (EPSG:5179 in Guidepost).
    public let projection: TransverseMercator

    /// A resolver on `frame`.
    public init(frame: any AlongBorderFrame, projection: TransverseMercator = .epsg5179) {
        self.frame = frame
        self.projection = projection
    }

    /// A problem resolving one position: what is wrong and what to do.
    public struct Failure: Error, Equatable, Sendable {
        public var reason: String
        public var hint: String?
    }

    /// The along-border `s` of the MDL point nearest a geographic place. A place beyond either
    /// end of the MDL (the frame extends past them along the end tangents) is anchored to that
    /// end: the nearest point *on* the line.
    public func s(nearest g: GeoCoordinate) -> Double {
        min(max(frame.alongBorder(projection.forward(g)).s, 0), frame.length)
    }

    /// - Complexity: that of the frame's `alongBorder`/`point` (one call each at most).
    public func point(_ position: Position) throws(Failure) -> Point {
        switch position {
        case .planar(let p): return p
        case .geographic(let g): return projection.forward(g)
        case .alongBorder(let c):
            try checkS(
                c.s, written: "s = \(c.s)",
                hint: "anchor the position to a place with 'near:' so it survives a rescaled MDL")
            return frame.point(c)
        case .near(let anchor, let ds, let d):
            let s = self.s(nearest: anchor.coordinate) + ds
            try checkS(
                s, written: "the anchor's s plus ds = \(s)",
                hint: "make |ds| smaller: the anchor lies \((s - ds).rounded()) m along the MDL")
            return frame.point(AlongBorderCoordinate(s: s, d: d))
        }
    }

    private func checkS(_ s: Double, written: String, hint: String) throws(Failure) {
        guard s >= 0, s <= frame.length else {
            throw Failure(
                reason: "\(written) m lies off the MDL, whose s runs from 0 to \(frame.length.rounded()) m",
                hint: hint)
        }
    }
}
