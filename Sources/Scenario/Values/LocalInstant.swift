/// A real instant written with its UTC offset, as scenarios name their start
/// (`2019-07-31T23:00:00+09:00`): ISO 8601, seconds optional, zone required.
///
/// Kept as seconds since 1970-01-01T00:00Z plus the offset it was written in, so reports can
/// print local time. Days are counted with Hinnant's `days_from_civil` (proleptic Gregorian),
/// so no calendar library or time-zone database is involved and the result is deterministic.
public struct LocalInstant: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSinceEpoch: Double
    /// Offset from UTC in seconds (+09:00 is 32 400).
    public var utcOffset: Int

    /// An instant from its parts.
    public init(secondsSinceEpoch: Double, utcOffset: Int) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.utcOffset = utcOffset
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z` or `±HH:MM`; nil if malformed.
    public init?(iso8601 text: String) {
        let chars = Array(text.trimmingCharacters())
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= chars.count else { return nil }
            var v = 0
            for c in chars[from..<(from + count)] {
                guard let d = c.wholeNumberValue, c.isASCII else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard chars.count >= 17, let year = number(0, 4), chars[4] == "-", let month = number(5, 2),
            chars[7] == "-", let day = number(8, 2), chars[10] == "T" || chars[10] == " ",
            let hour = number(11, 2), chars[13] == ":", let minute = number(14, 2)
        else { return nil }
        var i = 16
        var second = 0.0
        if i < chars.count, chars[i] == ":" {
            guard let s = number(i + 1, 2) else { return nil }
            second = Double(s)
            i += 3
            if i < chars.count, chars[i] == "." {
                var j = i + 1
                var scale = 0.1
                while j < chars.count, let d = chars[j].wholeNumberValue, chars[j].isASCII {
                    second += Double(d) * scale
                    scale /= 10
                    j += 1
                }
                i = j
            }
        }
        guard i < chars.count else { return nil }  // the zone is required
        var offset = 0
        if chars[i] == "Z" {
            guard i + 1 == chars.count else { return nil }
        } else {
            guard chars[i] == "+" || chars[i] == "-", let oh = number(i + 1, 2), i + 3 < chars.count,
                chars[i + 3] == ":", let om = number(i + 4, 2), i + 6 == chars.count, oh <= 14, om < 60
            else { return nil }
            offset = (chars[i] == "-" ? -1 : 1) * (oh * 3600 + om * 60)
        }
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year), hour < 24,
            minute < 60, second < 60
        else { return nil }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let local = Double(days * 86400 + hour * 3600 + minute * 60) + second
        self.init(secondsSinceEpoch: local - Double(offset), utcOffset: offset)
    }

    /// Seconds since local midnight of this instant's own date, in its own zone.
    public var secondsOfLocalDay: Double {
        let local = secondsSinceEpoch + Double(utcOffset)
        return local - (local / 86400).rounded(.down) * 86400
    }

    /// The instant `seconds` later, in the same zone.
    public func adding(_ seconds: Double) -> LocalInstant {
        LocalInstant(secondsSinceEpoch: secondsSinceEpoch + seconds, utcOffset: utcOffset)
    }

    /// ISO 8601 in the instant's own zone, e.g. `2019-07-31T23:38:00+09:00`.
    public var description: String {
        let local = secondsSinceEpoch + Double(utcOffset)
        let days = Int((local / 86400).rounded(.down))
        let rest = local - Double(days) * 86400
        let (y, m, d) = Self.civilFromDays(days)
        let whole = Int(rest.rounded(.down))
        let fraction = rest - Double(whole)
        var s =
            "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(whole / 3600, 2)):\(pad(whole % 3600 / 60, 2)):\(pad(whole % 60, 2))"
        if fraction > 0.0005 {
            let millis = Int((fraction * 1000).rounded())
            s += ".\(pad(millis, 3))"
        }
        if utcOffset == 0 { return s + "Z" }
        let a = abs(utcOffset)
        return s + (utcOffset < 0 ? "-" : "+") + "\(pad(a / 3600, 2)):\(pad(a % 3600 / 60, 2))"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let v = LocalInstant(iso8601: text) else {
            throw DecodingError.dataCorruptedError(
                in: c,
                debugDescription: "'\(text)' is not an instant like 2019-07-31T23:00:00+09:00 (the zone is required)")
        }
        self = v
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant, "chrono-Compatible Low-Level
    /// Date Algorithms", days_from_civil). - Complexity: O(1).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The inverse of `daysFromCivil` (Hinnant's civil_from_days).
    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

private func pad(_ v: Int, _ width: Int) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

extension String {
    /// The string without leading and trailing spaces (no Foundation needed).
    func trimmingCharacters() -> Substring {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
