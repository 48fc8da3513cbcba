import GuidepostCore

/// Draws a run's timeline as SVG: a time axis in the scenario's zone; sensor first hits,
/// alerts (coloured by their final answer: acknowledged green, dismissed red, escalated
/// orange, open grey; a dot for each answer) and the incident's transitions as labelled ticks on three lanes.
public enum TimelineSVG {
    public static func render(_ record: RunRecord, incident: Incident?, alerts: [RunRecord.AlertHistory]? = nil) -> String {
        let alerts = alerts ?? record.alerts
        let width = 900.0
        let left = 110.0
        let right = 70.0
        let lanes = ["sensors", "alerts", "incident"]
        let laneHeight = 70.0
        var svg = SVGDocument(width: width, height: 40 + laneHeight * Double(lanes.count) + 30)
        let hits = incident.map { record.sensorHits(of: $0.id) } ?? record.sensorHits
        let times = hits.compactMap(\.first) + alerts.flatMap { [$0.alert.t] + $0.answers.map(\.t) }
            + (incident?.history.map(\.t) ?? []) + [incident?.openedAt ?? 0]
        let t0 = times.min() ?? 0
        let t1 = Swift.max(times.max() ?? 1, t0 + 60)
        let x: (Double) -> Double = { left + (width - left - right) * ($0 - t0) / (t1 - t0) }
        let clock = ReportClock(start: record.facts.start)
        svg.element("rect", ["x": 0, "y": 0, "width": .number(width), "height": .number(svg.height), "fill": "#ffffff"])
        for (i, lane) in lanes.enumerated() {
            let y = 30 + laneHeight * Double(i)
            svg.element("line", ["x1": .number(left), "y1": .number(y + laneHeight / 2), "x2": .number(width - right),
                "y2": .number(y + laneHeight / 2), "stroke": "#cccccc"])
            svg.element("text", ["x": 8, "y": .number(y + laneHeight / 2 + 4), "font-size": 13, "font-family": "sans-serif"], text: lane)
        }
        func mark(_ t: Double, lane: Int, colour: String, label: String, row: Int) {
            let y = 30 + laneHeight * Double(lane) + laneHeight / 2
            svg.element("line", ["x1": .number(x(t)), "y1": .number(y - 10), "x2": .number(x(t)), "y2": .number(y + 10),
                "stroke": .text(colour), "stroke-width": 3])
            svg.element("text", ["x": .number(x(t) + 3), "y": .number(y - 14 + Double(row % 3) * 11 - (row % 3 == 0 ? 0 : 0)),
                "font-size": 9, "font-family": "sans-serif", "fill": .text(colour)], text: label)
        }
        for (i, h) in hits.enumerated() { if let f = h.first { mark(f, lane: 0, colour: "#3366cc", label: "\(h.kind) ×\(h.hits)", row: i) } }
        for (i, a) in alerts.enumerated() {
            let colour = switch a.final?.status {
            case .acknowledged?: "#2e7d32"
            case .dismissed?: "#c62828"
            case .escalated?: "#ef6c00"
            default: "#777777"
            }
            mark(a.alert.t, lane: 1, colour: colour, label: "\(a.alert.id) \(a.final?.status.rawValue ?? "open")", row: i)
            for answer in a.answers {
                let c = answer.status == .dismissed ? "#c62828" : answer.status == .acknowledged ? "#2e7d32" : "#ef6c00"
                svg.element("circle", ["cx": .number(x(answer.t)), "cy": .number(30 + laneHeight * 1.5 + 14), "r": 4, "fill": .text(c)])
            }
        }
        for (i, e) in (incident?.history ?? []).enumerated() { mark(e.t, lane: 2, colour: "#333333", label: e.to.rawValue, row: i) }
        // Axis: five ticks.
        let axisY = 30 + laneHeight * Double(lanes.count) + 5
        for k in 0...4 {
            let t = t0 + (t1 - t0) * Double(k) / 4
            let label = clock?.time(t) ?? (RecordTime.problem(t) == nil ? "\(Int(t)) s" : "\(t) s")
            svg.element("text", ["x": .number(x(t) - 14), "y": .number(axisY + 12), "font-size": 11, "font-family": "sans-serif"], text: label)
        }
        return svg.text
    }
}
