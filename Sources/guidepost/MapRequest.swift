import Foundation
import Border
import GuidepostCore

/// What `guidepost map` draws: the whole border or a window, over a border built from a seed
/// and overrides, with overlays. A scenario becomes a `MapRequest` with its window, its
/// overrides and its actors' planned paths as overlays, so wiring `guidepost map SCENARIO`
/// is one more way to build this value.
struct MapRequest {
    enum Subject {
        case border
        /// Centre, width and height (metres).
        case window(GeoCoordinate, width: Double, height: Double)
        /// A stretch of border in along-border coordinates (a scenario's window).
        case alongBorder(s: ClosedRange<Double>, d: ClosedRange<Double>)
    }

    var subject: Subject
    var seed: UInt64
    var overrides = BorderOverrides()
    var overlays: [MapOverlay] = []
    var mapWidth: Double = 1000
    var drawsCoverage = true
    var title: String?

    /// Parses `lon,lat,widthKm,heightKm`.
    static func parseWindow(_ text: String) throws(InputError) -> Subject {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        let hint = "write --window LON,LAT,WIDTH_KM,HEIGHT_KM, e.g. --window 128.33,38.60,10,8"
        guard parts.count == 4 else {
            throw InputError(file: "<argument>", field: "--window", reason: "expected 4 comma-separated numbers, got '\(text)'", hint: hint)
        }
        guard let lon = parts[0], let lat = parts[1], let w = parts[2], let h = parts[3], [lon, lat, w, h].allSatisfy(\.isFinite) else {
            throw InputError(file: "<argument>", field: "--window", reason: "'\(text)' has a part that is not a finite number", hint: hint)
        }
        let centre = GeoCoordinate(longitude: lon, latitude: lat)
        guard centre.isInKoreanTheatre else {
            throw InputError(file: "<argument>", field: "--window", reason: "centre \(lon), \(lat) is not near the Korean peninsula", hint: "longitude first, then latitude")
        }
        guard w > 0, h > 0, w <= 120, h <= 120 else {
            throw InputError(file: "<argument>", field: "--window", reason: "width and height must be in (0, 120] km, got \(w) × \(h)", hint: hint)
        }
        return .window(centre, width: w * 1000, height: h * 1000)
    }

    /// The SVG text, over `model` when the caller has built this request's border already
    /// (many maps of one border), else over a border built from `seed` and `overrides`.
    func render(model prebuilt: BorderModel? = nil) throws -> String {
        let model = try prebuilt ?? BorderModel(seed: seed, overrides: overrides)
        switch subject {
        case .border:
            var r = BorderOverviewRenderer(model: model, overlays: overlays)
            r.mapWidth = Swift.max(1400, mapWidth * 1.5)
            return r.render()
        case .window(let centre, let width, let height):
            return renderWindow(model: model, box: Self.box(centre: centre, width: width, height: height))
        case .alongBorder(let s, let d):
            return renderWindow(model: model, box: try model.box(s: s, d: d))
        }
    }

    /// The EPSG:5179 box of a `.window` subject: `width` × `height` metres around `centre`.
    static func box(centre: GeoCoordinate, width: Double, height: Double) -> PlanarBox {
        let c = TransverseMercator.epsg5179.forward(centre)
        return PlanarBox(minX: c.x - width / 2, minY: c.y - height / 2, maxX: c.x + width / 2, maxY: c.y + height / 2)
    }

    private func renderWindow(model: BorderModel, box: PlanarBox) -> String {
        var r = WindowMapRenderer(model: model, window: box, title: title ?? "Guidepost map", overlays: overlays)
        r.mapWidth = mapWidth
        r.drawsCoverage = drawsCoverage
        return r.render()
    }
}
