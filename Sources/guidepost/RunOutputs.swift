import Border
import Foundation
import GuidepostCore
import Operations
import Scenario

/// Writes what a run leaves in its folder: the log, the reports of each incident, the map.
enum RunOutputs {
    /// States after which an incident has something to tell the press and the UNC.
    static let reportable: Set<IncidentState> = [.secured, .questioning, .intentConfirmed, .handedOver, .closed, .retreated, .casualty, .bodyRecovered]

    /// Writes the files and returns the `report_written` events to append to the run's log.
    static func write(_ result: inout RunPipeline.Result, scenario: ResolvedScenario, folder: String) throws -> [OperationsEvent] {
        func path(_ name: String) -> URL { URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name)) }
        let mapSVG = try map(result, scenario: scenario)
        try Data(mapSVG.utf8).write(to: path("map.svg"))
        let record = try RunRecord(events: result.events)
        var log = RunLog(run: result.run, last: result.events.last?.seq ?? 0)
        var written: [OperationsEvent] = []
        for incident in result.incidents.sorted(by: { $0.id < $1.id }) {
            let kinds: [ReportKind] = reportable.contains(incident.state) ? ReportKind.allCases : [.afterAction]
            for kind in kinds {
                let doc = kind.document(record, incident: incident, mapSVG: kind == .afterAction ? mapSVG : nil)
                let base = "\(incident.id)-\(kind.rawValue)"
                try Data(doc.markdown.utf8).write(to: path(base + ".md"))
                try Data(doc.html.utf8).write(to: path(base + ".html"))
                written.append(log.event(t: record.end, incident: incident.id, .reportWritten(report: base)))
            }
        }
        result.events += written
        let lines = result.events.map(\.jsonLine).joined(separator: "\n") + "\n"
        try Data(lines.utf8).write(to: path("events.jsonl"))
        return written
    }

    /// The scenario's window with each incident's track (red), the teams' routes (blue) and the
    /// person's planned route out from the meeting point (green).
    static func map(_ result: RunPipeline.Result, scenario: ResolvedScenario) throws -> String {
        var r = MapRequest(subject: .alongBorder(s: scenario.s, d: scenario.d), seed: ResolvedScenario.borderSeed)
        r.overrides = try scenario.borderOverrides()
        r.mapWidth = 1000
        r.drawsCoverage = false
        r.title = "\(scenario.document.id): tracks and guidance"
        for (id, points) in result.paths.sorted(by: { $0.key < $1.key }) where points.count > 1 {
            r.overlays.append(MapOverlay(path: thin(points), label: "\(id) track", colour: "#d81b60"))
        }
        for plan in result.plans {
            r.overlays.append(MapOverlay(path: plan.teamRoute, label: "\(plan.team)", colour: "#1565c0"))
            r.overlays.append(MapOverlay(path: plan.personRoute, label: "route out", colour: "#2e7d32"))
        }
        return try r.render()
    }

    /// Keeps a point every 20 m at most, so long tracks stay a small file.
    static func thin(_ points: [Point]) -> [Point] {
        var out: [Point] = []
        for p in points where out.last.map({ $0.distance(to: p) >= 20 }) ?? true { out.append(p) }
        return out
    }
}
