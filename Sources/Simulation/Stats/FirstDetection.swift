public import Border
public import GuidepostCore
public import Scenario

/// The first detection of a crosser in a scenario, to check it against the scenario's
/// `expected.first_detection` window (the time its report gives).
///
/// A crosser is any actor that is neither an animal nor a ROK team; the detection must come from
/// one of the window's sensor kinds when it names them.
public struct FirstDetection: Sendable {
    public var detection: SimulatedDetection
    /// Seconds since the start.
    public var t: Double { detection.record.t }

    /// Runs `scenario` until the first such detection, or until `limit` seconds; nil if none.
    public static func find(
        scenario: ResolvedScenario, border: BorderModel, seed: UInt64, kinds: [SensorKind]?, limit: Double
    ) -> FirstDetection? {
        var options = SimulationOptions(seed: seed, duration: min(limit, scenario.document.duration.seconds))
        options.truthInterval = 3600
        var engine = SimulationEngine(scenario: scenario, border: border, options: options)
        let crossers = Set(
            scenario.document.actors.filter {
                $0.kind != .animal && $0.kind != .rokGuidanceTeam && $0.kind != .rokReactionTeam && $0.kind != .rokNavy
            }.map(\.id))
        // Sensors that cannot reach any crosser's planned route are left out: each sensor draws
        // from its own stream, so this changes nothing for the others, and saves building their
        // horizons.
        let legs: [(Point, Point)] = scenario.document.actors.filter { crossers.contains($0.id) }.flatMap { a -> [(Point, Point)] in
            let pts = (a.route ?? []).compactMap { $0.at.planarPoint }
            return pts.count == 1 ? [(pts[0], pts[0])] : Array(zip(pts, pts.dropFirst()))
        }
        if !legs.isEmpty {
            engine.keepSensors { s in legs.contains { Self.distance(s.position, $0.0, $0.1) <= s.range + 500 } }
        }
        var t = 0.0
        while !engine.isFinished {
            t += 60
            let out = engine.advance(to: t)
            for d in out.detections {
                guard let a = d.actor, crossers.contains(a) else { continue }
                if let kinds, let k = d.record.kind, !kinds.contains(k) { continue }
                return FirstDetection(detection: d)
            }
        }
        return nil
    }

    static func distance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let ab = b - a, l2 = ab.lengthSquared
        guard l2 > 0 else { return p.distance(to: a) }
        let u = min(1, max(0, (p - a).dot(ab) / l2))
        return p.distance(to: a + ab * u)
    }
}
