import GuidepostCore

extension MultiTargetTracker {
    /// Updates every confirmed track's class features (companions found with a `SpatialGrid`)
    /// and returns the confirmed tracks with their classes.
    mutating func classify(dt: Double) -> [TrackReport] {
        let confirmed = tracks.indices.filter { tracks[$0].isConfirmed }
        let states = confirmed.map { tracks[$0].state.gaussian }
        let grid = SpatialGrid(points: states.map(\.position), cellSize: max(groupRadius, 1))
        var reports: [TrackReport] = []
        reports.reserveCapacity(confirmed.count)
        for (n, i) in confirmed.enumerated() {
            let g = states[n]
            var companions = 0
            grid.forEachCandidate(near: g.position, radius: groupRadius) { m in
                guard m != n else { return }
                let o = states[m]
                if g.position.distance(to: o.position) <= groupRadius, (g.velocity - o.velocity).length < 1 {
                    companions += 1
                }
            }
            // Hysteresis: a moving track reads stopped when the filter is sure (μ_stop > 0.8) or it
            // barely moves; a stopped one moving again when the filter is sure of that (μ_stop < 0.2).
            let stationary = tracks[i].state.stationaryProbability ?? 0, speed = g.velocity.length
            let stopped =
                tracks[i].features.wasStopped ? !(stationary < 0.2 && speed >= 0.2) : (stationary > 0.8 || speed < 0.2)
            tracks[i].features.observe(
                velocity: (g.velocity.x, g.velocity.y), stopped: stopped, companions: companions,
                thermalSize: tracks[i].lastThermalSize, dt: dt,
                velocitySigma: (0.5 * max(g.velocityCovariance.xx + g.velocityCovariance.yy, 0)).squareRoot())
            let (c, p) = classifier.classify(tracks[i].features)
            // `confirmed` holds only tracks with an id.
            guard let id = tracks[i].id else { continue }
            reports.append(
                TrackReport(id: id, state: g, existence: tracks[i].existence, targetClass: c, classProbability: p))
        }
        return reports
    }
}
