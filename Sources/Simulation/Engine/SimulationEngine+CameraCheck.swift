import Border
import Foundation
public import GuidepostCore
import Scenario

/// What an operator sees when they slew a post's camera or TOD to a spot and look: the one
/// `GuidepostCore.CameraView`, under the name the simulator has always used.
public typealias CameraCheck = CameraView

extension SimulationEngine {
    /// Looks per dwell: an operator holds the view for about 30 s of 1 s frames (an assumption),
    /// so a target whose single-look Pd is p is seen with probability 1 − (1 − p)^30.
    static let checkLooks = 30.0

    /// One look: what the operator reported and what it made of each truth object near the spot.
    public struct Look: Hashable, Sendable {
        public var view: CameraView
        public var targets: [LookRecord.Target]
    }

    /// One actor near the looked-at spot, as the best view of it shows it.
    struct Sighting {
        var actor: Int
        /// Whether the old oracle would show it: in sight, and the dwell's Pd at least one half.
        var oracle: Bool
        /// Cycles across it on the best view in sight (nil: no view in sight of it).
        var cycles: Double?
    }

    /// The oracle's check at the engine's current time on `p` (`LookModel.Fidelity.perfect`):
    /// every working thermal sensor or camera whose field of regard and range reach `p` is
    /// slewed to it, and an actor within `radius` of `p` counts as seen when it is in sight at
    /// its height and the dwell's detection probability `1 − (1 − p_d)^30` is at least one half.
    /// Deterministic (no draw): asking does not disturb the simulation's random streams.
    /// - Complexity: O(s · a) for s sensors and the a actors near `p`, plus one exact sight line each.
    public mutating func cameraCheck(at p: Point, radius: Double = 150) -> CameraCheck {
        let (covered, seen) = sightings(at: p, radius: radius)
        return Self.oracleView(covered: covered, seen.filter(\.oracle).map { actors[$0.actor] })
    }

    /// The look an operator makes at `p` now, as `options.look` says (`LookModel`): under
    /// `.perfect` the oracle's view (`cameraCheck`); under `.modelled` each actor near the spot
    /// and in sight is detected, recognised or not from the cycles on its best view, one draw each
    /// from the look's own stream (no other stream moves): recognised → its class; detected but
    /// not recognised → named anyway with probability `guessShare` (an animal with probability
    /// `guessAnimal`, else a person) as a guess the operator knows is one (`.unsure`), else
    /// "cannot tell"; undetected → not there. The view is the most urgent of what was seen: a
    /// person recognised, then a KPA party, then a guessed person, "cannot tell", a guessed
    /// animal (doubt outranks a recognised animal: something else there may be a man), a
    /// vehicle, an animal; nothing seen on a covered spot is `.nothing`.
    public mutating func look(at p: Point, radius: Double = 150) -> Look {
        let (covered, seen) = sightings(at: p, radius: radius)
        var targets: [LookRecord.Target] = []
        guard case .modelled = lookModel.fidelity else {
            let shown = seen.filter(\.oracle)
            for s in seen {
                targets.append(.init(id: actors[s.actor].name, kind: actors[s.actor].targetClass, outcome: s.oracle ? .recognised : (s.cycles == nil ? .hidden : .missed)))
            }
            return Look(view: Self.oracleView(covered: covered, shown.map { actors[$0.actor] }), targets: targets)
        }
        var human = false, party = false, doubt = false, guessedHuman = false, guessedAnimal = false
        var best: TargetClass?
        for s in seen {
            let a = actors[s.actor]
            guard let n = s.cycles else {
                targets.append(.init(id: a.name, kind: a.targetClass, outcome: .hidden, cycles: 0))
                continue
            }
            let chances = lookModel.chances(cycles: n)
            let u = lookRng.uniform()
            let outcome: LookRecord.Outcome
            if u < chances.recognise {
                outcome = .recognised
            } else if u < chances.detect {
                if lookRng.bernoulli(lookModel.guessShare) {
                    outcome = lookRng.bernoulli(lookModel.guessAnimal) ? .guessedAnimal : .guessedHuman
                } else {
                    outcome = .cannotTell
                }
            } else {
                outcome = .missed
            }
            targets.append(.init(id: a.name, kind: a.targetClass, outcome: outcome, cycles: n))
            switch outcome {
            case .recognised where a.isKPA: party = true
            case .recognised where a.targetClass == .human: human = true
            case .recognised: best = Self.moreUrgent(best, a.targetClass)
            case .guessedHuman: guessedHuman = true
            case .guessedAnimal: guessedAnimal = true
            case .cannotTell: doubt = true
            case .missed, .hidden: break
            }
        }
        let view: CameraView
        if human {
            view = .shows(.human)
        } else if party {
            view = .kpaParty
        } else if guessedHuman {
            view = .unsure(.human)
        } else if doubt {
            view = .cannotTell
        } else if guessedAnimal {
            view = .unsure(.animal)
        } else if let best {
            view = .shows(best)
        } else {
            view = covered ? .nothing : .uncovered
        }
        return Look(view: view, targets: targets)
    }

