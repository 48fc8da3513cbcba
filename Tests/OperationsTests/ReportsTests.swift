import Casework
import Foundation
import GuidepostCore
import Operations
import Testing

@Suite struct ReportsTests {
    static let subject = Subject(
        name: "Pyon Zanthor-Quill", birthDate: "1994-11-27", unit: "Unit 38217 Third Recon Company", rank: "staff sergeant",
        hometown: "Kyongsong-Xq")

    /// A scripted run: detection, an alert dismissed then escalated, guidance, custody; free
    /// text deliberately carrying identifying details (as an operator's note might).
    static func events(kpa: KPAActivityVerdict = .noUnusualMovement, run: RunID = "run-1") -> [OperationsEvent] {
        let facts = PublicFacts(
            scenario: "2025-10-19-central-front-soldier-pursuers", start: "2025-10-19T07:00:00+09:00",
            front: "central front", sector: "Cheorwon", subject: "a North Korean soldier")
        let a1 = Alert(
            id: "A1", t: 300, track: "T4", x: 0, y: 0, s: 5000, d: 150, targetClass: .human, confidence: 0.8, timeToMDL: 340,
            timeToFence: nil, reason: .approachingMDL)
        let kinds: [(Double, IncidentID?, OperationsEvent.Kind)] = [
            (0, nil, .runStarted(facts)),
            (300, nil, .alertRaised(a1)),
            (310, nil, .alertDismissed(alert: "A1", reason: "operator thought it was \(subject.name)'s dog")),
            (420, nil, .alertEscalated(alert: "A1", reason: "re-raised: track kept moving south 60 m")),
            (420, "I-1", .incidentOpened),
            (420, "I-1", .incidentTransition(.trackConfirmed(track: "T4"))),
            (480, "I-1", .incidentTransition(.assessed(summary: "\(subject.name), born \(subject.birthDate), of \(subject.unit ?? "")"))),
            (600, "I-1", .incidentTransition(.guidanceDispatched(team: "team-1"))),
            (2400, "I-1", .incidentTransition(.contactMade)),
            (2700, "I-1", .incidentTransition(.custodySecured)),
            (2800, nil, .sensorHits([SensorHits(kind: "thermal", hits: 14, first: 240), SensorHits(kind: "camera", hits: 3, first: 900)])),
            (2800, nil, .kpaActivity(kpa)),
        ]
        return kinds.enumerated().map { i, k in OperationsEvent(run: run, seq: i + 1, t: k.0, incident: k.1, kind: k.2) }
    }

    static func render(_ events: [OperationsEvent], redact: [String]) throws -> [String] {
        let record = try RunRecord(events: events)
        let incident = try #require(record.incidents["I-1"])
        return ReportKind.allCases.flatMap { kind in
            let doc = kind.document(record, incident: incident, redact: redact, mapSVG: "<svg>map</svg>", routeSVG: "<svg>route</svg>")
            return [doc.markdown, doc.html]
        }
    }

    @Test func noReportCarriesTheSubjectsIdentity() throws {
        let terms = Self.subject.identifyingTerms
        #expect(terms.contains("Zanthor") && terms.contains("27/11/1994") && terms.contains("19941127"))
        let reports = try Self.render(Self.events(), redact: terms)
        #expect(reports.count == 6)
        for text in reports {
            for term in terms { #expect(!text.localizedCaseInsensitiveContains(term), "'\(term)' leaked") }
            #expect(!text.contains("Pyon"))
        }
        // The check can fail: without redaction the free text carries the name into the AAR.
        let unredacted = try Self.render(Self.events(), redact: [])
        #expect(unredacted.contains { $0.contains("Zanthor") })
        // The public templates never quote free text at all.
        #expect(!unredacted[0].contains("Zanthor") && !unredacted[2].contains("Zanthor"))
    }

    @Test func pressStatementFollowsTheJCSTemplate() throws {
        let record = try RunRecord(events: Self.events())
        let doc = PressStatement.document(record, incident: try #require(record.incidents["I-1"]))
        let text = doc.markdown
        #expect(text.contains("On 2025-10-19, at about 07:04, our military identified a North Korean soldier"))  // first hit t = 240
        #expect(text.contains("tracked and monitored"))
        #expect(text.contains("carried out a normal guiding operation and secured custody of the person at about 07:45"))
        #expect(text.contains("will be investigated by the relevant agencies"))
        #expect(text.contains("No unusual North Korean military movement has been identified so far."))
    }

    @Test func pressStatementSaysWhatWasUnusual() throws {
        let verdict = KPAActivityVerdict.unusual([.init(kind: .armedNearPost, t: 5000, detail: "armed KPA soldiers came within 150 m of a ROK guard post")])
        let record = try RunRecord(events: Self.events(kpa: verdict))
        let text = PressStatement.document(record, incident: try #require(record.incidents["I-1"])).markdown
        #expect(!text.contains("No unusual"))
        #expect(text.contains("within 150 m of a ROK guard post"))
    }

    @Test func afterActionReportHasTheFiguresAndLessons() throws {
        let record = try RunRecord(events: Self.events())
        let doc = AfterActionReport.document(record, incident: try #require(record.incidents["I-1"]))
        let md = doc.markdown
        #expect(md.contains("| Alert delay (first alert − first detection) | 60 s |"))
        #expect(md.contains("| Guiding duration | 35 min |"))
        #expect(md.contains("| Alerts raised / dismissed / escalated | 1 / 1 / 1 |"))
        #expect(md.contains("dismissed → escalated"))
        #expect(md.contains("Alert A1 was re-raised and escalated 2 min after it was raised"))
        #expect(md.contains("<svg"))
        #expect(doc.html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func uncNotificationGivesLocalAndUTCTimes() throws {
        let record = try RunRecord(events: Self.events())
        let md = UNCNotification.document(record, incident: try #require(record.incidents["I-1"])).markdown
        #expect(md.contains("| Custody secured | 2025-10-19 07:45 (UTC+09:00) — 2025-10-18 22:45Z |"))
        #expect(md.contains("identity is withheld"))
    }

    @Test func htmlEscapesText() {
        let doc = ReportDocument(title: "a <b> & c", blocks: [.paragraph("x < y")])
        #expect(doc.html.contains("a &lt;b&gt; &amp; c") && doc.html.contains("<p>x &lt; y</p>"))
    }
}
