import Foundation
import Border
import GuidepostCore
import Scenario

extension SimulationEngine {
    /// Runs the behaviour timers that are due: a team starts guiding or searching, a party starts
    /// its pursuit, shots are fired, a broadcast is made, an actor turns back or retreats.
    mutating func runTimers(at t: Double, into out: inout SimulationOutput) {
        while let first = timers.first, first.t <= t {
            timers.removeFirst()
            let i = first.actor
            let b = first.behaviour
            if let until = b.until.map(seconds), t >= until { continue }
            if !actors[i].present, t >= actors[i].appears {
                actors[i].present = true
                presence[i] = true
            }
            let target = b.target.flatMap { id in actors.firstIndex { $0.actor == id } }
            switch b.kind {
            case .guide:
                if let target, !actors[target].inCustody { actors[i].motion = .follow(target: target, speed: 1.0, standoff: 10) }
            case .escort:
                if let target { actors[i].motion = .follow(target: target, speed: 5, standoff: 20) }
            case .pursue:
                if let target { actors[i].motion = .follow(target: target, speed: 1.5, standoff: b.standoff ?? 0) }
            case .search where !actors[i].isKPA:
                if let at = b.at?.planarPoint {
                    let c = border.line.alongBorder(at)
                    let centre = Point(x: c.s, y: c.d)
                    let width = SearchSweep.width(searchers: actors[i].count)
                    let radius = b.radius ?? 500
                    // The roads through the search area, in (s, d), for the hasty search: sampled
                    // every 10 m on the map, as a straight line in (s, d) bows off a straight road.
                    let roads = border.corridors.filter { $0.kind == .road }.map { road in
                        stride(from: 0, through: road.line.length, by: 10).map { u in
                            let a = border.line.alongBorder(road.line.point(at: u))
                            return Point(x: a.s, y: a.d)
                        }
                    }
                    actors[i].motion = .sweep(
                        SearchSweep(
                            centre: centre, width: width, speed: 0.5, radius: radius, start: t,
                            hasty: SearchSweep.hastyPath(centre: centre, roads: roads, radius: radius, width: width)))
                }
            case .search:
                if let at = b.at?.planarPoint {
                    let c = border.line.alongBorder(at)
                    let here = border.line.alongBorder(actors[i].position)
                    actors[i].motion = .wander(
                        CorrelatedRandomWalk(
                            home: Point(x: c.s, y: c.d), homeRadius: b.radius ?? 500, meanSpeed: 0.8, maxSpeed: 2,
                            start: Point(x: here.s, y: here.d), heading: 0))
                }
            case .fire:
                let name = target.map { actors[$0].name }
                let rounds = b.rounds ?? 0
                fire(from: i, rounds: rounds, warning: b.warning ?? (name == nil), at: name, time: t, into: &out)
            case .broadcast:
                out.events.append(SimulationEvent(t: t, kind: .broadcast, source: actors[i].name, at: actors[i].position, detail: b.message))
                trigger(.warningBroadcast, actor: i, at: t, only: false)
            case .turnBack, .retreat:
                turnBack(i, at: t, into: &out, retreat: b.kind == .retreat)
            case .surrender:
                guard !actors[i].inCustody else { break }
                holdStill(i, at: t)
                takeIntoCustody(i, by: nil, at: t, detail: "gave themself up", into: &out)
            default: break
            }
        }
    }

    /// Rounds fired by actor `i`; warning shots set off `warning-shots` rules within 3 km.
    mutating func fire(from i: Int, rounds: Int, warning: Bool, at target: String?, time t: Double, into out: inout SimulationOutput) {
        let side: SimulationEvent.Side = actors[i].isKPA ? .kpa : .rok
        let what = warning ? "warning" : "aimed" + (target.map { " at \($0)" } ?? "")
        out.events.append(
            SimulationEvent(
                t: t, kind: .shot, source: actors[i].name, at: actors[i].position, detail: "\(side.rawValue), \(what), \(rounds) rounds",
                particulars: .shots(by: side, rounds: rounds)))
        if warning { trigger(.warningShots, actor: i, at: t, only: false) }
        guard !warning, let target, let j = actors.firstIndex(where: { $0.name == target }), !actors[j].fired.contains("wounded") else { return }
        // Aimed rounds hit with a probability per round that falls with range, 12 % point-blank
        // (2017-11-13: five hits of some forty rounds at tens of metres), e-folding every 200 m.
        let range = actors[i].position.distance(to: actors[j].position)
        let perRound = 0.12 * exp(-range / 200)
        var rng = actors[i].rng
        let hits = (0..<max(rounds, 0)).reduce(0) { n, _ in n + (rng.bernoulli(perRound) ? 1 : 0) }
        actors[i].rng = rng
        guard hits > 0 else { return }
        actors[j].fired.insert("wounded")
        out.events.append(
            SimulationEvent(
                t: t, kind: .casualty, source: actors[j].name, at: actors[j].position, detail: "gunshot wounds (\(hits) hits)",
                particulars: .casualty(.gunfire)))
    }

    /// Actor `i` goes back the way it came, to its route's first point (a retreat at a run).
    mutating func turnBack(_ i: Int, at t: Double, into out: inout SimulationOutput, retreat: Bool) {
        guard !actors[i].inCustody else { return }
        let origin = actors[i].route?.points[0] ?? actors[i].position
        actors[i].route = TimedRoute(points: [actors[i].position, origin], speed: retreat ? 1.5 : 1.0, start: t)
        actors[i].routeClock = t
        actors[i].motion = .route
        out.events.append(
            SimulationEvent(t: t, kind: .turnedBack, source: actors[i].name, at: actors[i].position, detail: retreat ? "retreat" : nil))
    }

    /// Person `i` is in custody from `t`: one `custody` event (by `team`, or at a post).
    mutating func takeIntoCustody(_ i: Int, by team: Int?, at t: Double, detail: String, into out: inout SimulationOutput) {
        actors[i].inCustody = true
        actors[i].hidden = false
        let by = team.map { "by \(actors[$0].name)" } ?? detail
        out.events.append(
            SimulationEvent(
                t: t, kind: .custody, source: actors[i].name, at: actors[i].position, detail: by,
                particulars: .custody(by: team.map { actors[$0].name })))
    }

    /// Actor `i` stays where it is from `t` (its route becomes the single point it stands on).
    mutating func holdStill(_ i: Int, at t: Double) {
        actors[i].route = TimedRoute(points: [actors[i].position], speed: 1, start: t)
        actors[i].routeClock = t
        actors[i].motion = .route
    }
}
