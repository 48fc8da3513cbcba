import Foundation

/// Turns run times (seconds since the start) into wall-clock text in the scenario's zone.
public struct ReportClock: Sendable {
    let start: Date
    let offsetSeconds: Int

    /// From an ISO 8601 start with zone (`2025-10-19T07:00:00+09:00` or `…Z`).
    public init?(start iso: String) {
        let parser = ISO8601DateFormatter()
        guard let date = parser.date(from: iso) else { return nil }
        start = date
        if iso.hasSuffix("Z") {
            offsetSeconds = 0
        } else {
            let tail = iso.suffix(6)
            guard let sign = tail.first, sign == "+" || sign == "-",
                let h = Int(tail.dropFirst().prefix(2)), let m = Int(tail.suffix(2))
            else { return nil }
            offsetSeconds = (sign == "-" ? -1 : 1) * (h * 3600 + m * 60)
        }
    }

    public func format(_ t: Double, _ pattern: String) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(secondsFromGMT: offsetSeconds)
        f.dateFormat = pattern
        return f.string(from: start.addingTimeInterval(t))
    }

    /// `2025-10-19`.
    public func date(_ t: Double) -> String { format(t, "yyyy-MM-dd") }
    /// `07:42`.
    public func time(_ t: Double) -> String { format(t, "HH:mm") }
    /// `2025-10-19 07:42` with the zone, e.g. `2025-10-19 07:42 (UTC+09:00)`.
    public func stamp(_ t: Double) -> String { format(t, "yyyy-MM-dd HH:mm") + " (UTC\(format(t, "xxx")))" }
    /// The same instant in UTC, `2025-10-18 22:42Z`.
    public func utc(_ t: Double) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(secondsFromGMT: 0)
        f.dateFormat = "yyyy-MM-dd HH:mm'Z'"
        return f.string(from: start.addingTimeInterval(t))
    }
}

/// A duration as people read it: `45 s`, `12 min`, `3 h 11 min`.
public func readableDuration(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    if s < 120 { return "\(s) s" }
    let m = s / 60
    if m < 120 { return "\(m) min" }
    return "\(m / 60) h \(m % 60) min"
}
