import CoT
import Testing

@Suite struct CoTTimeTests {
    @Test func epochAndKnownInstants() {
        #expect(CoTTime(millisecondsSince1970: 0).iso8601 == "1970-01-01T00:00:00.000Z")
        // 2026-12-03T01:02:03.456Z: 20,790 days after the epoch (computed by hand: 56 years incl. 14 leap days
        // to 2026-01-01 = 20,454 days, then 336 days to December 3rd).
        let t = CoTTime(millisecondsSince1970: (20_454 + 336) * 86_400_000 + 3_723_456)
        #expect(t.iso8601 == "2026-12-03T01:02:03.456Z")
        #expect(CoTTime(iso8601: "2026-12-03T01:02:03.456Z") == t)
        #expect(CoTTime(millisecondsSince1970: 4_102_444_800_000).iso8601 == "2100-01-01T00:00:00.000Z")
        #expect(CoTTime(iso8601: "2099-12-31T23:59:59.999Z")?.millisecondsSince1970 == 4_102_444_799_999)
        #expect(CoTTime(millisecondsSince1970: -1).iso8601 == "1969-12-31T23:59:59.999Z")
        #expect(CoTTime(iso8601: "2024-02-29T12:00:00Z") != nil)  // leap day
    }

    @Test func fractionsOfAnyLengthTruncateToMilliseconds() {
        #expect(CoTTime(iso8601: "1970-01-01T00:00:01Z")?.millisecondsSince1970 == 1000)
        #expect(CoTTime(iso8601: "1970-01-01T00:00:01.5Z")?.millisecondsSince1970 == 1500)
        #expect(CoTTime(iso8601: "1970-01-01T00:00:01.123456789Z")?.millisecondsSince1970 == 1123)
        #expect(CoTTime(iso8601: "1970-01-01T00:00:01.9999Z")?.millisecondsSince1970 == 1999)
    }

    @Test(arguments: [
        "", "2026-12-03", "2026-12-03T01:02:03", "2026-12-03T01:02:03+00:00", "2026-12-03T01:02:03.456+00:00",
        "2026-12-03t01:02:03Z", "2026-12-03T01:02:03z", "2026-12-03T01:02:03.Z", "2026-13-03T01:02:03Z",
        "2026-02-29T01:02:03Z", "2026-12-03T24:00:00Z", "2026-12-03T01:60:00Z", "2026-12-03T01:02:60Z",
        "0000-01-01T00:00:00Z", "26-12-03T01:02:03Z", "2026-12-03 01:02:03Z", "2026-12-03T01:02:03.45aZ",
        "+2026-12-03T01:02:03Z", "２０２６-12-03T01:02:03Z",
    ])
    func badFormsAreRefused(_ text: String) {
        #expect(CoTTime(iso8601: text) == nil, "accepted \(text)")
    }

    @Test func everyMillisecondFormatRoundTrips() {
        var rng = RandomEvents(seed: 11)
        for _ in 0..<2000 {
            let t = rng.time()
            #expect(CoTTime(iso8601: t.iso8601) == t, "\(t.millisecondsSince1970) -> \(t.iso8601)")
        }
        for t in [CoTTime.minimum, .maximum, CoTTime(millisecondsSince1970: 0)] {
            #expect(CoTTime(iso8601: t.iso8601) == t)
        }
        #expect(CoTTime.minimum.iso8601 == "0001-01-01T00:00:00.000Z")
        #expect(CoTTime.maximum.iso8601 == "9999-12-31T23:59:59.999Z")
    }

    @Test func initialisersClampAndRound() {
        #expect(CoTTime(millisecondsSince1970: .max) == .maximum)
        #expect(CoTTime(millisecondsSince1970: .min) == .minimum)
        #expect(CoTTime(secondsSince1970: .infinity) == .maximum)
        #expect(CoTTime(secondsSince1970: -.infinity) == .minimum)
        #expect(CoTTime(secondsSince1970: .nan).millisecondsSince1970 == 0)
        #expect(CoTTime(secondsSince1970: 1_796_259_723.456).millisecondsSince1970 == 1_796_259_723_456)
        #expect(CoTTime(secondsSince1970: 1.0004).millisecondsSince1970 == 1000)
        #expect(CoTTime.maximum.adding(milliseconds: .max) == .maximum)
        #expect(CoTTime(millisecondsSince1970: 5).adding(milliseconds: 60_000).millisecondsSince1970 == 60_005)
    }
}
