import Foundation
import GuidepostCore

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
        // A time no clock can show (a stored event from outside with t = 1e300) is written as
        // the number it is, never turned into a date or an integer.
        guard RecordTime.problem(t) == nil else { return Self.unshowable(t) }
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
    public func stamp(_ t: Double) -> String {
        guard RecordTime.problem(t) == nil else { return Self.unshowable(t) }
        return format(t, "yyyy-MM-dd HH:mm") + " (UTC\(format(t, "xxx")))"
    }
    /// The same instant in UTC, `2025-10-18 22:42Z`.
    public func utc(_ t: Double) -> String {
        guard RecordTime.problem(t) == nil else { return Self.unshowable(t) }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(secondsFromGMT: 0)
        f.dateFormat = "yyyy-MM-dd HH:mm'Z'"
        return f.string(from: start.addingTimeInterval(t))
    }
}

extension ReportClock {
    /// A run time that is no clock time: `t=1e+300 s (out of range)`.
    static func unshowable(_ t: Double) -> String { "t=\(t) s (out of range)" }
}

/// A duration as people read it: `45 s`, `12 min`, `3 h 11 min`. A duration no clock can hold
/// (beyond ±2 × 1e9 s, or not finite: from a stored event with an absurd time) is written as
/// its number.
public func readableDuration(_ seconds: Double) -> String {
    guard seconds.isFinite, abs(seconds) <= 2 * RecordTime.limit else { return "\(seconds) s" }
    let s = Int(seconds.rounded())
    if s < 120 { return "\(s) s" }
    let m = s / 60
    if m < 120 { return "\(m) min" }
    return "\(m / 60) h \(m % 60) min"
}
