/// An instant in CoT: whole milliseconds since 1970-01-01T00:00:00Z (UTC, no leap seconds), as
/// TAK protocol's `sendTime`/`startTime`/`staleTime` carry it.
///
/// The range is that of a four-digit ISO 8601 year, 0001-01-01T00:00:00.000Z through
/// 9999-12-31T23:59:59.999Z; both initialisers clamp into it (``minimum``, ``maximum``), so every
/// value prints as a valid CoT time and no input can trap.
public struct CoTTime: Sendable, Hashable, Comparable {
    /// 0001-01-01T00:00:00.000Z.
    public static let minimum = CoTTime(uncheckedMilliseconds: -62_135_596_800_000)
    /// 9999-12-31T23:59:59.999Z.
    public static let maximum = CoTTime(uncheckedMilliseconds: 253_402_300_799_999)

    /// Milliseconds since 1970-01-01T00:00:00Z.
    public let millisecondsSince1970: Int64

    /// The instant `milliseconds` after the epoch, clamped to ``minimum``…``maximum``.
    public init(millisecondsSince1970 milliseconds: Int64) {
        self.millisecondsSince1970 = min(
            max(milliseconds, Self.minimum.millisecondsSince1970), Self.maximum.millisecondsSince1970)
    }

    /// The instant `seconds` after the epoch, rounded to the nearest millisecond and clamped to
    /// ``minimum``…``maximum``; NaN gives the epoch itself (a clock that produced NaN has no better answer).
    public init(secondsSince1970 seconds: Double) {
        guard !seconds.isNaN else {
            self.init(uncheckedMilliseconds: 0)
            return
        }
        let milliseconds = (seconds * 1000).rounded(.toNearestOrAwayFromZero)
        if milliseconds <= Double(Self.minimum.millisecondsSince1970) {
            self = .minimum
        } else if milliseconds >= Double(Self.maximum.millisecondsSince1970) {
            self = .maximum
        } else {
            self.init(uncheckedMilliseconds: Int64(milliseconds))
        }
    }

    private init(uncheckedMilliseconds: Int64) {
        millisecondsSince1970 = uncheckedMilliseconds
    }

    /// Seconds since the epoch, for arithmetic with other clocks.
    public var secondsSince1970: Double { Double(millisecondsSince1970) / 1000 }

    /// This instant moved by `milliseconds` (negative moves back), clamped like the initialisers.
    public func adding(milliseconds: Int64) -> CoTTime {
        let (sum, overflow) = millisecondsSince1970.addingReportingOverflow(milliseconds)
        if overflow { return milliseconds > 0 ? .maximum : .minimum }
        return CoTTime(millisecondsSince1970: sum)
    }

    public static func < (lhs: CoTTime, rhs: CoTTime) -> Bool {
        lhs.millisecondsSince1970 < rhs.millisecondsSince1970
    }
}

extension CoTTime {
    private static let millisecondsPerDay: Int64 = 86_400_000

    /// The time as CoT writes it: `2026-12-03T01:02:03.456Z`, always UTC, always three fraction digits.
    public var iso8601: String {
        let ms = millisecondsSince1970
        var days = ms / Self.millisecondsPerDay
        var inDay = ms % Self.millisecondsPerDay
        if inDay < 0 {
            inDay += Self.millisecondsPerDay
            days -= 1
        }
        let (year, month, day) = Self.civil(fromDays: days)
        var text = ""
        text.reserveCapacity(24)
        Self.append(year, width: 4, to: &text)
        text.append("-")
        Self.append(month, width: 2, to: &text)
        text.append("-")
        Self.append(day, width: 2, to: &text)
        text.append("T")
        Self.append(inDay / 3_600_000, width: 2, to: &text)
        text.append(":")
        Self.append(inDay / 60_000 % 60, width: 2, to: &text)
        text.append(":")
        Self.append(inDay / 1000 % 60, width: 2, to: &text)
        text.append(".")
        Self.append(inDay % 1000, width: 3, to: &text)
        text.append("Z")
        return text
    }

    /// Parses a CoT time: `YYYY-MM-DDTHH:MM:SS` with an optional fraction of any number of digits
    /// (beyond milliseconds truncated), then `Z`. CoT times are UTC, so a numeric offset
    /// (`+00:00` included), a missing `Z`, a lower-case `t`/`z`, or an impossible date
    /// (2026-02-30, hour 24, second 60) is refused: `nil`.
    public init?(iso8601 text: some StringProtocol) {
        let b = Array(text.utf8)
        guard b.count >= 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
            b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b.last == UInt8(ascii: "Z"),
            let year = Self.digits(b, 0, 4), let month = Self.digits(b, 5, 2), let day = Self.digits(b, 8, 2),
            let hour = Self.digits(b, 11, 2), let minute = Self.digits(b, 14, 2), let second = Self.digits(b, 17, 2)
        else { return nil }
        var millisecond: Int64 = 0
        if b.count > 20 {
            // ".d…dZ": at least one digit; only the first three count.
            guard b[19] == UInt8(ascii: "."), b.count > 21 else { return nil }
            var scale: Int64 = 100
            for index in 20..<(b.count - 1) {
                let d = b[index] &- UInt8(ascii: "0")
                guard d <= 9 else { return nil }
                millisecond += Int64(d) * scale
                scale /= 10
            }
        } else if b[19] != UInt8(ascii: "Z") {
            return nil
        }
        guard year >= 1, (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year),
            hour <= 23, minute <= 59, second <= 59
        else { return nil }
        let days = Self.days(fromCivil: year, month, day)
        self.init(
            millisecondsSince1970: days * Self.millisecondsPerDay + ((hour * 60 + minute) * 60 + second) * 1000
                + millisecond)
    }

    private static func digits(_ b: [UInt8], _ start: Int, _ count: Int) -> Int64? {
        var value: Int64 = 0
        for index in start..<(start + count) {
            let d = b[index] &- UInt8(ascii: "0")
            guard d <= 9 else { return nil }
            value = value * 10 + Int64(d)
        }
        return value
    }

    private static func append(_ value: Int64, width: Int, to text: inout String) {
        let digits = String(value)
        if digits.count < width { text.append(String(repeating: "0", count: width - digits.count)) }
        text.append(digits)
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible
    /// low-level date algorithms", days_from_civil).
    private static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The inverse of `days(fromCivil:)` (Hinnant's civil_from_days).
    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
