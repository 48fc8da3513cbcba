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

    /// The check an operator makes at the engine's current time on `p`: every working thermal
    /// sensor or camera whose field of regard and range reach `p` is slewed to it (the sweep is
    /// overridden, as an operator does), and an actor within `radius` of `p` counts as seen when
    /// it is in sight at its height and the dwell's detection probability `1 − (1 − p_d)^30` is at
    /// least one half. Deterministic (no draw): the answer is a function of the world's state, so
    /// asking does not disturb the simulation's random streams.
    /// - Complexity: O(s · a) for s sensors and the a actors near `p`, plus one exact sight line each.
    public mutating func cameraCheck(at p: Point, radius: Double = 150) -> CameraCheck {
        let t = max(time, 0)
        let conditions = timeline.at(t).conditions
        var near: [Int] = []
        grid.forEach(near: p, radius: radius + gridSlack) { j in
            if actors[j].present, !actors[j].inCustody, actors[j].position.distance(to: p) <= radius { near.append(j) }
        }
        near.sort()
        var covered = false
        var best: TargetClass?
        var party = false
        for i in sensors.indices where sensors[i].kind == .thermal || sensors[i].kind == .camera {
            let s = sensors[i]
            guard s.outages.isWorking(at: t), s.position.distance(to: p) <= s.range,
                s.covers(bearing: bearing(from: s.position, to: p))
            else { continue }
            covered = true
            for j in near where !actors[j].isROK {
                let target = actors[j].position
                let r = s.position.distance(to: target)
                guard r <= s.range, s.covers(bearing: bearing(from: s.position, to: target)) else { continue }
                let profile = actors[j].profile
                let pd = imagingProbability(s.kind, range: r, profile: profile, conditions: conditions)
                let dwell = 1 - pow(1 - min(max(pd, 0), 1), Self.checkLooks)
                guard dwell >= 0.5, lineOfSight(sensor: i, to: target, height: profile.height, exact: true) else { continue }
                if actors[j].isKPA { party = true } else { best = Self.moreUrgent(best, actors[j].targetClass) }
            }
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
