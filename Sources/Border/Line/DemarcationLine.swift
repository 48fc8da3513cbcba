public import GuidepostCore

/// The Military Demarcation Line as a polyline in EPSG:5179 metres, west to east, and the
/// along-border frame built on it: `s` metres along the line from its western end, `d` signed
/// metres from it, north (left of the direction of travel) positive.
///
/// **The frame (a mitred-offset frame).** Each vertex `Vₖ` carries a mitre vector
/// `mₖ = (nₖ₋₁ + nₖ) / (1 + nₖ₋₁·nₖ)` (the segment normals `nᵢ` averaged so that `mₖ·nₖ₋₁ = mₖ·nₖ = 1`;
/// at the ends `m = n`). Segment `i` owns the cell swept by
///
///     P(t, d) = Vᵢ + t·Lᵢ·uᵢ + d·((1 − t)·mᵢ + t·mᵢ₊₁),   t ∈ [0, 1],   s = Sᵢ + t·Lᵢ
///
/// whose iso-`d` lines are the exact parallel offsets of the segment, mitre-joined. So
/// - inside a cell, `d` is the perpendicular distance to the segment: for every point whose
///   nearest point on the MDL lies inside a segment, `d` is the exact Euclidean distance and
///   `s` the arc length of that nearest point (the nearest-segment projection);
/// - the cell boundaries are the angle bisectors at the vertices, so a point in the wedge
///   outside a convex bend gets a unique `s` (not the vertex's `s` for the whole wedge);
/// - the inverse is closed-form and exact: `point(alongBorder(p)) == p` to rounding;
/// - the limit lines `d = ±2000` are the mitred offset polylines of the MDL.
///
/// Forward solve in cell `i`: with `w = p − Vᵢ`, `d = w·nᵢ` and
/// `t = (w·uᵢ − d·mᵢ·uᵢ) / (Lᵢ + d·(mᵢ₊₁ − mᵢ)·uᵢ)`. Where cells overlap (the inside of a bend,
/// farther than `reach`) the cell with the smallest `|d|` wins.
///
/// **Beyond the ends** the first and last cells continue along the end segments' tangents:
/// `s < 0` west of the western end, `s > length` east of the eastern end, and the inverse
/// accepts such `s` too, so the frame stays a bijection there.
///
/// - Complexity: `alongBorder` is O(1) expected (a bucket grid over the cells to 20 km either
///   side); farther points scan every cell, O(n). `point(_:)` is O(log n).
public struct DemarcationLine: AlongBorderFrame, Sendable {
    /// The line's vertices and cumulative lengths (EPSG:5179 metres).
    public let polyline: PlanarPolyline
    /// Unit direction of each segment.
    let directions: [Vector2]
    /// Unit left normal of each segment (north side).
    let normals: [Vector2]
    /// Mitre vector at each vertex.
    let mitres: [Vector2]
    /// Segment lengths.
    let lengths: [Double]
    /// Cells near the line, for the fast lookup.
    let cellIndex: BucketGrid

    /// Half-width of the indexed band, metres: cells are bucketed for |d| up to this.
    public static let indexedHalfWidth = 20_000.0

    /// Builds the frame on a west-to-east polyline.
    /// - Precondition: at least two distinct vertices, no zero-length segment.
    public init(_ polyline: PlanarPolyline) {
        self.polyline = polyline
        let p = polyline.points
        var dirs: [Vector2] = []
        var lens: [Double] = []
        for i in 0..<(p.count - 1) {
            let v = p[i + 1] - p[i]
            precondition(v.length > 0, "MDL segment \(i) has zero length")
            dirs.append(v.normalized)
            lens.append(v.length)
        }
        let norms = dirs.map(\.perpendicularLeft)
        var m: [Vector2] = [norms[0]]
        for k in 1..<(p.count - 1) {
            let sum = norms[k - 1] + norms[k]
            let c = 1 + norms[k - 1].dot(norms[k])
            m.append(c > 1e-9 ? sum / c : norms[k])
        }
        m.append(norms[norms.count - 1])
        directions = dirs
        normals = norms
        mitres = m
        lengths = lens
        let h = Self.indexedHalfWidth
        var boxes: [PlanarBox] = []
        for i in 0..<(p.count - 1) {
            var b = PlanarBox(around: [p[i], p[i + 1]])
            for (v, mv) in [(p[i], m[i]), (p[i + 1], m[i + 1])] {
                b.include(v + mv * h)
                b.include(v - mv * h)
            }
            boxes.append(b)
        }
        cellIndex = BucketGrid(boxes: boxes, bucketSize: 2_000)
    }

    /// Length of the line, metres (planar, EPSG:5179).
    public var length: Double { polyline.length }

    /// Number of segments (= cells of the frame).
    public var segmentCount: Int { lengths.count }

    /// The mitre vector at vertex `k` (the direction of the iso-`s` line through it, scaled so
    /// that `Vₖ + d·mₖ` lies on the offset line at `d`).
    public func mitre(at k: Int) -> Vector2 { mitres[k] }
}
