public import GuidepostCore
public import Foundation

/// The MDL as shipped: `Resources/mdl-guidepost.geojson`, made by `tools/make-mdl.py` from
/// Natural Earth 1:10m (public domain) with the line pinned through the JSA (docs/border.md).
public enum MDLData {
    /// Name of the bundled file.
    public static let resourceName = "mdl-guidepost"

    /// The bundled line's vertices, lon/lat, west to east.
    public static func bundledCoordinates() throws(BorderError) -> [GeoCoordinate] {
        guard let url = Bundle.module.url(forResource: resourceName, withExtension: "geojson") else {
            throw .resourceMissing(name: resourceName + ".geojson")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .malformedData(name: resourceName + ".geojson", reason: "unreadable: \(error)")
        }
        return try coordinates(fromGeoJSON: data, name: resourceName + ".geojson")
    }

    /// The first LineString of a GeoJSON FeatureCollection, Feature or bare geometry.
    public static func coordinates(fromGeoJSON data: Data, name: String) throws(BorderError) -> [GeoCoordinate] {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw .malformedData(name: name, reason: "not JSON: \(error.localizedDescription)")
        }
        guard let geometry = firstLineString(object) else {
            throw .malformedData(name: name, reason: "no LineString geometry found")
        }
        var result: [GeoCoordinate] = []
        for (i, pair) in geometry.enumerated() {
            guard let xy = pair as? [Any], xy.count >= 2, let lon = (xy[0] as? NSNumber)?.doubleValue,
                let lat = (xy[1] as? NSNumber)?.doubleValue, lon.isFinite, lat.isFinite
            else { throw .malformedData(name: name, reason: "coordinate \(i) is not [lon, lat]") }
            result.append(GeoCoordinate(longitude: lon, latitude: lat))
        }
        guard result.count >= 2 else { throw .malformedData(name: name, reason: "the line has fewer than 2 vertices") }
        return result
    }

    private static func firstLineString(_ o: Any) -> [Any]? {
        guard let dict = o as? [String: Any] else { return nil }
        if dict["type"] as? String == "LineString" { return dict["coordinates"] as? [Any] }
        if let g = dict["geometry"] { return firstLineString(g) }
        if let fs = dict["features"] as? [Any] {
            for f in fs { if let l = firstLineString(f) { return l } }
        }
        return nil
    }

    /// The bundled MDL projected to EPSG:5179 (repeated vertices dropped).
    public static func bundledLine() throws(BorderError) -> DemarcationLine {
        let tm = TransverseMercator.epsg5179
        var pts: [Point] = []
        for g in try bundledCoordinates() {
            let p = tm.forward(g)
            if let last = pts.last, last.distance(to: p) < 1e-6 { continue }
            pts.append(p)
        }
        return DemarcationLine(PlanarPolyline(pts))
    }
}
