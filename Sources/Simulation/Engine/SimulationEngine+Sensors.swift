import Foundation
import Scenario
import Border
import GuidepostCore

extension SimulationEngine {
    /// False heat spots per TOD per hour (sun-warmed rocks, vehicles beyond the line): an assumption.
    static let thermalFalseAlarmsPerHour = 0.2
    /// False motion alarms per camera per hour in calm air (swaying branches, insects at the lens),
    /// rising with wind like the fence's: an assumption.
    static let cameraFalseAlarmsPerHour = 0.1

    /// One look of sensor `i`: each present actor in range and arc is detected with the model's Pd
    /// and line of sight; false alarms follow. The uniform draw comes first and the horizon lookup
    /// only when it passes, so line of sight costs nothing for the actors the sensor misses anyway.
    mutating func look(sensor i: Int, at t: Double, conditions: Conditions, foggy: Bool, into out: inout SimulationOutput) {
        let sensor = sensors[i]
        var rng = sensor.rng
        defer { sensors[i].rng = rng }
        let silent = sensor.isSilent(at: t)
        let ceiling = sensor.ceiling(at: t)
        let r2max = sensor.range * sensor.range
        var candidates = scratch
        candidates.removeAll(keepingCapacity: true)
        let grid = self.grid
        grid.forEach(near: sensor.position, radius: sensor.range + gridSlack) { candidates.append($0) }
        candidates.sort()
        // Field of regard and (for a sweeping TOD) the field of view as unit vectors and cosines,
        // so the bearing test is a dot product: d·u ≥ r cos(half-width).
        func cone(_ centre: Double, _ width: Double) -> (Double, Double, Double)? {
            guard width < 360 else { return nil }
            let b = centre * radiansPerDegree
            return (sin(b), cos(b), cos(width / 2 * radiansPerDegree))
        }
        let regard = cone(sensor.facing, sensor.arc)
        let view = sensor.aim(at: t).flatMap { cone($0, sensor.fieldOfView) }
        // The operator's next cue: the nearest person or vehicle this look shows (SensorCue).
        var cueOn: (range: Double, bearing: Double)?
        for j in candidates where actors[j].present {
            let position = actors[j].position, velocity = actors[j].velocity
            let dx = position.x - sensor.position.x, dy = position.y - sensor.position.y
            let r2 = dx * dx + dy * dy
            guard r2 <= r2max else { continue }
            let r = r2.squareRoot()
            if let (ux, uy, c) = regard, dx * ux + dy * uy < r * c { continue }
            if let (ux, uy, c) = view, dx * ux + dy * uy < r * c { continue }
            let profile = actors[j].profile
            var p: Double
            switch sensor.kind {
            case .thermal:
                p = imagingProbability(.thermal, range: r, profile: profile, conditions: conditions)
                if let c = ceiling { p *= c / thermal.maximumProbability }
            case .radar:
                let radial = r > 0 ? (velocity.x * dx + velocity.y * dy) / r : 0
                p = radar.probability(range: r, radialSpeed: radial, crossSection: profile.radarCrossSection, visibleFraction: 1)
                if let c = ceiling { p *= c / radar.maximumProbability }
            case .camera:
                p = imagingProbability(.camera, range: r, profile: profile, conditions: conditions)
                // A camera's motion detector needs motion; a still target is seen at a quarter the rate.
                if velocity.lengthSquared < 0.01 { p *= 0.25 }
                if let c = ceiling { p *= c / camera.maximumProbability }
            case .fence:
                p = 0
            }
            let u = rng.uniform()
            var seen = u < p
            var inSight = false
            if seen || recordsLooks {
                inSight = lineOfSight(sensor: i, to: position, height: profile.height, exact: actors[j].kind != .animal)
            }
            seen = seen && inSight
            if recordsLooks {
                out.looks.append(
                    .init(
                        kind: sensor.kind, light: conditions.light, foggy: foggy, range: r, targetClass: actors[j].targetClass,
                        moving: velocity.lengthSquared >= 0.01, inSight: inSight, seen: seen))
            }
            guard seen, !silent else { continue }
            if !actors[j].detected {
                actors[j].detected = true
                trigger(.detected, actor: j, at: t, only: true)
            }
            var record = measurement(sensor, target: position, range: r, t: t, using: &rng)
            // Imaging sensors' video analytics measure the blob's height (ApparentHeightModel).
            record.size = apparentHeight.measure(height: profile.height, range: r, kind: sensor.kind, using: &sensors[i].heightRng)
            if sensor.cueHold > 0, Self.cues(actors[j]), r < (cueOn?.range ?? .infinity) {
                cueOn = (r, record.bearing ?? bearing(from: sensor.position, to: record.position))
            }
            out.detections.append(SimulatedDetection(record: record, source: actors[j].name, actor: actors[j].actor, trueRange: r))
        }
        scratch = candidates
        if let c = cueOn { sensors[i].cue(on: c.bearing, at: t) }
        guard !silent else { return }
        let rate: Double
        switch sensor.kind {
        case .thermal: rate = Self.thermalFalseAlarmsPerHour / 3600 * sensor.revisit
        case .camera:
            let w = conditions.weather.wind / fence.windScale
            rate = Self.cameraFalseAlarmsPerHour / 3600 * sensor.revisit * (1 + w * w * w)
        case .radar: rate = radar.clutterPerScan
        case .fence: rate = 0
        }
        let n = rng.poisson(mean: rate)
        for _ in 0..<n {
            let r = sensor.range * rng.uniform().squareRoot()
            let b = (sensor.aim(at: t) ?? sensor.facing) + (rng.uniform() - 0.5) * min(sensor.arc, sensor.fieldOfView)
            let target = sensor.position + Vector2(sin(b * radiansPerDegree), cos(b * radiansPerDegree)) * r
            out.detections.append(SimulatedDetection(record: measurement(sensor, target: target, range: r, t: t, using: &rng)))
        }
    }

