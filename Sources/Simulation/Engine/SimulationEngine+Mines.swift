import Foundation
import Scenario
import Border
import GuidepostCore

extension SimulationEngine {
    /// Area of mined ground, m², that one metre walked puts at risk of setting a mine off: two
    /// footprints of ~0.03 m² per 0.7 m stride is ≈ 0.08 m²/m, times the share of old, shifted or
    /// deep mines that would still fire, taken as 1 in 16 (an assumption: most crossers of the
    /// DMZ come through alive, domain.md §7).
    public static let mineTreadArea = 0.005

    /// A person or vehicle off a cleared corridor sets a mine off over a step of `length` metres
    /// with probability 1 − e^(−ρ · a · length) (ρ the mine density under it, a `mineTreadArea`;
    /// a vehicle's tracks ×10). A blast raises `mine_blast` and `casualty` and stops the actor.
    mutating func mineCheck(_ i: Int, step length: Double, at t: Double, into out: inout SimulationOutput) {
        guard length > 0, actors[i].kind != .animal, !actors[i].inCustody, !actors[i].fired.contains("blast") else { return }
        let rho = border.sample(at: actors[i].position).mineDensity
        guard rho > 0 else { return }
        let area = Self.mineTreadArea * (actors[i].targetClass == .vehicle ? 10 : 1)
        var g = mineRng(i)
        let p = 1 - exp(-rho * area * length)
        let blast = g.uniform() < p
        mineStreams[i] = g
        guard blast else { return }
        actors[i].fired.insert("blast")
        out.events.append(SimulationEvent(t: t, kind: .mineBlast, source: actors[i].name, at: actors[i].position))
        out.events.append(
            SimulationEvent(t: t, kind: .casualty, source: actors[i].name, at: actors[i].position, detail: "mine", particulars: .casualty(.mine)))
        actors[i].route = nil
        actors[i].motion = .still
        heardBlast(at: actors[i].position, t: t)
    }

    /// How far a mine blast is heard and its flash seen by a post's watch, metres (an
    /// assumption: an anti-personnel mine's report carries several kilometres at night; a GOP
    /// post stands 2 km from the MDL).
    public static let blastHeardRange = 4000.0

    /// Every sweeping TOD within `blastHeardRange` (and its own reach) whose arc holds the blast
    /// and that has a line of sight to a man's height over it turns to it
    /// (`SimSensor.cue(onBlastAt:at:)`): what it then shows — a casualty lying there, a party
    /// running back — is up to its detection model. Only while TOD operators take cues at all
    /// (`SimulationOptions.todCue`). Draw-free.
    mutating func heardBlast(at p: Point, t: Double) {
        for j in sensors.indices where sensors[j].kind == .thermal && sensors[j].cueHold > 0 {
            let r = sensors[j].position.distance(to: p)
            guard r <= min(Self.blastHeardRange, sensors[j].range), lineOfSight(sensor: j, to: p, height: 1.7) else { continue }
            sensors[j].cue(onBlastAt: bearing(from: sensors[j].position, to: p), at: t)
        }
    }

    /// Actor `i`'s own stream for mines, split on first use so it disturbs no other draw.
    mutating func mineRng(_ i: Int) -> SeededGenerator {
        if let g = mineStreams[i] { return g }
        return actors[i].rng.split(label: "mines")
    }
}
