import Foundation
public import Border
public import GuidepostCore
public import Scenario

/// The sensors and fence zones of a run: the default deployment of the window (domain.md §8)
/// plus the scenario's listed posts and sensors, with the faults applied.
///
/// Default deployment (positions from Border; the rest assumptions, docs/simulation.md):
/// - every manned ROK GP: a TOD (`tod-<post>`, the post's range and mast, 360°). Radars are not
///   part of the GOP system domain.md §3 describes; a scenario lists them where they stand;
/// - every GOP platoon post: a TOD facing north (180°, the post's 2 km);
/// - the GOP fence: alarm zones of 250 m (`1`, `2`, … from the fence's western end; ten per
///   2.5 km platoon sector, as §3.2's "per platoon post" rate assumes) and a camera every 200 m
///   (`cam-<n>`, 5 m mast, 90° from north round to the fence eastward, 1.5 km) — §3.1's "cameras
///   every 200 m". Each looks along the fence as well as out over it, so the fence line between
///   two masts is in the arc of the western one; one facing straight north from 10 m behind the
///   fence saw the fence line only within 10 m of its mast, and a climber between masts whom the
///   fence sensor missed (p = 0.1) was seen by nothing (the alarm bench's `bench-crosser-046`).
public struct SimulationDeployment: Sendable {
    public var sensors: [SimSensor]
    public var zones: [FenceZone]
    /// Events that faults announce (unrecorded video, clock offsets), in time order.
    public var faultEvents: [SimulationEvent]

    /// Fence zone length, metres.
    public static let zoneLength = 250.0
    /// Camera spacing along the fence, metres.
    public static let cameraSpacing = 200.0
    /// How far clockwise of north a fence camera's 90° arc is centred, degrees: its arc runs from
    /// north round to the fence eastward (an assumption: cameras on a fence watch the fence).
    public static let cameraTurn = 45.0

    /// Revisit periods by kind, seconds: a TOD frame looked at every 2 s as it sweeps, a radar
    /// antenna turn 3 s, camera motion detection 2 s.
    public static func revisit(_ kind: SensorKind) -> Double {
        switch kind {
        case .thermal: 2
        case .radar: 3
        case .camera: 2
        case .fence: 1
        }
    }

    /// Default reach by kind, metres, for listed sensors without a `range`.
    public static func defaultRange(_ kind: SensorKind) -> Double {
        switch kind {
        case .thermal: 3000
        case .radar: 6000
        case .camera: 1000
        case .fence: zoneLength
        }
    }

