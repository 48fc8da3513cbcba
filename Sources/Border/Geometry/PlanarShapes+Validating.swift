public import GuidepostCore

extension PlanarPolygon {
    /// A polygon from user input: throws instead of trapping when there are fewer than three
    /// vertices or a coordinate is not finite. `field` names the input for the error.
    public init(validating ring: [Point], field: String) throws(BorderError) {
        guard ring.count >= 3 else { throw .invalidOverride(field: field, reason: "a polygon needs at least 3 vertices, got \(ring.count)") }
        if let i = ring.firstIndex(where: { !$0.isFinite }) { throw .invalidOverride(field: "\(field)[\(i)]", reason: "coordinate is not finite") }
        self.init(ring)
    }

    /// A polygon from WGS84 longitude/latitude vertices, projected to EPSG:5179.
    public init(geographic ring: [GeoCoordinate], field: String) throws(BorderError) {
        if let i = ring.firstIndex(where: { !$0.isFinite || !$0.isInKoreanTheatre }) {
            throw .invalidOverride(field: "\(field)[\(i)]", reason: "\(ring[i]) is not a longitude, latitude near Korea (longitude first)")
        }
        try self.init(validating: ring.map(TransverseMercator.epsg5179.forward), field: field)
    }
}

extension PlanarPolyline {
    /// A polyline from user input: throws instead of trapping when there are fewer than two
    /// vertices or a coordinate is not finite.
    public init(validating points: [Point], field: String) throws(BorderError) {
        guard points.count >= 2 else { throw .invalidOverride(field: field, reason: "a line needs at least 2 vertices, got \(points.count)") }
        if let i = points.firstIndex(where: { !$0.isFinite }) { throw .invalidOverride(field: "\(field)[\(i)]", reason: "coordinate is not finite") }
        self.init(points)
    }

    /// A polyline from WGS84 longitude/latitude vertices, projected to EPSG:5179.
    public init(geographic points: [GeoCoordinate], field: String) throws(BorderError) {
        if let i = points.firstIndex(where: { !$0.isFinite || !$0.isInKoreanTheatre }) {
            throw .invalidOverride(field: "\(field)[\(i)]", reason: "\(points[i]) is not a longitude, latitude near Korea (longitude first)")
        }
        try self.init(validating: points.map(TransverseMercator.epsg5179.forward), field: field)
    }
}
