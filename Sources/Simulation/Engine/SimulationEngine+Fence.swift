import Scenario
import Border
import GuidepostCore

extension SimulationEngine {
    /// The zone holding along-border `s`, by binary search over the zones (sorted by s).
    func zoneIndex(at s: Double) -> Int? {
        var lo = 0, hi = zones.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if zones[mid].s.upperBound < s { lo = mid + 1 } else if zones[mid].s.lowerBound > s { hi = mid - 1 } else { return mid }
        }
        return nil
    }

    /// Nuisance alarms in this frame: a Poisson number over all zones at the total rate
    /// Λ = n_zones · λ(w) · scale (FenceSensorModel), each in a uniformly chosen zone; a dead or
    /// silent zone raises nothing. Returns whether any zone was working (the fence reported).
    mutating func fenceNuisance(at t: Double, wind: Double, into out: inout SimulationOutput) -> Bool {
        guard !zones.isEmpty else { return false }
        let rate = fence.nuisanceRate(wind: wind) * nuisanceScale * Double(zones.count) * options.framePeriod
        let n = fenceRng.poisson(mean: rate)
        for _ in 0..<n {
            let k = min(zones.count - 1, Int(fenceRng.uniform() * Double(zones.count)))
            alarm(zone: k, at: t, cause: .nuisance, source: nil, into: &out)
        }
        return true
    }

    /// A person crossing the fence at `s` raises the zone's alarm with the climb probability, unless
    /// the crossing is through a culvert or at a defect (loose trigger, no top sensor, cut mesh).
    /// ROK teams, and whoever they escort, pass through the fence's gates and raise nothing.
    mutating func personCrossesFence(_ i: Int, s: Double, at t: Double, into out: inout SimulationOutput) {
        let rok = actors[i].kind == .rokGuidanceTeam || actors[i].kind == .rokReactionTeam || actors[i].kind == .rokNavy
        guard let k = zoneIndex(at: s), actors[i].via != .culvert, !rok, !actors[i].inCustody else { return }
        if zones[k].defects.contains(where: { $0.contains(s) }) { return }
        if fenceRng.bernoulli(fence.climbProbability) { alarm(zone: k, at: t, cause: .climb, source: i, into: &out) }
    }

    /// An animal pushing at the fence (it cannot pass) raises the alarm with the contact probability.
    mutating func animalTouchesFence(_ i: Int, s: Double, at t: Double, into out: inout SimulationOutput) {
        guard let k = zoneIndex(at: s) else { return }
        if fenceRng.bernoulli(fence.animalContactProbability) { alarm(zone: k, at: t, cause: .animal, source: i, into: &out) }
    }

    mutating func alarm(zone k: Int, at t: Double, cause: SimulationEvent.FenceAlarmCause, source: Int?, into out: inout SimulationOutput) {
        let z = zones[k]
        guard z.isAlarming(at: t) else { return }
        let record = DetectionRecord(
            t: t, sensor: "fence-" + z.id, x: z.midpoint.x, y: z.midpoint.y, cov: z.covariance, kind: .fence, zone: z.id)
        out.detections.append(
            SimulatedDetection(record: record, source: source.map { actors[$0].name }, actor: source.map { actors[$0].actor }))
        out.events.append(
            SimulationEvent(
                t: t, kind: .fenceAlarm, source: "zone-" + z.id, at: z.midpoint, detail: cause.rawValue, particulars: .fenceAlarm(cause)))
        // The cameras nearby slew to the alarm and look in this very frame.
        for c in zoneCameras[k] where sensors[c].nextLook > t { sensors[c].nextLook = t }
        if let source, !actors[source].detected {
            actors[source].detected = true
            trigger(.detected, actor: source, at: t, only: true)
        }
    }
}
