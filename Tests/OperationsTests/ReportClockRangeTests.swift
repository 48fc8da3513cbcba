import Operations
import Testing

/// The report clock and durations on times no clock can show: a stored event from outside
/// with t = 1e300 is written as its number, never turned into an `Int` (which stopped
/// `guidepost report` with SIGILL).
@Suite struct ReportClockRangeTests {
    @Test func anAbsurdTimeIsWrittenAsItsNumber() throws {
        let clock = try #require(ReportClock(start: "2019-07-31T23:00:00+09:00"))
        for t in [1e300, -1e300, Double.infinity, 2e9] {
            #expect(clock.stamp(t) == "t=\(t) s (out of range)", "\(t): \(clock.stamp(t))")
            #expect(clock.utc(t).contains("out of range"))
        }
        #expect(clock.stamp(60) == "2019-07-31 23:01 (UTC+09:00)")
    }

    @Test func anAbsurdDurationIsWrittenAsItsNumber() {
        #expect(readableDuration(1e300) == "1e+300 s")
        #expect(readableDuration(-1e300) == "-1e+300 s")
        #expect(readableDuration(.nan) == "nan s")
        #expect(readableDuration(45) == "45 s")
        #expect(readableDuration(3 * 3600 + 11 * 60) == "3 h 11 min")
    }
}