    /// One look's detection probability for a thermal sight or a camera at range `r`, before
    /// ceilings and the camera's motion factor. The camera uses Johnson scaling as the TOD does:
    /// reach ∝ √(visible area / a standing man's 0.85 m²).
    func imagingProbability(_ kind: SensorKind, range r: Double, profile: ActorProfile, conditions: Conditions) -> Double {
        switch kind {
        case .thermal:
            return thermal.probability(range: r, area: profile.thermalArea, visibleFraction: 1, conditions: conditions)
        default:
            let scale = (min(profile.visibleArea, 0.85 * 6) / 0.85).squareRoot()
            return camera.probability(range: r / max(scale, 0.05), visibleFraction: 1, conditions: conditions)
        }
    }

    /// Whether an operator keeps a TOD on this actor once it shows (`SensorCue`): people, KPA
    /// parties and vehicles; not animals (recognised and scanned past) nor the ROK's own teams
    /// (the GP's sentries stand under its mast).
    static func cues(_ actor: SimActor) -> Bool {
        switch actor.kind {
        case .animal, .rokGuidanceTeam, .rokReactionTeam, .rokNavy: false
        case .person, .kpaPatrol, .kpaSearchParty, .kpaWorkParty, .vehicle: true
        }
    }

    /// Bearing from `a` to `b`, degrees clockwise from grid north.
    func bearing(from a: Point, to b: Point) -> Double {
        atan2(b.x - a.x, b.y - a.y) / radiansPerDegree
    }

    /// A noisy range–bearing measurement of `target` as a detection record.
    func measurement(_ sensor: SimSensor, target: Point, range r: Double, t: Double, using rng: inout SeededGenerator)
        -> DetectionRecord
    {
        let rs: Double, bs: Double
        switch sensor.kind {
        case .thermal: (rs, bs) = (thermal.rangeSigma(at: r), thermal.bearingSigma)
        case .radar: (rs, bs) = (radar.rangeSigma, radar.bearingSigma)
        default: (rs, bs) = (max(camera.positionSigma, 0.1 * r), 0.3)
        }
        let m = PolarMeasurement.measure(target: target, from: sensor.position, rangeSigma: rs, bearingSigma: bs, using: &rng)
        let p = m.position
        return DetectionRecord(
            t: t, sensor: sensor.id, x: p.x, y: p.y, cov: m.covariance, kind: sensor.kind, range: m.range, bearing: m.bearing)
    }

    /// Line of sight from sensor `i` to a target `height` m tall at `p`, along the exact line to it
    /// (`HorizonMap.lookUpExactly`; the map is built on first use and remembers the lines judged).
    /// The map's nearest-ray answer was ±r·π/rays off to the side, which hid a man in a stream bed
    /// behind the forest on its bank (issue 3). Animal groups — thousands of them on the full
    /// border, wandering over ever new cells — keep the nearest-ray answer (`exact: false`): the
    /// exact lines' cache grew a 24 h full-border run from 143 to 332 MB and halved its speed,
    /// and a boar a few metres off its true sight line changes nothing anyone acts on.
    mutating func lineOfSight(sensor i: Int, to p: Point, height: Double, exact: Bool = true) -> Bool {
        if horizons[i] == nil {
            let s = sensors[i]
            let rays = min(720, max(72, Int(2 * Double.pi * s.range / 60)))
            horizons[i] = HorizonMap(
                border: border, observer: s.position, height: s.height, range: s.range, rayCount: rays, facing: s.facing, arc: s.arc,
                lazily: true)
        }
        guard exact else { return horizons[i]?.lookUp(p, height: height) ?? true }
        return horizons[i]?.lookUpExactly(p, height: height) ?? true
    }
}