    /// Builds the deployment of `scenario` on `border`.
    public init(scenario: ResolvedScenario, border: BorderModel, duration: Double, rng: SeededGenerator) {
        let doc = scenario.document
        let dep = doc.deployment ?? Deployment()
        let line = border.line
        var sensors: [SimSensor] = []
        var zones: [FenceZone] = []
        let sWindow = (scenario.s.lowerBound - 500)...(scenario.s.upperBound + 500)
        let dWindow = (scenario.d.lowerBound - 500)...(scenario.d.upperBound + 500)
        func inWindow(_ p: Point) -> Bool {
            let c = line.alongBorder(p)
            return sWindow.contains(c.s) && dWindow.contains(c.d)
        }
        /// The bearing of the MDL's north normal at `p`, degrees (the fence runs 90° clockwise of
        /// it, eastward along the line).
        func north(at p: Point) -> Double {
            let n = line.normal(at: line.alongBorder(p).s)
            var b = atan2(n.x, n.y) * 180 / Double.pi
            if b < 0 { b += 360 }
            return b
        }
        func make(_ id: String, _ kind: SensorKind, _ p: Point, height: Double, range: Double, facing: Double, arc: Double)
            -> SimSensor
        {
            SimSensor(
                id: id, kind: kind, position: p, height: height, range: range, facing: facing, arc: arc,
                revisit: Self.revisit(kind), rng: rng.split(label: "sensor/" + id))
        }
        if dep.default {
            for post in border.posts where post.status == .manned && inWindow(post.position) {
                switch post.kind {
                case .rokGuardPost:
                    sensors.append(
                        make("tod-\(post.id)", .thermal, post.position, height: post.sensorHeight, range: post.sensorRange, facing: 0, arc: 360))
                case .generalOutpost:
                    sensors.append(
                        make(
                            "tod-\(post.id)", .thermal, post.position, height: post.sensorHeight, range: post.sensorRange,
                            facing: north(at: post.position), arc: 180))
                case .kpaGuardPost: break
                }
            }
            if let fence = border.fences.first(where: { $0.kind == .rokGOP }) {
                let s0 = line.alongBorder(fence.line.points[0]).s
                let s1 = line.alongBorder(fence.line.points[fence.line.points.count - 1]).s
                let fd = -BorderModel.dmzHalfWidth
                var k = 0
                var s = s0
                while s < s1 {
                    let e = min(s + Self.zoneLength, s1)
                    k += 1
                    if e >= sWindow.lowerBound && s <= sWindow.upperBound {
                        let a = line.point(AlongBorderCoordinate(s: s, d: fd)), b = line.point(AlongBorderCoordinate(s: e, d: fd))
                        zones.append(
                            FenceZone(id: String(k), s: s...e, d: fd, midpoint: Point.lerp(a, b, 0.5), direction: (b - a).normalized))
                    }
                    s = e
                }
                var c = 0
                s = s0 + Self.cameraSpacing / 2
                while s < s1 {
                    c += 1
                    if sWindow.contains(s) {
                        let p = line.point(AlongBorderCoordinate(s: s, d: fd - 10))
                        let num = String(c)
                        let id = "cam-" + String(repeating: "0", count: max(0, 4 - num.count)) + num
                        let facing = (north(at: p) + Self.cameraTurn).truncatingRemainder(dividingBy: 360)
                        sensors.append(make(id, .camera, p, height: 5, range: 1500, facing: facing, arc: 90))
                    }
                    s += Self.cameraSpacing
                }
            }
        }
        // Listed posts and sensors.
        var postAt: [PostID: (Point, Double)] = [:]
        for post in dep.posts {
            guard let p = post.at.planarPoint else { continue }
            let height: Double
            switch post.kind {
            case .gp: height = 12
            case .gop, .platoonPost: height = 6
            case .observatory: height = 15
            case .checkpoint: height = 5
            case .navy: height = 10
            }
            postAt[post.id] = (p, height)
        }
        for listed in dep.sensors {
            let place: (Point, Double)?
            if let post = listed.post { place = postAt[post] } else { place = listed.at?.planarPoint.map { ($0, 5.0) } }
            guard let (p, height) = place else { continue }
            let range = listed.range ?? Self.defaultRange(listed.kind)
            if listed.kind == .fence {
                let c = line.alongBorder(p)
                let a = line.point(AlongBorderCoordinate(s: c.s - range / 2, d: c.d))
                let b = line.point(AlongBorderCoordinate(s: c.s + range / 2, d: c.d))
                zones.append(
                    FenceZone(
                        id: listed.id.rawValue, s: (c.s - range / 2)...(c.s + range / 2), d: c.d, midpoint: p,
                        direction: (b - a).normalized))
                continue
            }
            var sensor = make(listed.id.rawValue, listed.kind, p, height: height, range: range, facing: listed.facing ?? 0, arc: listed.arc ?? 360)
            sensor.maximumProbability = listed.pd?.value
            sensor.recording = listed.recording ?? true
            sensors.append(sensor)
        }
        sensors.sort { $0.id < $1.id }
        // TODs sweep a 12° field of view at 1.5°/s over their arc (assumption: an operator-driven
        // scan; domain.md §3.1's flagged "340° in ~10 min" is the slow end); with
        // `SimulationOptions.todCue` they also stay on a person they show (SensorCue).
        for i in sensors.indices where sensors[i].kind == .thermal {
            sensors[i].fieldOfView = 12
            sensors[i].sweepRate = 1.5
            var g = sensors[i].rng.split(label: "sweep")
            sensors[i].sweepPhase = g.uniform() * 480
        }
        // Spread first looks over each revisit period so the load is even (deterministic phase).
        for i in sensors.indices {
            let slots = max(1, Int(sensors[i].revisit.rounded()))
            sensors[i].nextLook = Double(i % slots)
        }
        var events: [SimulationEvent] = []
        Self.applyFaults(dep.faults, scenario: scenario, border: border, duration: duration, rng: rng,
            sensors: &sensors, zones: &zones, events: &events)
        self.sensors = sensors
        self.zones = zones
        faultEvents = events.sorted { $0.t < $1.t }
    }
}
