import Foundation
import GuidepostCore
import Operations
import Scenario

/// A run set against what its scenario's report says: first detection, first alert, guiding
/// duration, custody and the outcome. The scenario's `expected` block is the report's account.
struct RunOutcome {
    let scenario: String
    let clock: ReportClock?
    let start: String
    /// The incident that got furthest (the person's, when there are several).
    let main: Incident?
    let firstDetection: Double?
    /// The first alert on the main incident's person.
    let firstAlert: Double?
    /// The first alert of the run, on anyone or anything.
    let firstAlertOfAny: Double?
    let opened: Double?
    let dispatched: Double?
    let custody: Double?
    let agency: String?
    let expected: ExpectedOutcome?
    let expectedCustody: ClosedRange<Double>?
    let expectedDetection: ClosedRange<Double>?
    let incidents: Int
    let alerts: Int
    let dismissed: Int

    /// How far along the lifecycle a state is, to pick the main incident.
    static func progress(_ s: IncidentState) -> Double {
        switch s {
        case .closed: 9
        case .handedOver: 8
        case .intentConfirmed: 7
        case .questioning: 6
        case .secured, .bodyRecovered: 5
        case .casualty: 4
        case .guiding: 3
        case .retreated: 2.5
        case .assessed: 2
        case .tracking: 1
        case .lost: 0.5
        case .detected: 0
        }
    }

    init(result: RunPipeline.Result, scenario: ResolvedScenario) {
        let doc = scenario.document
        self.scenario = doc.id
        start = doc.start.description
        clock = ReportClock(start: start)
        main = result.incidents.max { a, b in
            let (pa, pb) = (Self.progress(a.state), Self.progress(b.state))
            return pa != pb ? pa < pb : a.openedAt > b.openedAt
        }
        firstDetection = result.firstDetection
        var firstAlert: Double?
        var alerts = 0
        // An alert's last answer decides (a re-raised alert may be dismissed more than once).
        var last: [AlertID: String] = [:]
        for e in result.events {
            switch e.kind {
            case .alertRaised(let a):
                alerts += 1
                if firstAlert == nil { firstAlert = e.t }
                last[a.id] = e.kind.name
            case .alertAcknowledged(let id, _), .alertDismissed(let id, _), .alertEscalated(let id, _), .alertReRaised(let id, _):
                last[id] = e.kind.name
            default: break
            }
        }
        let dismissed = last.values.count { $0 == "alert_dismissed" }
        self.firstAlert = main.flatMap { result.firstAlert[$0.id] }
        firstAlertOfAny = firstAlert
        self.alerts = alerts
        self.dismissed = dismissed
        incidents = result.incidents.count
        opened = main?.openedAt
        dispatched = main.flatMap { result.dispatched[$0.id] ?? nil }
        custody = main?.history.first { $0.event.name == .custodySecured }?.t
        agency = main?.agency
        expected = doc.expected
        expectedCustody = expected?.custody.map { scenario.seconds($0.earliest)...scenario.seconds($0.latest) }
        expectedDetection = expected?.firstDetection.map { scenario.seconds($0.earliest)...scenario.seconds($0.latest) }
    }

    /// The main incident's final state in the scenario's spelling (`intent-confirmed`).
    var finalState: String? { main.map { $0.state.rawValue.replacingOccurrences(of: "_", with: "-") } }
    var finalStateMatches: Bool { expected?.finalState.map { $0.rawValue == finalState } ?? true }
    var handoverMatches: Bool {
        guard let want = expected?.handover else { return true }
        return want == .none ? agency == nil : want.rawValue == agency
    }
    var intentMatches: Bool {
        guard let want = expected?.intent, want == .defect || want == .return else { return true }
        return main?.intent?.rawValue == want.rawValue
    }
    var custodyInWindow: Bool? {
        guard let w = expectedCustody else { return nil }
        guard let custody else { return false }
        return w.contains(custody)
    }
    var guiding: Double? { dispatched.flatMap { d in custody.map { $0 - d } } }

    func time(_ t: Double?) -> String {
        guard let t else { return "—" }
        return clock?.format(t, "HH:mm") ?? "t=\(Int(t))s"
    }
    func window(_ w: ClosedRange<Double>?) -> String {
        guard let w else { return "—" }
        return "\(time(w.lowerBound))–\(time(w.upperBound))"
    }

    /// One row of the docs table.
    var row: String {
        let outcome = "\(finalState ?? "no incident")\(agency.map { " (\($0))" } ?? "")"
        let want = "\(expected?.finalState?.rawValue ?? "—")\(expected?.handover.map { " (\($0.rawValue))" } ?? "")"
        let ok = finalStateMatches && handoverMatches && intentMatches ? "yes" : "**no**"
        return "| \(scenario) | \(time(firstDetection)) (\(window(expectedDetection))) | \(time(firstAlert)) | "
            + "\(guiding.map(readableDuration) ?? "—") | \(time(custody)) (\(window(expectedCustody))) | \(outcome) | \(want) | \(ok) |"
    }

    static let header = """
        | scenario | first detection (report) | first alert on the person | guiding | custody (report) | outcome | report says | matches |
        |---|---|---|---|---|---|---|---|
        """

    var markdown: String { "# \(scenario): the run against the report\n\n\(Self.header)\n\(row)\n\n\(alerts) alerts (\(dismissed) dismissed), \(incidents) incidents.\n" }

    var text: String {
        let verdict = finalStateMatches && handoverMatches && intentMatches ? "matches the report" : "DIFFERS from the report"
        return """
            outcome: \(finalState ?? "no incident")\(agency.map { ", handed over to \($0)" } ?? "") — \(verdict) (\(expected?.finalState?.rawValue ?? "—")\(expected?.handover.map { ", \($0.rawValue)" } ?? ""))
              first detection \(time(firstDetection)) (report \(window(expectedDetection))); first alert on the person \(time(firstAlert)) (of any \(time(firstAlertOfAny))); \
            incident opened \(time(opened)); guiding \(guiding.map(readableDuration) ?? "—"); custody \(time(custody)) (report \(window(expectedCustody)))
              \(alerts) alerts (\(dismissed) dismissed), \(incidents) incidents
            """
    }
}
