import Foundation
public import GuidepostCore
public import Operations
public import Scenario

/// A run set against what its scenario's report says: first detection, first alert, guiding
/// duration, custody and the outcome. The scenario's `expected` block is the report's account,
/// so each scenario is also a test of the whole pipeline.
public struct RunOutcome: Sendable {
    /// The scenario's id.
    public let scenario: String
    /// The scenario's clock, for local times (nil when its start does not parse).
    public let clock: ReportClock?
    /// The scenario's start instant, ISO 8601.
    public let start: String
    /// The incident that got furthest (the person's, when there are several).
    public let main: Incident?
    /// The first detection of the scenario's people by any sensor (simulated truth).
    public let firstDetection: Double?
    /// The first alert on the main incident's person.
    public let firstAlert: Double?
    /// The first alert of the run, on anyone or anything.
    public let firstAlertOfAny: Double?
    /// When the main incident opened.
    public let opened: Double?
    /// When a guidance team was dispatched for the main incident.
    public let dispatched: Double?
    /// When the main incident's person was taken into custody.
    public let custody: Double?
    /// The agency the main incident was handed over to.
    public let agency: String?
    /// What the scenario's report says came out.
    public let expected: ExpectedOutcome?
    /// The report's custody window, seconds since the start.
    public let expectedCustody: ClosedRange<Double>?
    /// The report's first-detection window, seconds since the start.
    public let expectedDetection: ClosedRange<Double>?
    /// Incidents of the run.
    public let incidents: Int
    /// Alerts raised in the run.
    public let alerts: Int
    /// Alerts whose last answer was a dismissal.
    public let dismissed: Int

    /// How far along the lifecycle a state is, to pick the main incident.
    public static func progress(_ s: IncidentState) -> Double {
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
        case .transferred: 0.25
        case .detected: 0
        }
    }

    /// The outcome of a run of `scenario` that logged `events` and ended with `incidents`;
    /// `firstAlert` and `dispatched` are per incident, `firstDetection` the simulated truth's
    /// (`SimulatedField.firstDetection(of:)`). Pipeline builds it from a run's result.
    public init(
        scenario: ResolvedScenario, events: [OperationsEvent], incidents: [Incident], firstAlert: [IncidentID: Double],
        dispatched: [IncidentID: Double], firstDetection: Double?
    ) {
        let doc = scenario.document
        self.scenario = doc.id
        start = doc.start.description
        clock = ReportClock(start: start)
        main = incidents.max { a, b in
            let (pa, pb) = (Self.progress(a.state), Self.progress(b.state))
            return pa != pb ? pa < pb : a.openedAt > b.openedAt
        }
        self.firstDetection = firstDetection
        var firstOfAny: Double?
        var alerts = 0
        // An alert's last answer decides (a re-raised alert may be dismissed more than once).
        var last: [AlertID: String] = [:]
        for e in events {
            switch e.kind {
            case .alertRaised(let a):
                alerts += 1
                if firstOfAny == nil { firstOfAny = e.t }
                last[a.id] = e.kind.name
            case .alertAcknowledged(let id, _), .alertDismissed(let id, _), .alertEscalated(let id, _), .alertReRaised(let id, _):
                last[id] = e.kind.name
            default: break
            }
        }
        let dismissed = last.values.count { $0 == "alert_dismissed" }
        self.firstAlert = main.flatMap { firstAlert[$0.id] }
        firstAlertOfAny = firstOfAny
        self.alerts = alerts
        self.dismissed = dismissed
        self.incidents = incidents.count
        opened = main?.openedAt
        self.dispatched = main.flatMap { dispatched[$0.id] }
        custody = main?.history.first { $0.event.name == .custodySecured }?.t
        agency = main?.agency
        expected = doc.expected
        expectedCustody = expected?.custody.map { scenario.seconds($0.earliest)...scenario.seconds($0.latest) }
        expectedDetection = expected?.firstDetection.map { scenario.seconds($0.earliest)...scenario.seconds($0.latest) }
    }

    /// The main incident's final state in the scenario's spelling (`intent-confirmed`).
    public var finalState: String? { main.map { $0.state.rawValue.replacingOccurrences(of: "_", with: "-") } }
    /// Whether the final state is the report's (true when the report names none).
    public var finalStateMatches: Bool { expected?.finalState.map { $0.rawValue == finalState } ?? true }
    /// Whether the handover is the report's (true when the report names none).
    public var handoverMatches: Bool {
        guard let want = expected?.handover else { return true }
        return want == .none ? agency == nil : want.rawValue == agency
    }
    /// Whether the stated intent is the report's (true when the report names none).
    public var intentMatches: Bool {
        guard let want = expected?.intent, want == .defect || want == .return else { return true }
        return main?.intent?.rawValue == want.rawValue
    }
    /// Whether custody fell in the report's window; nil when the report gives none.
    public var custodyInWindow: Bool? {
        guard let w = expectedCustody else { return nil }
        guard let custody else { return false }
        return w.contains(custody)
    }
    /// Seconds from dispatch to custody.
    public var guiding: Double? { dispatched.flatMap { d in custody.map { $0 - d } } }

    /// A run time as local `HH:mm`, or `—`.
    public func time(_ t: Double?) -> String {
        guard let t else { return "—" }
        return clock?.format(t, "HH:mm") ?? "t=\(Int(t))s"
    }
    /// A window as `HH:mm–HH:mm`, or `—`.
    public func window(_ w: ClosedRange<Double>?) -> String {
        guard let w else { return "—" }
        return "\(time(w.lowerBound))–\(time(w.upperBound))"
    }

    /// One row of the docs table.
    public var row: String {
        let outcome = "\(finalState ?? "no incident")\(agency.map { " (\($0))" } ?? "")"
        let want = "\(expected?.finalState?.rawValue ?? "—")\(expected?.handover.map { " (\($0.rawValue))" } ?? "")"
        let ok = finalStateMatches && handoverMatches && intentMatches ? "yes" : "**no**"
        return "| \(scenario) | \(time(firstDetection)) (\(window(expectedDetection))) | \(time(firstAlert)) | "
            + "\(guiding.map(readableDuration) ?? "—") | \(time(custody)) (\(window(expectedCustody))) | \(outcome) | \(want) | \(ok) |"
    }

    /// The docs table's header.
    public static let header = """
        | scenario | first detection (report) | first alert on the person | guiding | custody (report) | outcome | report says | matches |
        |---|---|---|---|---|---|---|---|
        """

    /// outcome.md: the run against the report, as a one-row table.
    public var markdown: String { "# \(scenario): the run against the report\n\n\(Self.header)\n\(row)\n\n\(alerts) alerts (\(dismissed) dismissed), \(incidents) incidents.\n" }

    /// The outcome as `guidepost run` prints it.
    public var text: String {
        let verdict = finalStateMatches && handoverMatches && intentMatches ? "matches the report" : "DIFFERS from the report"
        return """
            outcome: \(finalState ?? "no incident")\(agency.map { ", handed over to \($0)" } ?? "") — \(verdict) (\(expected?.finalState?.rawValue ?? "—")\(expected?.handover.map { ", \($0.rawValue)" } ?? ""))
              first detection \(time(firstDetection)) (report \(window(expectedDetection))); first alert on the person \(time(firstAlert)) (of any \(time(firstAlertOfAny))); \
            incident opened \(time(opened)); guiding \(guiding.map(readableDuration) ?? "—"); custody \(time(custody)) (report \(window(expectedCustody)))
              \(alerts) alerts (\(dismissed) dismissed), \(incidents) incidents
            """
    }
}
