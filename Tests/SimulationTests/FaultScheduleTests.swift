import GuidepostCore
import Simulation
import Testing

@Suite struct FaultScheduleTests {
    @Test func sameSeedSameSchedule() {
        var a = SeededGenerator(seed: 9), b = SeededGenerator(seed: 9)
        let s1 = FaultSchedule(duration: 30 * 86_400, ratePerDay: 0.5, using: &a)
        let s2 = FaultSchedule(duration: 30 * 86_400, ratePerDay: 0.5, using: &b)
        #expect(s1 == s2)
        #expect(!s1.outages.isEmpty)
    }

    @Test func aNamedOutageSilencesTheSensor() {
        var rng = SeededGenerator(seed: 1)
        let dead = Outage(start: 0, end: 86_400, cause: .scenario)
        let s = FaultSchedule(duration: 3600, ratePerDay: 0, named: [dead], using: &rng)
        #expect(!s.isWorking(at: 0))
        #expect(!s.isWorking(at: 1800))
        #expect(s.isWorking(at: 86_400))
    }

    @Test func faultRateIsRespectedOverALongRun() {
        var rng = SeededGenerator(seed: 2)
        let s = FaultSchedule(duration: 2000 * 86_400, ratePerDay: 0.1, using: &rng)
        #expect(abs(Double(s.outages.count) - 200) < 45)
    }
}
