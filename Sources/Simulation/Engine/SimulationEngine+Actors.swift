import Border
import GuidepostCore
import Scenario

extension SimulationEngine {
    /// Moves every present actor by one frame (wandering animals every `animalStep`), and fires
    /// the events their moves cause: MDL and fence crossings, contact and custody.
    mutating func moveActors(at t: Double, conditions: Conditions, into out: inout SimulationOutput) {
        let dt = options.framePeriod
        let moveAnimals = t >= nextAnimalMove
        if moveAnimals { nextAnimalMove += options.animalStep }
        for i in actors.indices {
            if !actors[i].present {
                guard t >= actors[i].appears else { continue }
                actors[i].present = true
                presence[i] = true
            }
            let before = actors[i].position
            switch actors[i].motion {
            case .still:
                actors[i].velocity = .zero
                positions[i] = actors[i].position
                if let route = actors[i].route {
                    let st = route.state(at: route.end)
                    actors[i].position = st.position
                }
            case .route:
                stepRoute(i, dt: dt, light: conditions.light)
            case .wander(var walk):
                guard moveAnimals || actors[i].kind != .animal else { continue }
                let step = actors[i].kind == .animal ? options.animalStep : dt
                var rng = actors[i].rng
                let old = walk.position
                walk.step(dt: step, activity: actors[i].schedule.activity(conditions.light), using: &rng)
                actors[i].rng = rng
                if let fs = fenceS, actors[i].kind == .animal, fs.contains(walk.position.x),
                    (old.y - fenceD) * (walk.position.y - fenceD) <= 0
                {
                    walk.reject(to: old)
                    animalTouchesFence(i, s: old.x, at: t, into: &out)
                }
                actors[i].motion = .wander(walk)
                actors[i].s = walk.position.x
                actors[i].d = walk.position.y
                actors[i].position = border.line.point(AlongBorderCoordinate(s: walk.position.x, d: walk.position.y))
                actors[i].velocity = (actors[i].position - before) / step
                positions[i] = actors[i].position
                continue
            case .sweep(let sweep):
                let p = sweep.position(at: t)
                actors[i].position = border.line.point(AlongBorderCoordinate(s: p.x, d: p.y))
                actors[i].mode = .walk
                positions[i] = actors[i].position
                actors[i].velocity = (actors[i].position - before) / dt
                searchFinds(i, at: t, light: conditions.light, into: &out)
                continue
            case .follow(let target, let speed, let standoff):
                let goal = actors[target].position
                let v = goal - before
                let dist = v.length
                if dist > standoff {
                    let stepLength = min(speed * dt, dist - standoff)
                    let next = before + v / dist * stepLength
                    // A ROK guidance team never steps north of the MDL's southern candidate line
                    // (issue 19): following a person still north of it, it waits at the line.
                    let held = actors[i].kind == .rokGuidanceTeam && border.band.isSouthOfBand(before) && !border.band.isSouthOfBand(next)
                    if !held { actors[i].position = next }
                }
                actors[i].mode = .walk
                actors[i].hidden = false
            }
            actors[i].velocity = (actors[i].position - before) / dt
            positions[i] = actors[i].position
            if actors[i].kind != .animal, actors[i].position != before {
                mineCheck(i, step: actors[i].position.distance(to: before), at: t, into: &out)
                let c = border.line.alongBorder(actors[i].position)
                crossings(i, from: (actors[i].s, actors[i].d), to: (c.s, c.d), at: t, into: &out)
                actors[i].s = c.s
                actors[i].d = c.d
            }
            contactChecks(i, at: t, into: &out)
        }
    }

    /// Advances a routed actor's own clock (paused while it hides by day) and places it.
    mutating func stepRoute(_ i: Int, dt: Double, light: Light) {
        guard let route = actors[i].route else { return }
        var hiding = false
        if light == .day, !actors[i].inCustody, let b = actors[i].behaviour(.hideByDay) {
            let from = b.from.map(seconds) ?? -Double.infinity, until = b.until.map(seconds) ?? .infinity
            hiding = Double(frameIndex) * options.framePeriod >= from && Double(frameIndex) * options.framePeriod < until
        }
        if !hiding { actors[i].routeClock += dt }
        var clock = actors[i].routeClock
        if actors[i].behaviour(.patrol) != nil, route.points.count > 1 {
            let t0 = route.arrive[0], span = route.end - t0
            if span > 0, clock > route.end {
                let u = (clock - t0).truncatingRemainder(dividingBy: 2 * span)
                if u > span {
                    clock = t0 + 2 * span - u
                } else {
                    clock = t0 + u
                }
            }
        }
        let st = route.state(at: clock)
        actors[i].position = st.position
        actors[i].mode = st.mode
        actors[i].via = st.via
        actors[i].hidden = hiding || st.hidden
    }

    /// MDL (southern candidate line) and fence crossings of a non-animal actor.
    mutating func crossings(_ i: Int, from a: (s: Double, d: Double), to b: (s: Double, d: Double), at t: Double, into out: inout SimulationOutput) {
        let southA = border.band.southern(at: a.s), southB = border.band.southern(at: b.s)
        let wasSouth = a.d < southA, isSouth = b.d < southB
        if wasSouth != isSouth, abs(b.s - a.s) < 500 {
            out.events.append(
                SimulationEvent(t: t, kind: .crossedMDL, source: actors[i].name, at: actors[i].position, detail: isSouth ? "southward" : "northward"))
        }
        if let fs = fenceS, fs.contains(b.s), (a.d - fenceD) * (b.d - fenceD) < 0 {
            let fd = fenceD
            out.events.append(
                SimulationEvent(t: t, kind: .crossedFence, source: actors[i].name, at: actors[i].position, detail: b.d < fd ? "southward" : "northward"))
            personCrossesFence(i, s: b.s, at: t, into: &out)
        }
    }

