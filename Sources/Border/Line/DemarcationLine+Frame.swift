public import GuidepostCore

extension DemarcationLine {
    /// Along-border coordinate of a planar point (see the type's documentation for the frame).
    public func alongBorder(_ p: Point) -> AlongBorderCoordinate {
        var best: AlongBorderCoordinate?
        if cellIndex.covers(p) {
            for i in cellIndex.candidates(near: p) { consider(Int(i), p, &best) }
        }
        if best == nil {
            for i in 0..<segmentCount { consider(i, p, &best) }
        }
        if let best { return best }
        // No cell holds p (only possible far inside a tight bend): fall back to the exact
        // nearest point, which is still a faithful (s, d) though not invertible there.
        return nearestPointCoordinate(p)
    }

    /// The planar point at an along-border coordinate; `s` outside `0...length` continues the
    /// end segments' tangents.
    public func point(_ c: AlongBorderCoordinate) -> Point {
        let i = polyline.segmentIndex(at: c.s)
        let t = (c.s - polyline.cumulative[i]) / lengths[i]
        let a = polyline.points[i]
        let m = mitres[i] * (1 - t) + mitres[i + 1] * t
        return a + directions[i] * (t * lengths[i]) + m * c.d
    }

    /// The unit north normal of the line at arc length `s` (the normal of the segment there).
    public func normal(at s: Double) -> Vector2 { normals[polyline.segmentIndex(at: s)] }

    /// Exact Euclidean distance from `p` to the MDL polyline, metres (unsigned).
    public func distance(to p: Point) -> Double { abs(nearestPointCoordinate(p).d) }

    /// The smallest distance from the line at which two cells of the frame meet on the inside
    /// of a bend: for |d| below it, (s, d) → point → (s, d) is exact everywhere.
    public var reach: Double {
        var r = Double.infinity
        for i in 0..<segmentCount {
            // Cells i and i+1 share the mitre ray; cell i degenerates where its offset
            // segment shrinks to nothing: Lᵢ + d·(mᵢ₊₁ − mᵢ)·uᵢ = 0.
            let k = (mitres[i + 1] - mitres[i]).dot(directions[i])
            if k != 0 { r = Swift.min(r, lengths[i] / abs(k)) }
        }
        return r
    }

    @inline(__always)
    private func consider(_ i: Int, _ p: Point, _ best: inout AlongBorderCoordinate?) {
        let w = p - polyline.points[i]
        let u = directions[i]
        let d = w.dot(normals[i])
        let den = lengths[i] + d * (mitres[i + 1] - mitres[i]).dot(u)
        guard den > 0 else { return }
        let t = (w.dot(u) - d * mitres[i].dot(u)) / den
        let eps = 1e-12
        guard t >= (i == 0 ? -.infinity : -eps), t <= (i == segmentCount - 1 ? .infinity : 1 + eps) else { return }
        if let b = best, abs(b.d) <= abs(d) { return }
        best = AlongBorderCoordinate(s: polyline.cumulative[i] + t * lengths[i], d: d)
    }

    /// (s of the nearest point, signed distance): the exact nearest-point projection.
    func nearestPointCoordinate(_ p: Point) -> AlongBorderCoordinate {
        var bestD2 = Double.infinity
        var result = AlongBorderCoordinate(s: 0, d: 0)
        let pts = polyline.points
        for i in 0..<segmentCount {
            let t = SegmentMath.nearestParameter(p, pts[i], pts[i + 1])
            let q = Point.lerp(pts[i], pts[i + 1], t)
            let d2 = (p - q).lengthSquared
            if d2 < bestD2 {
                bestD2 = d2
                let side: Double = (p - q).dot(normals[i]) >= 0 ? 1 : -1
                result = AlongBorderCoordinate(s: polyline.cumulative[i] + t * lengths[i], d: side * d2.squareRoot())
            }
        }
        return result
    }

    /// The line offset to a constant `d` (a limit line): the mitred offset polyline, with the
    /// loops cut out that form on the inside of bends tighter than |d| (there the points of
    /// the loop are nearer than |d| to another part of the MDL, so they are not on the limit).
    public func offsetLine(d: Double) -> PlanarPolyline {
        Self.removingLoops(polyline.points.indices.map { polyline.points[$0] + mitres[$0] * d })
    }

    /// Cuts self-intersection loops from a polyline: where segment i crosses a later segment j,
    /// the vertices between are replaced by the crossing point.
    /// - Complexity: O(n²) in the worst case; MDL offsets have ~100 vertices.
    static func removingLoops(_ pts: [Point]) -> PlanarPolyline {
        var out: [Point] = [pts[0]]
        var i = 0
        while i < pts.count - 1 {
            var jumped = false
            var j = pts.count - 2
            while j > i + 1 {
                if let t = SegmentMath.intersection(pts[i], pts[i + 1], pts[j], pts[j + 1]) {
                    out.append(Point.lerp(pts[i], pts[i + 1], t))
                    i = j
                    jumped = true
                    break
                }
                j -= 1
            }
            if !jumped {
                out.append(pts[i + 1])
                i += 1
            }
        }
        return PlanarPolyline(out)
    }
}

extension DemarcationLine {
    /// The offset line at constant `d` between arc lengths `s0` and `s1` (vertices where the
    /// MDL has vertices, so it is exactly the mitred offset).
    public func offsetPolyline(d: Double, from s0: Double, to s1: Double) -> PlanarPolyline {
        var ss = [s0]
        for c in polyline.cumulative where c > s0 && c < s1 { ss.append(c) }
        ss.append(s1)
        return Self.removingLoops(ss.map { point(AlongBorderCoordinate(s: $0, d: d)) })
    }

    /// The arc length where the line first reaches longitude `lon` (west to east), or nil.
    public func arcLength(atLongitude lon: Double) -> Double? {
        let tm = TransverseMercator.epsg5179
        let pts = polyline.points
        var prev = tm.inverse(pts[0]).longitude
        for i in 1..<pts.count {
            let cur = tm.inverse(pts[i]).longitude
            if (prev - lon) * (cur - lon) <= 0, cur != prev {
                let t = (lon - prev) / (cur - prev)
                return polyline.cumulative[i - 1] + t * (polyline.cumulative[i] - polyline.cumulative[i - 1])
            }
            prev = cur
        }
        return nil
    }
}
