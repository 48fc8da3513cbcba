import Operations
import Testing

/// `GuidingWindow`: an operation starts in the dark only if it is over before daylight.
@Suite struct GuidingWindowTests {
    /// 2025-07-03's light, in seconds from 03:00: night, twilight from 04:50, day 05:15–19:50,
    /// twilight to 20:20, night after.
    static func isDay(_ t: Double) -> Bool { t >= 8100 && t < 60_000 }

    let window = GuidingWindow()

    @Test func durationIsTeamOutContactAndEscortBack() {
        #expect(window.duration(teamTime: 1800, escortTime: 2400) == 4500)
        #expect(window.duration(teamTime: -1, escortTime: 0) == 300)
    }

    @Test func dawnTwilightIsDarkOnlyForAnOperationOverBeforeSunrise() {
        // Dispatch at 04:55 (t = 6900) for 89 min: runs into day at 05:15 (t = 8100).
        #expect(window.firstDaylight(from: 6900, duration: 5340, isDay: Self.isDay) == 8100)
        // The same operation at 01:00 of the next night (t = 79_200) stays dark.
        #expect(window.firstDaylight(from: 79_200, duration: 5340, isDay: Self.isDay) == nil)
        // A 15 min operation at 04:55 is over by 05:10: it may go.
        #expect(window.firstDaylight(from: 6900, duration: 900, isDay: Self.isDay) == nil)
        // By day: daylight at once.
        #expect(window.firstDaylight(from: 30_000, duration: 600, isDay: Self.isDay) == 30_000)
        // Starting at dusk (19:45, t = 60_300 is twilight): dark throughout.
        #expect(window.firstDaylight(from: 60_300, duration: 7200, isDay: Self.isDay) == nil)
    }

    /// Over many start times and lengths: the answer is nil exactly when no whole second of
    /// [t, t + D] is day (the light changes only on whole minutes here, so 60 s sampling is exact).
    @Test func agreesWithASecondBySecondScan() {
        for t in stride(from: 0.0, through: 86_400, by: 1800) {
            for d in [0.0, 600, 3600, 9000] {
                let exact = stride(from: t, through: t + d, by: 1).contains(where: Self.isDay)
                #expect((window.firstDaylight(from: t, duration: d, isDay: Self.isDay) != nil) == exact, "t = \(t), D = \(d)")
            }
        }
    }
}
