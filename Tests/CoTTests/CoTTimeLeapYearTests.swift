import CoT
import Testing

/// The Gregorian leap-year rule at the century years, which a "divisible by 4" rule gets wrong
/// (the mutation run of issue 19 found no test that would notice): 2000 is a leap year, 1900
/// and 2100 are not, so their 29 February is an impossible date and is refused.
@Suite struct CoTTimeLeapYearTests {
    @Test(arguments: ["1900-02-29T00:00:00Z", "2100-02-29T12:00:00Z", "2200-02-29T00:00:00Z", "2023-02-29T00:00:00Z"])
    func centuryYearsOtherThanEvery400thHaveNo29February(_ text: String) {
        #expect(CoTTime(iso8601: text) == nil, "\(text) is not a date")
    }

    @Test func every400thYearAndEveryOtherFourthYearHaveOne() throws {
        // 2000-02-29: 11,016 days after the epoch (30 years of 365 days + 7 leap days = 10,957 to
        // 2000-01-01, then 31 + 28 days to 29 February).
        let leapDay = try #require(CoTTime(iso8601: "2000-02-29T00:00:00Z"))
        let expected: Int64 = 11_016 * 86_400_000
        #expect(leapDay.millisecondsSince1970 == expected)
        #expect(CoTTime(iso8601: "2096-02-29T00:00:00Z") != nil)
        #expect(CoTTime(iso8601: "1600-02-29T00:00:00Z") != nil)
    }
}
