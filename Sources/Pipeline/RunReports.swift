public import Border
public import GuidepostCore
public import Operations
public import Scenario

/// What a run leaves in its folder, built without writing anything: the map of the run, each
/// incident's reports (press statement, UNC notification, after-action report; Markdown and
/// HTML) and the run's log as JSON Lines. `guidepost run` writes the files; a server can serve
/// them as they are.
public struct RunReports: Sendable {
    /// One file of a run's folder.
    public struct File: Hashable, Sendable {
        /// The file's name in the folder (`map.svg`, `I-1-press-statement.md`, `events.jsonl`).
        public var name: String
        /// Its text.
        public var contents: String

        /// A file named `name` holding `contents`.
        public init(name: String, contents: String) {
            self.name = name
            self.contents = contents
        }
    }

    /// The files, in the order `guidepost run` writes them: map.svg, each incident's reports
    /// (by incident id, Markdown before HTML), events.jsonl.
    public var files: [File]
    /// The `report_written` events, one per report, numbered after the run's last event: to
    /// append to the store and to the run's events (events.jsonl here already holds them).
    public var written: [OperationsEvent]

    /// States after which an incident has something to tell the press and the UNC.
    public static let reportable: Set<IncidentState> = [.secured, .questioning, .intentConfirmed, .handedOver, .closed, .retreated, .casualty, .bodyRecovered]

    /// A scenario window longer than this along the MDL (metres) gets a map of its own area in
    /// each after-action report instead of the whole window: a day of the full border drew all
    /// 200 km into every report (7 MB each).
    public static let sectorMapLimit = 15_000.0

    /// Builds the folder of `result`, a run of `scenario` on `border` (the scenario's border,
    /// already built: `ResolvedScenario.makeBorderModel`).
    /// - Throws: `BorderError` when the scenario's window does not fit the border; the log's
    ///   errors when `result.events` do not replay (`RunRecord`).
    public init(result: RunPipeline.Result, scenario: ResolvedScenario, border: BorderModel) throws {
        let mapSVG = try Self.map(result, scenario: scenario, border: border)
        files = [File(name: "map.svg", contents: mapSVG)]
        let record = try RunRecord(events: result.events)
        var log = RunLog(run: result.run, last: result.events.last?.seq ?? 0)
        written = []
        let long = scenario.s.upperBound - scenario.s.lowerBound > Self.sectorMapLimit
        for incident in result.incidents.sorted(by: { $0.id < $1.id }) {
            let kinds: [ReportKind] = Self.reportable.contains(incident.state) ? ReportKind.allCases : [.afterAction]
            let ownArea = long && kinds.contains(.afterAction)
            let incidentMap = ownArea ? Self.map(of: incident.id, result, scenario: scenario, border: border) : mapSVG
            for kind in kinds {
                let doc = kind.document(
                    record, incident: incident, mapSVG: kind == .afterAction ? incidentMap : nil,
                    mapCaption: ownArea ? "The incident's area." : "The sector.")
                let base = "\(incident.id)-\(kind.rawValue)"
                files.append(File(name: base + ".md", contents: doc.markdown))
                files.append(File(name: base + ".html", contents: doc.html))
                written.append(log.event(t: record.end, incident: incident.id, .reportWritten(report: base)))
            }
        }
        let lines = (result.events + written).map(\.jsonLine).joined(separator: "\n") + "\n"
        files.append(File(name: "events.jsonl", contents: lines))
    }

    /// The scenario's window with each incident's track (red), the teams' routes (blue) and the
    /// person's planned route out from the meeting point (green).
    public static func map(_ result: RunPipeline.Result, scenario: ResolvedScenario, border: BorderModel) throws(BorderError) -> String {
        var overlays: [MapOverlay] = []
        for (id, points) in result.paths.sorted(by: { $0.key < $1.key }) where points.count > 1 {
            overlays.append(MapOverlay(path: thin(points), label: "\(id) track", colour: "#d81b60"))
        }
        overlays += guidanceOverlays(result.plans)
        var r = WindowMapRenderer(
            model: border, window: try border.box(s: scenario.s, d: scenario.d), title: "\(scenario.document.id): tracks and guidance",
            overlays: overlays)
        r.mapWidth = 1000
        r.drawsCoverage = false
        return r.render()
    }

    /// The area of one incident: its tracks and its guidance, with 1.5 km around them and at
    /// least 5 km × 4 km. Nil when the incident has nothing to draw (no track, no plan).
    public static func map(of incident: IncidentID, _ result: RunPipeline.Result, scenario: ResolvedScenario, border: BorderModel) -> String? {
        let track = result.paths[incident] ?? []
        let plans = result.plans.filter { $0.incident == incident }
        let points = track + plans.flatMap { $0.teamRoute + $0.personRoute }
        guard !points.isEmpty else { return nil }
        let box = PlanarBox(around: points)
        let c = box.centre, w = max(box.width + 3000, 5000), h = max(box.height + 3000, 4000)
        var overlays: [MapOverlay] = []
        if track.count > 1 { overlays.append(MapOverlay(path: thin(track), label: "\(incident.rawValue) track", colour: "#d81b60")) }
        overlays += guidanceOverlays(plans)
        var r = WindowMapRenderer(
            model: border, window: PlanarBox(minX: c.x - w / 2, minY: c.y - h / 2, maxX: c.x + w / 2, maxY: c.y + h / 2),
            title: "\(scenario.document.id): \(incident.rawValue)", overlays: overlays)
        r.mapWidth = 900
        r.drawsCoverage = false
        return r.render()
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

    /// Keeps a point every 20 m at most, so long tracks stay a small file.
    static func thin(_ points: [Point]) -> [Point] {
        var out: [Point] = []
        for p in points where out.last.map({ $0.distance(to: p) >= 20 }) ?? true { out.append(p) }
        return out
    }
}
