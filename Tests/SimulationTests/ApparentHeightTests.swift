import GuidepostCore
import Simulation
import Testing

/// Imaging sensors report the target's apparent height (`ApparentHeightModel`): the stated mean
/// and spread at a known range, smaller for animals, and only from thermal and camera sensors.
@Suite struct ApparentHeightTests {
    /// σ(r) = √(0.15² + (β r)²), computed here from the documented constants.
    static func sigma(_ r: Double, pixel beta: Double) -> Double { (0.15 * 0.15 + beta * r * beta * r).squareRoot() }

    @Test(arguments: [(SensorKind.thermal, 0.33e-3, 1000.0), (.thermal, 0.33e-3, 500), (.camera, 0.3e-3, 600)])
    func aManAtAKnownRangeHasTheStatedMeanAndSpread(kind: SensorKind, beta: Double, range r: Double) {
        let model = ApparentHeightModel()
        let sigma = Self.sigma(r, pixel: beta)
        #expect(abs((model.sigma(range: r, kind: kind) ?? 0) - sigma) < 1e-12)
        let n = 4000
        for seed in UInt64(1)...5 {
            var rng = SeededGenerator(seed: seed)
            let xs = (0..<n).compactMap { _ in model.measure(height: 1.7, range: r, kind: kind, using: &rng) }
            #expect(xs.count == n)
            let mean = xs.reduce(0, +) / Double(n)
            let sd = (xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n - 1)).squareRoot()
            // The mean within 4 standard errors, the spread within 6 % (≈ 5 standard errors of an SD over 4,000).
            #expect(abs(mean - 1.7) < 4 * sigma / Double(n).squareRoot(), "seed \(seed): mean \(mean)")
            #expect(abs(sd / sigma - 1) < 0.06, "seed \(seed): sd \(sd), σ \(sigma)")
            #expect(xs.allSatisfy { $0 >= beta * r - 0.005 }, "never under one pixel's footprint")
        }
    }

    @Test func radarAndFenceMeasureNoHeight() {
        var rng = SeededGenerator(seed: 1)
        let model = ApparentHeightModel()
        #expect(model.measure(height: 1.7, range: 500, kind: .radar, using: &rng) == nil)
        #expect(model.measure(height: 1.7, range: 500, kind: .fence, using: &rng) == nil)
    }

    /// In a run by day, a walking man's TOD and camera detections carry sizes whose z-scores
    /// (size − 1.7)/σ(true range) are standard normal (where the one-pixel floor is ≥ 3σ away);
    /// a boar sounder's sizes are smaller; radar detections carry none.
    @Test(arguments: [UInt64(3), 8, 21])
    func detectionsInARunCarryTheirTargetsHeight(seed: UInt64) throws {
        let text = TestWorld.yaml(
            conditions: "[{light: day, wind: 2}]",
            deployment: """
                {default: false, sensors: [{id: tod-test, kind: thermal, at: {s: 93000, d: -1500}, range: 4000},
                 {id: cam-test, kind: camera, at: {s: 92800, d: -1300}, range: 1500},
                 {id: gsr-test, kind: radar, at: {s: 93000, d: -1500}, range: 6000}]}
                """,
            actors: """
                [{id: p, kind: person, route: [{at: {s: 92800, d: 500}}, {at: {s: 92800, d: -1000}, speed: 1}]},
                 {id: boar, kind: animal, species: wild-boar, groups: 30, count: 3}]
                """, terrain: TestWorld.clearing, duration: "25m")
        let out = try TestWorld.run(text, seed: seed)
        let imaging: Set<SensorKind> = [.thermal, .camera]
        let beta: [SensorKind: Double] = [.thermal: 0.33e-3, .camera: 0.3e-3]
        let person = out.detections.filter { $0.actor == "p" && imaging.contains($0.record.kind ?? .fence) }
        let boar = out.detections.filter { $0.actor == "boar" && imaging.contains($0.record.kind ?? .fence) }
        try #require(person.count >= 30, "seed \(seed): \(person.count) imaging detections of the man")
        try #require(boar.count >= 30, "seed \(seed): \(boar.count) imaging detections of boar")
        let z = try person.compactMap { d -> Double? in
            let size = try #require(d.record.size)
            let r = try #require(d.trueRange)
            let b = try #require(beta[d.record.kind ?? .fence])
            let sigma = Self.sigma(r, pixel: b)
            return 1.7 - b * r >= 3 * sigma ? (size - 1.7) / sigma : nil
        }
        try #require(z.count >= 20, "seed \(seed): \(z.count) detections clear of the pixel floor")
        let n = Double(z.count)
        let mean = z.reduce(0, +) / n
        let sd = (z.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (n - 1)).squareRoot()
        #expect(abs(mean) < 4 / n.squareRoot(), "seed \(seed): mean z \(mean) over \(z.count)")
        #expect(abs(sd - 1) < 0.35, "seed \(seed): sd z \(sd)")
        let boarSizes = boar.compactMap(\.record.size)
        #expect(boarSizes.count == boar.count)
        let personMean = person.compactMap(\.record.size).reduce(0, +) / Double(person.count)
        let boarMean = boarSizes.reduce(0, +) / Double(boarSizes.count)
        #expect(boarMean < personMean - 0.4, "seed \(seed): boar \(boarMean) m, man \(personMean) m")
        #expect(out.detections.filter { $0.record.kind == .radar }.allSatisfy { $0.record.size == nil })
        #expect(out.detections.filter { $0.actor == nil }.allSatisfy { $0.record.size == nil }, "false heat spots have no size")
    }
}
