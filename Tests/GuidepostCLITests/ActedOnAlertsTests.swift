import Evaluation
import Foundation
import GuidepostCore
import Operations
import TestSupport
import Testing
@testable import guidepost

/// `score-alerts --acted-on` reads an alert log as what reached a person: only alerts someone
/// acknowledged or escalated, each from that moment; its tracks count from when they joined (what
/// the operator acted on), so a raising track that ended before the answer still puts the alert
/// on its person.
@Suite struct ActedOnAlertsTests {
    @Test func onlyAnsweredAlertsCountFromTheirAnswer() throws {
        func alert(_ id: String, _ t: Double, _ track: String) -> Alert {
            Alert(
                id: AlertID(id), t: t, track: track, x: 0, y: 0, s: 0, d: 0, targetClass: .human, confidence: 0.5,
                timeToMDL: nil, timeToFence: nil, reason: .crossedMDL)
        }
        let kinds: [(Double, OperationsEvent.Kind)] = [
            (10, .alertRaised(alert("A1", 10, "T1"))),
            (12, .alertRaised(alert("A2", 12, "T2"))),
            (20, .alertMerged(alert: "A1", track: "T3", reason: "duplicate")),
            (25, .alertDismissed(alert: "A2", reason: "the camera slewed to it shows an animal")),
            (40, .alertAcknowledged(alert: "A1", reason: "the camera slewed to it shows a person")),
            (50, .alertMerged(alert: "A1", track: "T4", reason: "re-initiated")),
            (60, .alertEscalated(alert: "A1", reason: "later answers change nothing")),
        ]
        let events = kinds.enumerated().map { OperationsEvent(run: "r", seq: $0.offset + 1, t: $0.element.0, incident: nil, kind: $0.element.1) }
        let dir = try TemporaryFolder()
        let path = dir.path("events.jsonl")
        try Data(events.map { $0.jsonLine + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: path))
        var problems: [InputError] = []
        let all = try Guidepost.ScoreAlerts.alerts(path) { problems.append($0) }
        #expect(all.map(\.id) == ["A1", "A2"] && all.map(\.t) == [10, 12])
        let acted = try Guidepost.ScoreAlerts.alerts(path, actedOn: true) { problems.append($0) }
        #expect(acted.map(\.id) == ["A1"])
        #expect(acted.first?.t == 40)
        #expect(acted.first?.members.map(\.track) == ["T1", "T3", "T4"])
        #expect(acted.first?.members.map(\.since) == [10, 20, 50])
        let fromRaise = try Guidepost.ScoreAlerts.alerts(path, actedOn: true, fromRaise: true) { problems.append($0) }
        #expect(fromRaise.map(\.id) == ["A1"] && fromRaise.map(\.t) == [10])
        #expect(problems.isEmpty)
    }
}
