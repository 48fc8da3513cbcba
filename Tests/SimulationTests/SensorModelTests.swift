import GuidepostCore
import Simulation
import Testing

@Suite struct SensorModelTests {
    let night = Conditions(light: .night, weather: .clear)
    let day = Conditions(light: .day, weather: .clear)
    let imjinFog = Conditions(light: .night, weather: Weather(visibility: 100, rain: 4, wind: 3, moon: 0))

    @Test func fogLowersThermalDetection() {
        let tod = ThermalDetectionModel()
        for range in stride(from: 300.0, through: 3000, by: 300) {
            let clear = tod.probability(range: range, area: 0.85, visibleFraction: 1, conditions: night)
            let fog = tod.probability(range: range, area: 0.85, visibleFraction: 1, conditions: imjinFog)
            #expect(fog < clear, "range \(range): fog \(fog) clear \(clear)")
        }
        #expect(tod.probability(range: 2500, area: 0.85, visibleFraction: 1, conditions: imjinFog) < 0.01)
    }

    @Test func aFloatingHeadIsStillSeenNearbyInTheImjinFog() {
        // 2019-07-31: visibility ~100 m, yet the TOD saw a "small ball-like" heat spot in the river.
        let tod = ThermalDetectionModel()
        #expect(tod.probability(range: 400, area: 0.1, visibleFraction: 1, conditions: imjinFog) > 0.5)
        #expect(tod.probability(range: 1500, area: 0.1, visibleFraction: 1, conditions: imjinFog) < 0.05)
    }

    @Test func dayAndOcclusionLowerThermalDetection() {
        let tod = ThermalDetectionModel()
        let atNight = tod.probability(range: 2500, area: 0.85, visibleFraction: 1, conditions: night)
        let byDay = tod.probability(range: 2500, area: 0.85, visibleFraction: 1, conditions: day)
        #expect(byDay < atNight)
        #expect(tod.probability(range: 200, area: 0.85, visibleFraction: 0, conditions: night) == 0)
        let half = tod.probability(range: 200, area: 0.85, visibleFraction: 0.5, conditions: night)
        let full = tod.probability(range: 200, area: 0.85, visibleFraction: 1, conditions: night)
        #expect(abs(half - full / 2) < 1e-12)
        #expect(abs(full - 0.95) < 0.01)
    }

    @Test func radarMissesAStandingPersonAndSeesAWalkingOne() {
        let radar = RadarDetectionModel()
        #expect(radar.probability(range: 2000, radialSpeed: 0, crossSection: 1, visibleFraction: 1) == 0)
        #expect(radar.probability(range: 2000, radialSpeed: 0.2, crossSection: 1, visibleFraction: 1) == 0)
        #expect(radar.probability(range: 2000, radialSpeed: 1.2, crossSection: 1, visibleFraction: 1) > 0.85)
        // A boar (smaller RCS) fades out earlier than a person.
        let boar = radar.probability(range: 5500, radialSpeed: 1, crossSection: 0.5, visibleFraction: 1)
        let person = radar.probability(range: 5500, radialSpeed: 1, crossSection: 1, visibleFraction: 1)
        #expect(boar < person)
    }

    @Test func fenceNuisanceRatesMatchTheArmyFigures() {
        let fence = FenceSensorModel()
        // One platoon post watches about ten zones: one alarm every 4 min 30 s in calm air …
        let calmPerHour = fence.nuisanceRate(wind: 0) * 10 * 3600
        #expect(abs(calmPerHour - 3600.0 / 270) < 0.5)
        // … and about three a minute in a strong wind (2021-02-16, Goseong).
        let windyPerMinute = fence.nuisanceRate(wind: 14) * 10 * 60
        #expect(windyPerMinute > 2.5 && windyPerMinute < 3.5, "\(windyPerMinute)")
    }

    @Test func cameraRangeIsAKilometreByDayAndTwoHundredMetresOnADarkNight() {
        let camera = CameraDetectionModel()
        let dark = Conditions(light: .night, weather: Weather(moon: 0))
        #expect(abs(camera.halfRange(conditions: day) - 1000) < 5)
        #expect(abs(camera.halfRange(conditions: dark) - 200) < 1)
        #expect(camera.probability(range: 600, visibleFraction: 1, conditions: dark) < 0.01)
    }
}
