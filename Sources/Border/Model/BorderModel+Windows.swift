public import GuidepostCore

extension BorderModel {
    /// The planar box holding the strip `s` × `d` (a scenario's "window of border"), sampled
    /// every 100 m along its edges.
    /// - Throws: `BorderError.invalidWindow` when a bound is not finite or a range is empty.
    public func box(s: ClosedRange<Double>, d: ClosedRange<Double>) throws(BorderError) -> PlanarBox {
        guard [s.lowerBound, s.upperBound, d.lowerBound, d.upperBound].allSatisfy(\.isFinite) else {
            throw .invalidWindow(field: "s/d", reason: "ranges must be finite")
        }
        guard s.upperBound > s.lowerBound, d.upperBound > d.lowerBound else {
            throw .invalidWindow(field: "s/d", reason: "ranges must not be empty")
        }
        var b = PlanarBox(around: [Point]())
        let n = Swift.max(2, Int((s.upperBound - s.lowerBound) / 100))
        for k in 0...n {
            let ss = s.lowerBound + (s.upperBound - s.lowerBound) * Double(k) / Double(n)
            b.include(line.point(AlongBorderCoordinate(s: ss, d: d.lowerBound)))
            b.include(line.point(AlongBorderCoordinate(s: ss, d: d.upperBound)))
        }
        return b
    }

    /// The box of a sector across the DMZ and `margin` metres beyond each limit line.
    public func box(sector id: SectorID, margin: Double = 1000) throws(BorderError) -> PlanarBox {
        guard let sector = sectors.first(where: { $0.id == id }) else {
            throw .invalidWindow(field: "sector", reason: "no sector '\(id)' (known: \(sectors.map(\.id.rawValue).joined(separator: ", ")))")
        }
        return try box(s: sector.s, d: (-Self.dmzHalfWidth - margin)...(Self.dmzHalfWidth + margin))
    }
}
