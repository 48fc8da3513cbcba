import GuidepostCore

/// The after-action report: sensor hits, first detection, first alert, alert delays, every
/// alert and its answer, dismissed and escalated alerts, the guiding duration, the incident's
/// timeline (a table and an SVG), the KPA verdict, and what went right and wrong. Map and
/// route pictures (SVG) are drawn by the caller and embedded as given.
public enum AfterActionReport {
    public static func document(
        _ record: RunRecord, incident: Incident, mapSVG: String? = nil, mapCaption: String = "The sector.", routeSVG: String? = nil
    ) -> ReportDocument {
        let f = IncidentFacts(incident: incident, record: record)
        guard let clock = ReportClock(start: record.facts.start) else {
            return ReportDocument(title: "After-action report", blocks: [.paragraph("The run's start instant could not be read.")])
        }
        var blocks: [ReportDocument.Block] = []
        blocks.append(.paragraph(
            "\(record.facts.scenario): \(record.facts.subject) in \(record.facts.sector) (\(record.facts.front)); "
                + "incident \(incident.id), final state \(incident.state.rawValue)."))
        var summary: [[String]] = []
        func row(_ what: String, _ t: Double?) { summary.append([what, t.map { clock.stamp($0) } ?? "—"]) }
        row("First detection", f.firstDetection)
        row("First alert", f.firstAlert)
        if let d = f.firstDetection, let a = f.firstAlert { summary.append(["Alert delay (first alert − first detection)", readableDuration(a - d)]) }
        let firstAck = f.alerts.flatMap(\.answers).filter { $0.status == .acknowledged || $0.status == .escalated }.map(\.t).min()
        row("First acknowledgement or escalation", firstAck)
        row("Guidance dispatched", f.guidingStarted)
        row("Custody secured", f.custody)
        if let g = f.guidingStarted, let c = f.custody { summary.append(["Guiding duration", readableDuration(c - g)]) }
        summary.append(["Alerts raised / dismissed / escalated", "\(f.alerts.count) / \(f.dismissed.count) / \(f.escalated.count)"])
        blocks += [.heading("Summary"), .table(["Item", "Value"], summary)]
        blocks.append(.heading("Sensor hits"))
        let hits = record.sensorHits(of: incident.id)
        blocks.append(hits.isEmpty
            ? .paragraph("No sensor hit on the person was recorded.")
            : .table(["Sensor kind", "Hits", "First"], hits.map { [$0.kind, "\($0.hits)", $0.first.map(clock.time) ?? "—"] }))
        blocks.append(.heading("Alerts"))
        blocks.append(f.alerts.isEmpty
            ? .paragraph("No alert was raised.")
            : .table(
                ["Alert", "Raised", "Track(s)", "Why", "To MDL", "Answer", "At", "Delay", "Reason"],
                f.alerts.map { a in
                    let fin = a.final
                    return [
                        a.alert.id.rawValue, clock.time(a.alert.t), ([a.alert.track] + a.merged.map(\.track)).joined(separator: ", "),
                        a.alert.reason.rawValue, a.alert.timeToMDL.map(readableDuration) ?? "—",
                        a.answers.map(\.status.rawValue).joined(separator: " → "), fin.map { clock.time($0.t) } ?? "—",
                        fin.map { readableDuration($0.t - a.alert.t) } ?? "—",
                        a.answers.isEmpty ? "unanswered" : a.answers.map { "\($0.status.rawValue): \($0.reason)" }.joined(separator: "; "),
                    ]
                }))
        blocks.append(.heading("Timeline"))
        blocks.append(.svg(TimelineSVG.render(record, incident: incident, alerts: f.alerts), caption: "Sensors, alerts and the incident over time (\(record.facts.start) + t)."))
        blocks.append(.table(["Time", "Event", "State"], incident.history.map { [clock.time($0.t), $0.event.name.rawValue, "\($0.from.rawValue) → \($0.to.rawValue)"] }))
        if let mapSVG { blocks.append(.svg(mapSVG, caption: mapCaption)) }
        if let routeSVG { blocks.append(.svg(routeSVG, caption: "The guidance route.")) }
        blocks += [.heading("North Korean side"), .paragraph(PressStatement.kpaSentence(record.kpa))]
        let (right, wrong) = lessons(f)
        blocks += [.heading("What went right"), right.isEmpty ? .paragraph("Nothing to note.") : .list(right)]
        blocks += [.heading("What went wrong"), wrong.isEmpty ? .paragraph("Nothing to note.") : .list(wrong)]
        return ReportDocument(title: "After-action report — \(record.run) / \(incident.id)", blocks: blocks)
    }

    /// Rules over the facts (domain.md §3.3's failures as checks).
    static func lessons(_ f: IncidentFacts) -> (right: [String], wrong: [String]) {
        var right: [String] = []
        var wrong: [String] = []
        let alerts = f.alerts
        if f.firstDetection == nil, f.firstAlert == nil {
            wrong.append("No sensor saw the person and no alert was raised (the 2012 \"knock\" pattern).")
        }
        if let d = f.firstDetection, let a = f.firstAlert {
            if a - d <= 60 { right.append("The first alert came \(readableDuration(a - d)) after the first sensor hit.") }
            else { wrong.append("The first alert came \(readableDuration(a - d)) after the first sensor hit.") }
        } else if f.firstDetection != nil, f.firstAlert == nil {
            wrong.append("Sensors saw the person but no alert was raised.")
        }
        let unanswered = alerts.filter { $0.final == nil }
        if !alerts.isEmpty, unanswered.isEmpty { right.append("Every alert was answered with a time and a reason.") }
        if !unanswered.isEmpty { wrong.append("\(unanswered.count) alert(s) were never answered.") }
        for a in f.dismissed {
            let later = a.answers.first { $0.status == .escalated }
            if let later {
                wrong.append("Alert \(a.alert.id) was dismissed as nuisance.")
                right.append("Alert \(a.alert.id) was re-raised and escalated \(readableDuration(later.t - a.alert.t)) after it was raised, because its track kept moving south.")
            } else {
                wrong.append("Alert \(a.alert.id) was dismissed as nuisance and never re-raised (the 2021 pattern).")
            }
        }
        if let g = f.guidingStarted, let c = f.custody { right.append("Custody was secured \(readableDuration(c - g)) after guidance was dispatched.") }
        if f.incident.history.contains(where: { $0.to == .lost }) { wrong.append("The track was lost during the incident.") }
        if f.incident.history.contains(where: { $0.to == .casualty }) { wrong.append("The person was hurt before custody.") }
        return (right, wrong)
    }
}
