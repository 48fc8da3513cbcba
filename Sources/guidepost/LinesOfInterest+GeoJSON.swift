import Foundation
import GuidepostCore
import Tracking

extension LinesOfInterest {
    /// Every LineString / MultiLineString in a GeoJSON file (a geometry, a Feature or a
    /// FeatureCollection) in WGS84 lon/lat, projected to EPSG:5179.
    static func polylines(geoJSON path: String) throws -> [[Point]] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, reason: "cannot read the file", hint: "check the path")
        }
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data) } catch {
            throw InputError(file: path, reason: "not valid JSON: \(error.localizedDescription)")
        }
        var lines: [[Point]] = []
        func line(_ value: Any?) throws -> [Point] {
            guard let coordinates = value as? [[Double]] else {
                throw InputError(file: path, field: "coordinates", reason: "expected [[lon, lat], …]")
            }
            return try coordinates.map { c in
                guard c.count >= 2, c[0].isFinite, c[1].isFinite else {
                    throw InputError(file: path, field: "coordinates", reason: "expected [lon, lat] pairs")
                }
                return TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: c[0], latitude: c[1]))
            }
        }
        func visit(_ object: Any?) throws {
            guard let o = object as? [String: Any], let type = o["type"] as? String else { return }
            switch type {
            case "FeatureCollection": for f in (o["features"] as? [Any]) ?? [] { try visit(f) }
            case "Feature": try visit(o["geometry"])
            case "LineString": lines.append(try line(o["coordinates"]))
            case "MultiLineString": for l in (o["coordinates"] as? [Any]) ?? [] { lines.append(try line(l)) }
            default: break
            }
        }
        try visit(json)
        guard !lines.isEmpty else {
            throw InputError(file: path, reason: "no LineString in the file", hint: "give a GeoJSON LineString in lon/lat")
        }
        return lines
    }
}
