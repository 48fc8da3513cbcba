import Scenario
import Border
public import GuidepostCore

/// The field channel (DESIGN.md: Operations acts on the world through it): dispatch a team along
/// a route, broadcast, fire warning shots. Effects take hold at the engine's current time and
/// their events come out of the next `advance`.
extension SimulationEngine {
    /// Sends ROK team `team` (an actor of the scenario, or a new one of that name) along `route`
    /// at `speed`; with a `target`, the team guides that actor once it reaches the route's end
    /// (contact within 25 m, then custody if the person complies).
    public mutating func dispatch(team: String, along route: [Point], speed: Double = 1.0, guiding target: ActorID? = nil) {
        guard !route.isEmpty else { return }
        let now = max(time, 0)
        let i: Int
        if let k = actors.firstIndex(where: { $0.name == team }) {
            i = k
        } else {
            var b = [Behaviour]()
            if let target {
                var g = Behaviour(kind: .guide)
                g.target = target
                b.append(g)
            }
            actors.append(
                SimActor(
                    name: team, actor: ActorID(team), kind: .rokGuidanceTeam, species: nil, count: 4, appears: now, route: nil,
                    motion: .route, schedule: .always, position: route[0], behaviours: b, rng: fieldRng.split(label: "team/" + team)))
            positions.append(route[0])
            presence.append(true)
            i = actors.count - 1
            actors[i].present = true
        }
        if !actors[i].present {
            actors[i].appears = min(actors[i].appears, now)
            actors[i].present = true
            presence[i] = true
        }
        let start = [actors[i].position] + route
        actors[i].route = TimedRoute(points: start, speed: speed, start: now)
        actors[i].routeClock = now
        actors[i].motion = .route
        if let target, let j = actors.firstIndex(where: { $0.actor == target }) { fieldGuides[i] = j }
        if let target, actors.contains(where: { $0.actor == target }) {
            var g = Behaviour(kind: .guide)
            g.target = target
            timers.append(Timer(t: actors[i].route?.end ?? now, actor: i, behaviour: g, triggered: false))
            timers.sort { ($0.t, $0.actor) < ($1.t, $1.actor) }
        }
    }

    /// A warning broadcast from `position`: actors within 3 km with `turn-back`/`retreat` on
    /// `warning-broadcast` react.
    public mutating func broadcast(from position: Point, message: String?) {
        let now = max(time, 0)
        pending.events.append(SimulationEvent(t: now, kind: .broadcast, source: "field", at: position, detail: message))
        for j in actors.indices where actors[j].position.distance(to: position) < 3000 {
            trigger(.warningBroadcast, actor: j, at: now, only: true)
        }
    }

    /// Warning shots from `position`: actors within 3 km with rules on `warning-shots` react.
    public mutating func fireWarningShots(from position: Point, rounds: Int) {
        let now = max(time, 0)
        pending.events.append(
            SimulationEvent(
                t: now, kind: .shot, source: "field", at: position, detail: "rok, warning, \(rounds) rounds",
                particulars: .shots(by: .rok, rounds: rounds)))
        for j in actors.indices where actors[j].position.distance(to: position) < 3000 {
            trigger(.warningShots, actor: j, at: now, only: true)
        }
    }
}