    /// Contact between a guiding team and its target; the trigger `approached` for actors a ROK team comes near.
    mutating func contactChecks(_ i: Int, at t: Double, into out: inout SimulationOutput) {
        escortReaches(i, at: t, into: &out)
        if let j = fieldGuides[i], case .route = actors[i].motion, !actors[j].inCustody,
            actors[i].position.distance(to: actors[j].position) <= Self.guideSightRange
        {
            actors[i].motion = .follow(target: j, speed: 1.0, standoff: 10)
        }
        guard case .follow(let target, _, _) = actors[i].motion, actors[i].behaviour(.guide)?.target == actors[target].actor,
            !actors[target].inCustody, !actors[i].fired.contains("contact")
        else { return }
        let gap = actors[i].position.distance(to: actors[target].position)
        if gap <= 200 { trigger(.approached, actor: target, at: t, only: true) }
        guard gap <= 25 else { return }
        actors[i].fired.insert("contact")
        let message = actors[i].behaviour(.guide)?.message
        out.events.append(SimulationEvent(t: t, kind: .contact, source: actors[i].name, at: actors[target].position, detail: message))
        trigger(.guidance, actor: target, at: t, only: true)
        let comply = actors[target].behaviour(.respondToGuidance)?.comply?.value ?? 1
        var rng = actors[target].rng
        let complies = rng.bernoulli(comply)
        actors[target].rng = rng
        guard complies else { return }
        takeIntoCustody(target, by: i, at: t, detail: "", into: &out)
        actors[target].motion = .follow(target: i, speed: 1.0, standoff: 3)
        let home = actors[i].route?.points[0] ?? actors[i].position
        actors[i].route = TimedRoute(points: [actors[i].position, home], speed: 1.0, start: t)
        actors[i].routeClock = t
        actors[i].motion = .route
    }

    /// Sets off `turn-back`/`retreat` rules waiting on `trigger` for actor `i` (or, with
    /// `only: false`, for every actor within 3 km of it).
    mutating func trigger(_ trigger: Behaviour.Trigger, actor i: Int, at t: Double, only: Bool) {
        let targets = only ? [i] : actors.indices.filter { actors[$0].position.distance(to: actors[i].position) < 3000 }
        for j in targets where !actors[j].fired.contains(trigger.rawValue) {
            for b in actors[j].behaviours where (b.kind == .turnBack || b.kind == .retreat) && b.on == trigger {
                actors[j].fired.insert(trigger.rawValue)
                timers.append(Timer(t: t + (b.delay?.seconds ?? 0), actor: j, behaviour: b, triggered: true))
            }
        }
        timers.sort { ($0.t, $0.actor) < ($1.t, $1.actor) }
    }

    /// A dispatched team on its way that comes this close to the person it is sent for goes
    /// straight to them (it sees them on its thermal sight), metres.
    static let guideSightRange = 150.0

    /// How far a searching ROK team sees a person on the ground, metres: by day, else (night,
    /// twilight, fog) — halved for a person lying hidden in cover. Assumptions (domain.md §8
    /// gives none): a line abreast sweeping scrub finds what it nearly steps on.
    static func searchSight(light: Light, hidden: Bool) -> Double {
        (light == .day ? 60 : 20) * (hidden ? 0.5 : 1)
    }

    /// A ROK team searching (a `search` rule, sweeping its area) finds a person within sight
    /// and takes them into custody (2020-11-04 09:50, 2021-02-16 07:27).
    mutating func searchFinds(_ i: Int, at t: Double, light: Light, into out: inout SimulationOutput) {
        guard case .sweep(let sweep) = actors[i].motion else { return }
        for j in actors.indices where actors[j].kind == .person && actors[j].present && !actors[j].inCustody {
            let sight = max(Self.searchSight(light: light, hidden: actors[j].hidden), sweep.width / 2)
            guard actors[i].position.distance(to: actors[j].position) <= sight else { continue }
            out.events.append(SimulationEvent(t: t, kind: .contact, source: actors[i].name, at: actors[j].position, detail: "found by the search"))
            holdStill(j, at: t)
            takeIntoCustody(j, by: i, at: t, detail: "", into: &out)
            actors[j].motion = .follow(target: i, speed: 1.0, standoff: 3)
            let home = actors[i].route?.points[0] ?? actors[i].position
            actors[i].route = TimedRoute(points: [actors[i].position, home], speed: 1.0, start: t)
            actors[i].routeClock = t
            actors[i].motion = .route
            return
        }
    }

    /// A boat escorting (`escort`) a target takes it in charge when alongside (50 m): custody at sea.
    mutating func escortReaches(_ i: Int, at t: Double, into out: inout SimulationOutput) {
        guard case .follow(let target, _, _) = actors[i].motion, actors[i].behaviour(.escort)?.target == actors[target].actor,
            actors[target].kind == .person, !actors[target].inCustody,
            actors[i].position.distance(to: actors[target].position) <= 50
        else { return }
        out.events.append(SimulationEvent(t: t, kind: .contact, source: actors[i].name, at: actors[target].position, detail: "alongside"))
        takeIntoCustody(target, by: i, at: t, detail: "", into: &out)
    }
}
