import Border
import GuidepostCore
import Scenario

extension SimulationDeployment {
    /// Random faults per sensor and per fence zone per day (assumptions: ~5,000 faults a year
    /// over some tens of thousands of devices army-wide, domain.md §3.2, is of this order).
    public static let randomFaultsPerDay = 0.02

    /// Applies the scenario's named faults, the fence defects of its terrain, and random faults.
    static func applyFaults(
        _ faults: [Fault], scenario: ResolvedScenario, border: BorderModel, duration: Double, rng: SeededGenerator,
        sensors: inout [SimSensor], zones: inout [FenceZone], events: inout [SimulationEvent]
    ) {
        let line = border.line
        var named: [String: [Outage]] = [:]  // looked up by id only, never iterated into output
        // Spans are half-open [from, until); without `until` a fault lasts the whole run, the
        // last frame (t = duration) included, so it runs to infinity rather than to `duration`.
        func span(_ f: Fault) -> (Double, Double) {
            (f.from.map(scenario.seconds) ?? 0, f.until.map(scenario.seconds) ?? .infinity)
        }
        func targets(_ f: Fault) -> (sensors: [Int], zones: [Int]) {
            if let id = f.sensor {
                return (sensors.indices.filter { sensors[$0].id == id.rawValue }, zones.indices.filter { zones[$0].id == id.rawValue })
            }
            if let z = f.zone { return ([], zones.indices.filter { zones[$0].id == z.rawValue }) }
            guard let p = f.at?.planarPoint else { return ([], []) }
            let r = f.radius ?? 200
            var zs: [Int] = []
            if f.sensorKind == nil || f.sensorKind == .fence {
                let c = line.alongBorder(p)
                zs = zones.indices.filter { i in
                    let z = zones[i]
                    let ds = max(z.s.lowerBound - c.s, 0, c.s - z.s.upperBound)
                    return (ds * ds + (c.d - z.d) * (c.d - z.d)).squareRoot() <= r
                }
            }
            let ss = sensors.indices.filter { i in
                (f.sensorKind == nil || f.sensorKind == sensors[i].kind) && sensors[i].position.distance(to: p) <= r
            }
            return (ss, zs)
        }
        for f in faults {
            let (a, b) = span(f)
            let (ss, zs) = targets(f)
            let names = ss.map { sensors[$0].id } + zs.map { "zone-" + zones[$0].id }
            switch f.kind {
            case .dead:
                for i in ss { named[sensors[i].id, default: []].append(Outage(start: a, end: b, cause: .scenario)) }
                for i in zs { named["zone-" + zones[i].id, default: []].append(Outage(start: a, end: b, cause: .scenario)) }
            case .degraded:
                for i in ss { sensors[i].degraded.append((a, b, f.pd?.value ?? 0.5)) }
            case .noAlarm:
                for i in ss { sensors[i].silent.append((a, b)) }
                for i in zs { zones[i].silent.append((a, b)) }
            case .unrecorded:
                for i in ss { sensors[i].recording = false }
                for n in names { events.append(SimulationEvent(t: a, kind: .sensorFault, source: n, detail: "unrecorded: video not kept")) }
            case .clockOffset:
                for i in ss { sensors[i].clockOffset = f.offset ?? 0 }
                for n in names {
                    events.append(SimulationEvent(t: a, kind: .sensorFault, source: n, detail: "recorder clock offset \(f.offset ?? 0) s"))
                }
            }
        }
        // Physical fence defects: a climber at these places raises nothing.
        for o in scenario.document.terrain ?? [] where o.kind == .fenceFault {
            guard let p = o.at?.planarPoint else { continue }
            let c = line.alongBorder(p)
            let half = max((o.length ?? 10) / 2, 5)
            for i in zones.indices where zones[i].s.lowerBound <= c.s + half && zones[i].s.upperBound >= c.s - half {
                zones[i].defects.append((c.s - half)...(c.s + half))
            }
        }
        func schedule(_ name: String) -> FaultSchedule {
            var g = rng.split(label: "faults/" + name)
            return FaultSchedule(duration: duration, ratePerDay: randomFaultsPerDay, named: named[name] ?? [], using: &g)
        }
        for i in sensors.indices {
            sensors[i].outages = schedule(sensors[i].id)
            events += outageEvents(sensors[i].outages, source: sensors[i].id, duration: duration)
        }
        for i in zones.indices {
            zones[i].outages = schedule("zone-" + zones[i].id)
            events += outageEvents(zones[i].outages, source: "zone-" + zones[i].id, duration: duration)
        }
    }

    static func outageEvents(_ schedule: FaultSchedule, source: String, duration: Double) -> [SimulationEvent] {
        var out: [SimulationEvent] = []
        for o in schedule.outages where o.start < duration {
            out.append(SimulationEvent(t: max(0, o.start), kind: .sensorFault, source: source, detail: o.cause.rawValue))
            if o.end < duration { out.append(SimulationEvent(t: o.end, kind: .sensorRestored, source: source)) }
        }
        return out
    }
}
