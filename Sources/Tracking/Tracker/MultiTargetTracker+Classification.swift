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
            let stopped = (tracks[i].state.stationaryProbability ?? 0) > 0.5 || g.velocity.length < 0.2
            tracks[i].features.observe(
                velocity: (g.velocity.x, g.velocity.y), stopped: stopped, companions: companions,
                thermalSize: tracks[i].lastThermalSize, dt: dt)
            let (c, p) = classifier.classify(tracks[i].features)
            // `confirmed` holds only tracks with an id.
            guard let id = tracks[i].id else { continue }
            reports.append(
                TrackReport(id: id, state: g, existence: tracks[i].existence, targetClass: c, classProbability: p))
        }
        return reports
    }
}
