import Border
import GuidepostCore
import Scenario
import Simulation
import Testing

/// A TOD operator's cue (`SensorCue`): the device stays on a person it shows, re-centres on each
/// detection, lets go after `hold` unseen or `dwell` held, and owes the sector one sweep.
@Suite struct SensorCueTests {
    static func tod() -> SimSensor {
        var s = SimSensor(
            id: "tod", kind: .thermal, position: Point(x: 0, y: 0), height: 12, range: 4000, facing: 0, arc: 360, revisit: 2,
            rng: SeededGenerator(seed: 1))
        s.fieldOfView = 12
        s.sweepRate = 1.5
        s.cueHold = SensorCue.defaultHold
        return s
    }

    @Test func aCuedTODLooksAtTheCueUntilTheHoldRunsOut() {
        var s = Self.tod()
        s.cue(on: 90, at: 0)
        #expect(s.aim(at: 10) == 90)
        #expect(s.sees(bearing: 93, at: 10))
        #expect(!s.sees(bearing: 120, at: 10))
        // Seen again at 100 s, 5° on: the view follows.
        s.cue(on: 95, at: 100)
        #expect(s.aim(at: 150) == 95)
        // Not seen again: 600 s after the last detection the sweep resumes where its clock is.
        #expect(s.aim(at: 100 + SensorCue.defaultHold + 1) == s.pointing(at: 100 + SensorCue.defaultHold + 1))
    }

    @Test func afterADwellTheOperatorSweepsTheSectorOnceBeforeTakingANewCue() {
        var s = Self.tod()
        s.cue(on: 90, at: 0)
        s.cue(on: 91, at: SensorCue.defaultDwell)  // held for the whole dwell: let go
        #expect(s.cue == nil)
        #expect(s.sweepPeriod == 240)
        s.cue(on: 91, at: SensorCue.defaultDwell + 100)  // during the owed sweep: ignored
        #expect(s.aim(at: SensorCue.defaultDwell + 101) == s.pointing(at: SensorCue.defaultDwell + 101))
        let after = SensorCue.defaultDwell + 241
        s.cue(on: 91, at: after)
        #expect(s.aim(at: after + 1) == 91)
    }

    @Test func aStaringOrUncuedSensorIgnoresCues() {
        var staring = Self.tod()
        staring.fieldOfView = 360
        staring.cue(on: 90, at: 0)
        #expect(staring.cue == nil && staring.aim(at: 1) == nil)
        var plain = Self.tod()
        plain.cueHold = 0
        plain.cue(on: 90, at: 0)
        #expect(plain.cue == nil)
    }

    /// In the engine (`SimulationOptions.todCue`): once a scanning GP TOD has shown a man walking
    /// away from it 0.6–1.8 km off, it sees him at nearly every look (one every 2 s) for the dwell,
    /// where the sweep alone (the control, cue off) gives ~4 looks per 240 s pass.
    @Test(arguments: [UInt64(1), 2, 3])
    func aTODStaysOnTheManItDetected(seed: UInt64) throws {
        let text = TestWorld.yaml(
            deployment: "{default: false, sensors: [{id: tod-test, kind: thermal, at: {s: 93000, d: -1500}, range: 4000}]}",
            actors: "[{id: p, kind: person, route: [{at: {s: 93000, d: -900}}, {at: {s: 93000, d: 300}, speed: 1}]}]",
            terrain: TestWorld.clearing, duration: "15m")
        let (scenario, border) = try TestWorld.world(text)
        func detections(cue: Bool) -> [Double] {
            var options = SimulationOptions(seed: seed, duration: scenario.document.duration.seconds)
            options.todCue = cue
            var engine = SimulationEngine(scenario: scenario, border: border, options: options)
            var times: [Double] = []
            engine.run(sink: { out in
                times += out.detections.filter { $0.actor == "p" && $0.record.sensor == "tod-test" }.map(\.record.t)
            })
            return times
        }
        func inDwell(_ times: [Double]) -> Int {
            guard let first = times.first else {
                Issue.record("seed \(seed): the TOD never saw him")
                return 0
            }
            return times.filter { $0 >= first && $0 < first + SensorCue.defaultDwell }.count
        }
        let cued = inDwell(detections(cue: true)), swept = inDwell(detections(cue: false))
        // 90 looks in the dwell at Pd ≈ 0.95: at least 70; the sweep alone at most ~12.
        #expect(cued >= 70, "seed \(seed): \(cued) detections in the \(SensorCue.defaultDwell) s after the first")
        #expect(swept <= 20, "seed \(seed): control without the cue, \(swept)")
    }

    /// A blast takes the place of the sweep, even one owed after a long stare, but not of a cue
    /// in force (the operator keeps who he has in view); outside the arc, or with cues off, nothing.
    @Test func aBlastTurnsASweepingTODButNotOneOnATarget() {
        var s = Self.tod()
        s.cue(onBlastAt: 200, at: 10)
        #expect(s.aim(at: 11) == 200)
        #expect(s.cue?.until == 10 + SensorCue.defaultHold)

        var held = Self.tod()
        held.cue(on: 90, at: 0)
        held.cue(onBlastAt: 200, at: 10)
        #expect(held.aim(at: 11) == 90)

        var owing = Self.tod()
        owing.cue(on: 90, at: 0)
        owing.cue(on: 91, at: SensorCue.defaultDwell)  // let go: owes one sweep
        owing.cue(onBlastAt: 200, at: SensorCue.defaultDwell + 10)
        #expect(owing.aim(at: SensorCue.defaultDwell + 11) == 200)

        var north = SimSensor(
            id: "gop", kind: .thermal, position: Point(x: 0, y: 0), height: 6, range: 2000, facing: 0, arc: 180, revisit: 2,
            rng: SeededGenerator(seed: 1))
        north.fieldOfView = 12
        north.cueHold = SensorCue.defaultHold
        north.cue(onBlastAt: 180, at: 10)
        #expect(north.cue == nil)

        var off = Self.tod()
        off.cueHold = 0
        off.cue(onBlastAt: 200, at: 10)
        #expect(off.cue == nil)
    }
}
