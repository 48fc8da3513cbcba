import Scenario
import Border
import GuidepostCore

extension SimulationEngine {
    /// Simulates every frame up to `t` (and not past the run's duration) and returns what they
    /// produced, each list in time order. Within a frame, detections are sorted by (sensor, x, y)
    /// and truth follows the actors' order, so the output is a pure function of scenario and seed.
    /// - Complexity: per frame O(actors + Σ sensors due × actors near them).
    public mutating func advance(to t: Double) -> SimulationOutput {
        var out = pending
        pending = SimulationOutput()
        while true {
            let ft = Double(frameIndex) * options.framePeriod
            guard ft <= t, ft <= options.duration else { break }
            frame(at: ft, into: &out)
            time = ft
            frameIndex += 1
        }
        return out
    }

    /// Whether every frame of the run has been simulated.
    public var isFinished: Bool { Double(frameIndex) * options.framePeriod > options.duration }

    mutating func frame(at t: Double, into out: inout SimulationOutput) {
        while pendingFaultIndex < pendingFaultEvents.count, pendingFaultEvents[pendingFaultIndex].t <= t {
            out.events.append(pendingFaultEvents[pendingFaultIndex])
            pendingFaultIndex += 1
        }
        let env = timeline.at(t)
        runTimers(at: t, into: &out)
        moveActors(at: t, conditions: env.conditions, into: &out)
        // The grid is rebuilt when animals move; between rebuilds, people and vehicles have moved
        // at most `gridSlack` metres, which every query adds to its radius.
        if t >= nextGridRebuild {
            grid.rebuild(positions: positions, include: presence)
            nextGridRebuild = t + options.animalStep
        }
        let firstDetection = out.detections.count
        var reported = false
        for i in sensors.indices where sensors[i].nextLook <= t {
            sensors[i].nextLook += sensors[i].revisit
            guard sensors[i].outages.isWorking(at: t) else { continue }
            reported = true
            look(sensor: i, at: t, conditions: env.conditions, foggy: env.foggy, into: &out)
        }
        if fenceNuisance(at: t, wind: env.conditions.weather.wind, into: &out) { reported = true }
        if out.detections.count - firstDetection > 1 {
            out.detections[firstDetection...].sort {
                ($0.record.sensor, $0.record.x, $0.record.y) < ($1.record.sensor, $1.record.x, $1.record.y)
            }
        }
        if reported { out.scans.append(ScanRecord(t: t)) }
        if t >= nextTruth {
            for a in actors where a.present {
                out.truth.append(TruthRecord(t: t, id: a.name, x: a.position.x, y: a.position.y, kind: a.targetClass, role: a.truthRole))
            }
            nextTruth += options.truthInterval
        }
    }
}
