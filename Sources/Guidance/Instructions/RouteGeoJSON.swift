public import GuidepostCore

/// A guided route as GeoJSON (RFC 7946; WGS84 lon/lat, DESIGN.md "maps and routes out"): the
/// person's route as a LineString through its waypoints with its report (time, mine risk,
/// exposure, length), a Point per waypoint carrying its instruction, and, when given, the
/// team's route and the meeting point. Keys come in a fixed order and numbers in Core's
/// format, so the same route gives the same bytes.
public enum RouteGeoJSON {
    /// A route to draw: its waypoints, its report and its instructions.
    public struct Route: Sendable {
        public var role: String
        public var instructions: RouteInstructions
        public var report: RouteReport
        /// A route for `role` ("person", "team").
        public init(role: String, instructions: RouteInstructions, report: RouteReport) {
            self.role = role
            self.instructions = instructions
            self.report = report
        }
    }

    /// The FeatureCollection text for `routes`, plus a `meeting` point if given.
    public static func document(
        routes: [Route], meeting: Point? = nil, projection: TransverseMercator = .epsg5179
    ) -> String {
        var features: [String] = []
        for route in routes {
            let coords = route.instructions.waypoints.map { position($0, projection) }
            var props = JSONObjectBuilder()
            props.add("role", route.role)
            props.add("length_m", rounded(route.report.length, 1))
            props.add("time_s", rounded(route.report.time, 1))
            props.add("mine_risk", rounded(route.report.mineRisk, 6))
            props.add("exposure_s", rounded(route.report.exposure, 1))
            props.add("risk_weight_s", route.report.model.riskWeight)
            props.add("light", route.report.model.light.rawValue)
            features.append(feature(geometry: "{\"type\": \"LineString\", \"coordinates\": [\(coords.joined(separator: ", "))]}", properties: props.json))
            for (k, leg) in route.instructions.legs.enumerated() {
                var p = JSONObjectBuilder()
                p.add("role", route.role)
                p.add("step", k + 1)
                p.add("instruction", leg.sentence)
                features.append(feature(geometry: point(leg.start, projection), properties: p.json))
            }
        }
        if let meeting {
            var p = JSONObjectBuilder()
            p.add("role", "meeting-point")
            features.append(feature(geometry: point(meeting, projection), properties: p.json))
        }
        return "{\"type\": \"FeatureCollection\", \"features\": [\n" + features.joined(separator: ",\n") + "\n]}\n"
    }

    static func feature(geometry: String, properties: String) -> String {
        "{\"type\": \"Feature\", \"geometry\": \(geometry), \"properties\": \(properties)}"
    }

    static func point(_ p: Point, _ projection: TransverseMercator) -> String {
        "{\"type\": \"Point\", \"coordinates\": \(position(p, projection))}"
    }

    /// `[lon, lat]` to 7 decimals (≈ 1 cm).
    static func position(_ p: Point, _ projection: TransverseMercator) -> String {
        let g = projection.inverse(p)
        return "[\(JSONObjectBuilder.number(rounded(g.longitude, 7))), \(JSONObjectBuilder.number(rounded(g.latitude, 7)))]"
    }

    /// `x` rounded to `digits` decimals.
    static func rounded(_ x: Double, _ digits: Int) -> Double {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return (x * scale).rounded() / scale
    }
}
