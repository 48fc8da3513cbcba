import Border
import Foundation
import GuidepostCore
import Operations
import Scenario

/// Writes what a run leaves in its folder: the log, the reports of each incident, the map.
enum RunOutputs {
    /// States after which an incident has something to tell the press and the UNC.
    static let reportable: Set<IncidentState> = [.secured, .questioning, .intentConfirmed, .handedOver, .closed, .retreated, .casualty, .bodyRecovered]

    /// A scenario window longer than this along the MDL (metres) gets a map of its own area in
    /// each after-action report instead of the whole window: a day of the full border drew all
    /// 200 km into every report (7 MB each).
    static let sectorMapLimit = 15_000.0

    /// Writes the files and returns the `report_written` events to append to the run's log.
    /// `border` is the scenario's border, already built (`ResolvedScenario.makeBorderModel`).
    static func write(_ result: inout RunPipeline.Result, scenario: ResolvedScenario, border: BorderModel, folder: String) throws
        -> [OperationsEvent]
    {
        func path(_ name: String) -> URL { URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name)) }
        let mapSVG = try map(result, scenario: scenario, model: border)
        try Data(mapSVG.utf8).write(to: path("map.svg"))
        let record = try RunRecord(events: result.events)
        var log = RunLog(run: result.run, last: result.events.last?.seq ?? 0)
        var written: [OperationsEvent] = []
        let long = scenario.s.upperBound - scenario.s.lowerBound > sectorMapLimit
        for incident in result.incidents.sorted(by: { $0.id < $1.id }) {
            let kinds: [ReportKind] = reportable.contains(incident.state) ? ReportKind.allCases : [.afterAction]
            let ownArea = long && kinds.contains(.afterAction)
            let incidentMap = ownArea ? try Self.map(of: incident.id, result, scenario: scenario, model: border) : mapSVG
            for kind in kinds {
                let doc = kind.document(
                    record, incident: incident, mapSVG: kind == .afterAction ? incidentMap : nil,
                    mapCaption: ownArea ? "The incident's area." : "The sector.")
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
    static func map(_ result: RunPipeline.Result, scenario: ResolvedScenario, model: BorderModel? = nil) throws -> String {
        var r = MapRequest(subject: .alongBorder(s: scenario.s, d: scenario.d), seed: ResolvedScenario.borderSeed)
        r.overrides = try scenario.borderOverrides()
        r.mapWidth = 1000
        r.drawsCoverage = false
        r.title = "\(scenario.document.id): tracks and guidance"
        for (id, points) in result.paths.sorted(by: { $0.key < $1.key }) where points.count > 1 {
            r.overlays.append(MapOverlay(path: thin(points), label: "\(id) track", colour: "#d81b60"))
        }
        r.overlays += guidanceOverlays(result.plans)
        return try r.render(model: model)
    }

    /// The teams' routes (blue) and the people's planned routes out (green).
    static func guidanceOverlays(_ plans: [PlannedGuidance]) -> [MapOverlay] {
        plans.flatMap { plan in
            [
                MapOverlay(path: plan.teamRoute, label: "\(plan.team)", colour: "#1565c0"),
                MapOverlay(path: plan.personRoute, label: "route out", colour: "#2e7d32"),
            ]
        }
    }

    /// The area of one incident: its tracks and its guidance, with 1.5 km around them and at
    /// least 5 km × 4 km. Nil when the incident has nothing to draw (no track, no plan).
    static func map(of incident: IncidentID, _ result: RunPipeline.Result, scenario: ResolvedScenario, model: BorderModel) throws
        -> String?
    {
        let track = result.paths[incident] ?? []
        let plans = result.plans.filter { $0.incident == incident }
        let points = track + plans.flatMap { $0.teamRoute + $0.personRoute }
        guard !points.isEmpty else { return nil }
        let box = PlanarBox(around: points)
        let c = box.centre, w = max(box.width + 3000, 5000), h = max(box.height + 3000, 4000)
        var r = MapRequest(
            subject: .planar(PlanarBox(minX: c.x - w / 2, minY: c.y - h / 2, maxX: c.x + w / 2, maxY: c.y + h / 2)), seed: ResolvedScenario.borderSeed)
        r.mapWidth = 900
        r.drawsCoverage = false
        r.title = "\(scenario.document.id): \(incident.rawValue)"
        if track.count > 1 { r.overlays.append(MapOverlay(path: thin(track), label: "\(incident.rawValue) track", colour: "#d81b60")) }
        r.overlays += guidanceOverlays(plans)
        return try r.render(model: model)
    }

    /// Keeps a point every 20 m at most, so long tracks stay a small file.
    static func thin(_ points: [Point]) -> [Point] {
        var out: [Point] = []
        for p in points where out.last.map({ $0.distance(to: p) >= 20 }) ?? true { out.append(p) }
        return out
    }
}
