import Border
import GuidepostCore
import Scenario

/// Turns a scenario's actors into simulated ones: one per routed actor (a group of `count`
/// moving as one), and `groups` independent groups for route-less actors, scattered uniformly
/// over `area` (default: the window) and wandering around their home points.
///
/// Animal movement (assumptions, docs/simulation.md): wild boar forage at a mean 0.4 m/s in a
/// home range of ~1 km radius, ~88 % of activity at night (domain.md §2); water deer 0.3 m/s,
/// 0.5 km, active at any hour; roe deer 0.35 m/s, 0.6 km, mostly by day and at dusk.
enum ActorFactory {
    static func actors(of scenario: ResolvedScenario, border: BorderModel, rng: SeededGenerator) -> [SimActor] {
        let doc = scenario.document
        let line = border.line
        var out: [SimActor] = []
        for a in doc.actors {
            let appears = a.appears.map { scenario.seconds($0) } ?? 0
            let behaviours = a.behaviours ?? []
            let count = a.count ?? 1
            if let waypoints = a.route, !waypoints.isEmpty,
                let route = TimedRoute(waypoints: waypoints, start: appears, seconds: { scenario.seconds($0) })
            {
                let start = route.arrive[0]
                var actor = SimActor(
                    name: a.id.rawValue, actor: a.id, kind: a.kind, species: a.species, count: count, appears: min(appears, start),
                    route: route, motion: .route, schedule: .always, position: route.points[0], behaviours: behaviours,
                    rng: rng.split(label: "actor/" + a.id.rawValue))
                actor.routeClock = actor.appears
                let c = line.alongBorder(route.points[0])
                actor.s = c.s
                actor.d = c.d
                out.append(actor)
                continue
            }
            let groups = a.groups ?? 1
            var place = rng.split(label: "place/" + a.id.rawValue)
            let area = (a.area ?? []).compactMap { $0.planarPoint.map { line.alongBorder($0) } }
            for k in 1...max(groups, 1) {
                let name = groups > 1 ? "\(a.id.rawValue)-\(k)" : a.id.rawValue
                let home = Self.home(in: area, scenario: scenario, using: &place)
                let (mean, radius, schedule) = Self.movement(a, behaviours: behaviours)
                let walk = CorrelatedRandomWalk(
                    home: Point(x: home.s, y: home.d), homeRadius: radius, meanSpeed: mean, maxSpeed: mean * 5,
                    start: Point(x: home.s, y: home.d), heading: place.uniform() * 2 * Double.pi)
                var actor = SimActor(
                    name: name, actor: a.id, kind: a.kind, species: a.species, count: count, appears: appears, route: nil,
                    motion: a.kind == .animal ? .wander(walk) : .still, schedule: schedule,
                    position: line.point(home), behaviours: behaviours, rng: rng.split(label: "actor/" + name))
                actor.s = home.s
                actor.d = home.d
                out.append(actor)
            }
        }
        return out
    }

    /// A uniform point of the area polygon (in (s, d)), or of the window when there is none.
    static func home(in area: [AlongBorderCoordinate], scenario: ResolvedScenario, using g: inout SeededGenerator)
        -> AlongBorderCoordinate
    {
        guard area.count >= 3 else {
            let s = scenario.s.lowerBound + g.uniform() * (scenario.s.upperBound - scenario.s.lowerBound)
            let d = scenario.d.lowerBound + g.uniform() * (scenario.d.upperBound - scenario.d.lowerBound)
            return AlongBorderCoordinate(s: s, d: d)
        }
        let s0 = area.map(\.s).min() ?? 0, s1 = area.map(\.s).max() ?? 0
        let d0 = area.map(\.d).min() ?? 0, d1 = area.map(\.d).max() ?? 0
        var c = AlongBorderCoordinate(s: s0, d: d0)
        for _ in 0..<50 {
            c = AlongBorderCoordinate(s: s0 + g.uniform() * (s1 - s0), d: d0 + g.uniform() * (d1 - d0))
            if contains(area, c) { break }
        }
        return c
    }

    /// Even–odd point-in-polygon test in (s, d).
    static func contains(_ poly: [AlongBorderCoordinate], _ c: AlongBorderCoordinate) -> Bool {
        var inside = false
        var j = poly.count - 1
        for i in poly.indices {
            let a = poly[i], b = poly[j]
            if (a.d > c.d) != (b.d > c.d), c.s < (b.s - a.s) * (c.d - a.d) / (b.d - a.d) + a.s { inside.toggle() }
            j = i
        }
        return inside
    }

    /// Mean speed, home radius and activity pattern of a route-less actor.
    static func movement(_ a: Actor, behaviours: [Behaviour]) -> (Double, Double, MovementSchedule) {
        let activity = behaviours.first { $0.kind == .wander }?.activity
        let byActivity: MovementSchedule? = activity.map {
            switch $0 {
            case .nocturnal: .mostlyNocturnal
            case .diurnal: .mostlyDiurnal
            case .any: .always
            }
        }
        switch a.species {
        case .wildBoar: return (0.4, 1000, byActivity ?? .mostlyNocturnal)
        case .waterDeer: return (0.3, 500, byActivity ?? .always)
        case .roeDeer: return (0.35, 600, byActivity ?? .mostlyDiurnal)
        case .bird: return (2, 2000, byActivity ?? .mostlyDiurnal)
        case nil: return (0.8, 300, byActivity ?? .always)
        }
    }
}
