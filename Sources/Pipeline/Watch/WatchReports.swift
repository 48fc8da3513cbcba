import GuidepostCore
public import Operations

/// The reports of an incident as the console offers them (press statement, UNC notification,
/// after-action), built from a run's events: the live watch's log so far, or a replay's up to
/// the moment shown.
public enum WatchReports {
    /// Each report of `incident`, keyed by its name without extension (`I-1-press-statement`);
    /// empty when the events do not make a run (no `run_started` yet).
    public static func documents(of incident: Incident, events: [OperationsEvent]) -> [String: ReportDocument] {
        guard let record = try? RunRecord(events: events) else { return [:] }
        var out: [String: ReportDocument] = [:]
        for kind in ReportKind.allCases {
            out["\(incident.id.rawValue)-\(kind.rawValue)"] = kind.document(record, incident: incident, mapSVG: nil, mapCaption: "")
        }
        return out
    }
}
