import Casework
import Foundation
import GuidepostCore
import Operations
import Testing

/// Identity redaction whatever the spelling: a name typed in capitals, run together, spaced
/// twice, with a non-breaking space or a Unicode hyphen, full-width, decomposed (NFD) Hangul,
/// with or without a romanisation's diacritics — each variant is made here from the name and
/// must come out as exactly "[withheld]", while ordinary words that merely contain a short name
/// part ("military" holds "il") are left alone.
@Suite struct RedactorTests {
    static let name = "Kim Jong-il"
    static var terms: [String] { Subject(name: name, birthDate: "1994-11-27").identifyingTerms }

    /// The variants of "Kim Jong-il" an operator's note or a summary might carry.
    static let variants: [String] = [
        "Kim Jong-il", "KIM JONG-IL", "kim jong-il", "Kim Jong Il", "Kim Jongil", "KIM JONGIL", "kim  jong il",
        "KimJongIl", "Kim-Jong-Il", "kim\u{00A0}jong\u{2010}il", "Kim Jong\u{2011}il", "Kim\tJong il", "Kim\nJong-il",
        "Kim Jong\u{00AD}il", "Kim\u{3000}Jong\u{200B}il", "ＫＩＭ ＪＯＮＧ－ＩＬ", "Kim Jŏng-il", "KIM JŎNG IL",
        "Kim Jong'il", "Kim·Jong·il", "kIm JoNg-iL",
    ]

    @Test(arguments: variants)
    func everySpellingOfTheNameIsWithheld(_ variant: String) {
        let out = Redactor(terms: Self.terms).apply("Note: \(variant) was seen at the fence.")
        #expect(out == "Note: [withheld] was seen at the fence.", "\(variant.debugDescription) → \(out.debugDescription)")
    }

    @Test func everyNormalisationOfAHangulNameIsWithheld() {
        let name = "김철수"
        let r = Redactor(terms: Subject(name: name, birthDate: "2001-11-23").identifyingTerms)
        let nfd = name.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count == 8, "the test really feeds decomposed jamo")
        for variant in [name, nfd, "김 철수", "김  철 수", "김-철수"] {
            #expect(r.apply("보고: \(variant) 확인") == "보고: [withheld] 확인", "\(variant.debugDescription)")
        }
        // Korean writes particles onto the name: the name goes, the particle stays.
        #expect(r.apply("\(nfd)가 남쪽으로 이동") == "[withheld]가 남쪽으로 이동")
        // A different syllable (숙 is 수 with a final ㄱ) is a different name.
        #expect(r.apply("김철숙") == "김철숙")
    }

    @Test func romanisationDiacriticsAndApostrophesDoNotHideTheName() {
        let r = Redactor(terms: Subject(name: "Pak Ch'ŏl-su", birthDate: "1990-01-02").identifyingTerms)
        for variant in ["Pak Ch'ŏl-su", "PAK CHOL SU", "Pak Cholsu", "pak ch’ol-su", "Pak Ch\u{306}ol-su"] {
            #expect(r.apply("(\(variant))") == "([withheld])", "\(variant.debugDescription)")
        }
    }

    @Test func theBirthDateIsWithheldInEverySpelling() {
        let r = Redactor(terms: Self.terms)
        for variant in ["1994-11-27", "1994.11.27", "27/11/1994", "19941127", "1994 11 27", "1994–11–27"] {
            #expect(r.apply("born \(variant);") == "born [withheld];", "\(variant)")
        }
    }

    @Test func ordinaryWordsThatHoldANamePartAreLeftAlone() {
        let r = Redactor(terms: Self.terms)
        let text = "Our military said the civilian was still at the ski mission; Kimpo and Ilsan were quiet."
        #expect(r.apply(text) == text)
        // …but the name next to them goes, with its possessive left.
        #expect(r.apply("Kim Jong-il's unit, military") == "[withheld]'s unit, military")
        #expect(r.apply("Il said") == "[withheld] said")
    }

    @Test func overlappingTermsLeaveNoFragmentAndTheMarkerIsNeverMatched() {
        // "Held" would match inside "[withheld]" if terms were replaced one after another.
        let r = Redactor(terms: ["Wit Held", "Held", "Wit"])
        #expect(r.apply("WIT HELD and held.") == "[withheld] and [withheld].")
    }

    @Test func aNameTypedInCapitalsInFreeTextNeverReachesAReport() throws {
        let subject = Subject(name: "Pyon Zanthor-Quill", birthDate: "1994-11-27", unit: "Unit 38217")
        let facts = PublicFacts(
            scenario: "s", start: "2025-10-19T07:00:00+09:00", front: "central front", sector: "Cheorwon",
            subject: "a North Korean soldier")
        let alert = Alert(
            id: "A1", t: 300, track: "T4", x: 0, y: 0, s: 5000, d: 150, targetClass: .human, confidence: 0.8, timeToMDL: 340,
            timeToFence: nil, reason: .approachingMDL)
        let kinds: [(Double, IncidentID?, OperationsEvent.Kind)] = [
            (0, nil, .runStarted(facts)),
            (300, nil, .alertRaised(alert)),
            (310, nil, .alertDismissed(alert: "A1", reason: "operator knew him: PYON  ZANTHOR QUILL, born 1994 11 27, unit 38217")),
            (420, nil, .alertEscalated(alert: "A1", reason: "re-raised: kept moving south")),
            (420, "I-1", .incidentOpened),
            (430, "I-1", .incidentTransition(.trackConfirmed(track: "T4"))),
            (480, "I-1", .incidentTransition(.assessed(summary: "PYON ZANTHOR QUILL, born 1994 11 27, unit 38217"))),
            (2700, "I-1", .incidentTransition(.custodySecured)),
        ]
        let events = kinds.enumerated().map { i, k in OperationsEvent(run: "run-1", seq: i + 1, t: k.0, incident: k.1, kind: k.2) }
        let record = try RunRecord(events: events)
        let incident = try #require(record.incidents["I-1"])
        var sawSummary = false
        for kind in ReportKind.allCases {
            let plain = kind.document(record, incident: incident).markdown
            sawSummary = sawSummary || plain.contains("ZANTHOR")
            let doc = kind.document(record, incident: incident, redact: subject.identifyingTerms)
            for text in [doc.markdown, doc.html] {
                #expect(!text.localizedCaseInsensitiveContains("zanthor"), "\(kind): the name leaked")
                #expect(!text.localizedCaseInsensitiveContains("pyon"), "\(kind): the name leaked")
                #expect(!text.contains("1994 11 27"), "\(kind): the birth date leaked")
            }
        }
        #expect(sawSummary, "the free text really carries the name into a report (else the check is empty)")
    }
}
