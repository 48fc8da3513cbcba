public import GuidepostCore

/// A place in a scenario, in one of five spellings:
///
/// - `[lon, lat]`: WGS84 degrees, longitude first (GeoJSON order); must lie in the Korean theatre;
/// - `jejin-checkpoint`: a gazetteer place itself (read as its `[lon, lat]`);
/// - `{near: <place or [lon, lat]>, ds: 0, d: -750}`: the MDL point nearest the anchor, then `ds`
///   metres further east along the MDL and `d` metres north of it (negative = south) — survives a
///   rescaled MDL;
/// - `{s: 12000, d: -750}`: plain along-border coordinates on the frame's MDL;
/// - `{x: 1034512, y: 2012345}`: EPSG:5179 metres (what resolution produces).
public enum Position: Hashable, Sendable, Codable, CustomStringConvertible {
    case geographic(GeoCoordinate)
    case near(Anchor, ds: Double, d: Double)
    case alongBorder(AlongBorderCoordinate)
    case planar(Point)

    /// What `near:` names: a gazetteer place or a coordinate.
    public enum Anchor: Hashable, Sendable {
        case place(Place)
        case coordinate(GeoCoordinate)

        /// The anchor's longitude and latitude.
        public var coordinate: GeoCoordinate {
            switch self {
            case .place(let p): return p.coordinate
            case .coordinate(let c): return c
            }
        }
    }

    /// The EPSG:5179 point, once resolved (nil for positions still in another spelling).
    public var planarPoint: Point? {
        if case .planar(let p) = self { return p }
        return nil
    }

    public var description: String {
        switch self {
        case .geographic(let g): return "[\(g.longitude), \(g.latitude)]"
        case .near(let a, let ds, let d):
            let anchor: String
            switch a {
            case .place(let p): anchor = p.rawValue
            case .coordinate(let g): anchor = "[\(g.longitude), \(g.latitude)]"
            }
            return "{near: \(anchor), ds: \(ds), d: \(d)}"
        case .alongBorder(let c): return "{s: \(c.s), d: \(c.d)}"
        case .planar(let p): return "{x: \(p.x), y: \(p.y)}"
        }
    }

    enum Keys: String, CodingKey { case near, ds, d, s, x, y }

    public init(from decoder: any Decoder) throws {
        if let c = try? decoder.container(keyedBy: Keys.self) {
            let near = c.contains(.near), s = c.contains(.s), x = c.contains(.x)
            guard [near, s, x].filter({ $0 }).count == 1 else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription: "a position mapping needs exactly one of 'near', 's' or 'x' (with 'y')"))
            }
            if near {
                let anchor: Anchor
                if let name = try? c.decode(String.self, forKey: .near) {
                    guard let place = Place(rawValue: name) else {
                        throw DecodingError.dataCorruptedError(
                            forKey: .near, in: c,
                            debugDescription:
                                "unknown place '\(name)'; known places: \(Place.allCases.map(\.rawValue).joined(separator: ", "))"
                        )
                    }
                    anchor = .place(place)
                } else {
                    anchor = .coordinate(try Self.geographic(c.superDecoder(forKey: .near)))
                }
                self = .near(
                    anchor, ds: try c.decodeIfPresent(Double.self, forKey: .ds) ?? 0,
                    d: try c.decodeIfPresent(Double.self, forKey: .d) ?? 0)
            } else if s {
                self = .alongBorder(
                    AlongBorderCoordinate(
                        s: try c.decode(Double.self, forKey: .s), d: try c.decodeIfPresent(Double.self, forKey: .d) ?? 0
                    ))
            } else {
                let p = Point(x: try c.decode(Double.self, forKey: .x), y: try c.decode(Double.self, forKey: .y))
                guard TransverseMercator.epsg5179.inverse(p).isInKoreanTheatre else {
                    throw DecodingError.dataCorrupted(
                        .init(
                            codingPath: decoder.codingPath,
                            debugDescription: "EPSG:5179 point (\(p.x), \(p.y)) is outside Korea"))
                }
                self = .planar(p)
            }
        } else if let name = try? decoder.singleValueContainer().decode(String.self) {
            guard let place = Place(rawValue: name) else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription:
                            "unknown place '\(name)'; known places: \(Place.allCases.map(\.rawValue).joined(separator: ", "))"
                    ))
            }
            self = .geographic(place.coordinate)
        } else {
            self = .geographic(try Self.geographic(decoder))
        }
    }

    /// Reads `[lon, lat]` and checks it lies in the Korean theatre.
    static func geographic(_ decoder: any Decoder) throws -> GeoCoordinate {
        var u = try decoder.unkeyedContainer()
        guard u.count == 2 else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "a coordinate is [longitude, latitude]: two numbers, found \(u.count ?? 0)"))
        }
        let g = GeoCoordinate(longitude: try u.decode(Double.self), latitude: try u.decode(Double.self))
        guard g.isInKoreanTheatre else {
            let swapped = GeoCoordinate(longitude: g.latitude, latitude: g.longitude).isInKoreanTheatre
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription:
                        "coordinate [\(g.longitude), \(g.latitude)] is outside Korea (lon 124–132°E, lat 33–43.5°N)"
                        + (swapped ? "; did you swap longitude and latitude? Write [lon, lat]" : "")))
        }
        return g
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .geographic(let g):
            var u = encoder.unkeyedContainer()
            try u.encode(g.longitude)
            try u.encode(g.latitude)
        case .near(let a, let ds, let d):
            var c = encoder.container(keyedBy: Keys.self)
            switch a {
            case .place(let p): try c.encode(p.rawValue, forKey: .near)
            case .coordinate(let g): try c.encode([g.longitude, g.latitude], forKey: .near)
            }
            if ds != 0 { try c.encode(ds, forKey: .ds) }
            try c.encode(d, forKey: .d)
        case .alongBorder(let s):
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(s.s, forKey: .s)
            try c.encode(s.d, forKey: .d)
        case .planar(let p):
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(p.x, forKey: .x)
            try c.encode(p.y, forKey: .y)
        }
    }
}