    /// Whether a working camera or TOD reaches `p`, and every actor within `radius` of it
    /// (not in custody, not our own) with its best view: the most cycles on it among the views in
    /// sight (`LookModel`), and whether the oracle would show it.
    mutating func sightings(at p: Point, radius: Double) -> (covered: Bool, seen: [Sighting]) {
        let t = max(time, 0)
        let conditions = timeline.at(t).conditions
        var near: [Int] = []
        grid.forEach(near: p, radius: radius + gridSlack) { j in
            if actors[j].present, !actors[j].inCustody, !actors[j].isROK, actors[j].position.distance(to: p) <= radius { near.append(j) }
        }
        near.sort()
        var seen = near.map { Sighting(actor: $0, oracle: false, cycles: nil) }
        var covered = false
        for i in sensors.indices where sensors[i].kind == .thermal || sensors[i].kind == .camera {
            let s = sensors[i]
            guard s.outages.isWorking(at: t), s.position.distance(to: p) <= s.range,
                s.covers(bearing: bearing(from: s.position, to: p))
            else { continue }
            covered = true
            for k in seen.indices {
                let j = seen[k].actor
                let target = actors[j].position
                let r = s.position.distance(to: target)
                guard r <= s.range, s.covers(bearing: bearing(from: s.position, to: target)) else { continue }
                let profile = actors[j].profile
                guard lineOfSight(sensor: i, to: target, height: profile.height, exact: true) else { continue }
                let pd = imagingProbability(s.kind, range: r, profile: profile, conditions: conditions)
                let dwell = 1 - pow(1 - min(max(pd, 0), 1), Self.checkLooks)
                if dwell >= 0.5 { seen[k].oracle = true }
                let n = lookModel.cycles(s.kind, range: r, profile: profile, conditions: conditions, thermal: thermal, camera: camera)
                seen[k].cycles = max(seen[k].cycles ?? 0, n)
            }
        }
        return (covered, seen)
    }

    /// The oracle's view of what it shows: a person wins, then a KPA party, then the most urgent class.
    static func oracleView(covered: Bool, _ shown: [SimActor]) -> CameraView {
        var best: TargetClass?
        var party = false
        for a in shown {
            if a.isKPA { party = true } else { best = moreUrgent(best, a.targetClass) }
        }
        if best == .human { return .shows(.human) }
        if party { return .kpaParty }
        if let best { return .shows(best) }
        return covered ? .nothing : .uncovered
    }

    /// A person outranks a vehicle, which outranks an animal.
    static func moreUrgent(_ a: TargetClass?, _ b: TargetClass) -> TargetClass {
        func rank(_ c: TargetClass) -> Int {
            switch c {
            case .human: 3
            case .unknown: 2
            case .vehicle: 1
            case .animal: 0
            }
        }
        guard let a else { return b }
        return rank(b) > rank(a) ? b : a
    }
}
