import Foundation

/// The sun's elevation above the horizon, from the NOAA solar calculator's equations
/// (Meeus, "Astronomical Algorithms", 2nd ed., ch. 25, low-precision form; ±0.1° here, far
/// inside what light levels need).
///
/// Declination δ and the equation of time E come from the fractional year γ; the hour angle
/// is h = (true solar time / 4 − 180)°; elevation = asin(sin φ sin δ + cos φ cos δ cos h).
public enum SolarPosition {
    /// Elevation in degrees at `unixSeconds` (UTC seconds since 1970) seen from (lon, lat).
    public static func elevation(unixSeconds: Double, longitude: Double, latitude: Double) -> Double {
        let days = unixSeconds / 86_400
        let dayOfYear = (days - 365.2422 * (days / 365.2422).rounded(.down))  // 0-based, approximate
        let hourUTC = (unixSeconds.truncatingRemainder(dividingBy: 86_400) + 86_400)
            .truncatingRemainder(dividingBy: 86_400) / 3600
        let gamma = 2 * Double.pi / 365 * (dayOfYear + (hourUTC - 12) / 24)
        let eqTime =
            229.18
            * (0.000075 + 0.001868 * cos(gamma) - 0.032077 * sin(gamma) - 0.014615 * cos(2 * gamma)
                - 0.040849 * sin(2 * gamma))
        let decl =
            0.006918 - 0.399912 * cos(gamma) + 0.070257 * sin(gamma) - 0.006758 * cos(2 * gamma)
            + 0.000907 * sin(2 * gamma) - 0.002697 * cos(3 * gamma) + 0.00148 * sin(3 * gamma)
        let trueSolarMinutes = hourUTC * 60 + eqTime + 4 * longitude
        let hourAngle = (trueSolarMinutes / 4 - 180) * Double.pi / 180
        let phi = latitude * Double.pi / 180
        let cosZenith = sin(phi) * sin(decl) + cos(phi) * cos(decl) * cos(hourAngle)
        return 90 - acos(max(-1, min(1, cosZenith))) * 180 / Double.pi
    }
}
