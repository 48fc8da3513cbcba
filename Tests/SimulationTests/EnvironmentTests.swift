import GuidepostCore
import Simulation
import Testing

@Suite struct EnvironmentTests {
    /// 2019-07-31 23:38 KST = 14:38 UTC.
    static let imjinDetection = 1_564_583_880.0

    @Test func theImjinFloatWasAtNight() {
        let e = SolarPosition.elevation(unixSeconds: Self.imjinDetection, longitude: 126.95, latitude: 38.0)
        #expect(Light(solarElevation: e) == .night)
    }

    @Test func solsticeNoonInSeoulIsHigh() {
        // 2024-06-21 03:32 UTC ≈ local solar noon at 127.0°E; expected 90 − 37.5 + 23.44 ≈ 75.9°.
        let e = SolarPosition.elevation(unixSeconds: 1_718_940_720, longitude: 127.0, latitude: 37.5)
        #expect(abs(e - 75.9) < 0.6, "\(e)")
    }

    @Test func winterDawnIsTwilightThenDay() {
        // 2021-02-16, Goseong (128.37 E, 38.58 N): sunrise ≈ 07:13 KST (22:13 UTC the day before).
        let beforeSunrise = SolarPosition.elevation(unixSeconds: 1_613_425_800, longitude: 128.37, latitude: 38.58)  // 06:50 KST = 21:50 UTC
        let afterSunrise = SolarPosition.elevation(unixSeconds: 1_613_429_400, longitude: 128.37, latitude: 38.58)  // 07:50 KST = 22:50 UTC
        #expect(Light(solarElevation: beforeSunrise) == .twilight)
        #expect(Light(solarElevation: afterSunrise) == .day)
    }
}
