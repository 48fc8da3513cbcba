/// The notification to the United Nations Command (domain.md §5.1: the JCS notifies or
/// shares with the UNC; the UNC channel also carries repatriation notices). Times in the
/// scenario's zone and UTC; the person described only by `PublicFacts.subject`.
public enum UNCNotification {
    public static func document(_ record: RunRecord, incident: Incident) -> ReportDocument {
        let f = IncidentFacts(incident: incident, record: record)
        guard let clock = ReportClock(start: record.facts.start) else {
            return ReportDocument(title: "UNC notification", blocks: [.paragraph("The run's start instant could not be read.")])
        }
        var rows: [[String]] = [
            ["Reference", "\(record.run) / \(incident.id)"],
            ["Place", "\(record.facts.sector), \(record.facts.front)"],
            ["Person", record.facts.subject],
            ["First identified", "\(clock.stamp(f.identified)) — \(clock.utc(f.identified))"],
        ]
        if let c = f.custody { rows.append(["Custody secured", "\(clock.stamp(c)) — \(clock.utc(c))"]) }
        if let r = f.reached(.retreated) { rows.append(["Returned north", "\(clock.stamp(r)) — \(clock.utc(r))"]) }
        rows.append(["Incident state", incident.state.rawValue])
        rows.append(["KPA activity", PressStatement.kpaSentence(record.kpa)])
        var blocks: [ReportDocument.Block] = [
            .paragraph(
                "The Republic of Korea Joint Chiefs of Staff notifies the United Nations Command of a southward movement "
                    + "across the Military Demarcation Line, under the Armistice Agreement."),
            .table(["Item", "Detail"], rows),
        ]
        if incident.intent == .return {
            blocks.append(.paragraph("The person has stated a wish to return to the North; repatriation through the UNC channel is requested."))
        }
        blocks.append(.paragraph("The person's identity is withheld for their security. The relevant agencies will investigate."))
        return ReportDocument(title: "Notification to the United Nations Command", blocks: blocks)
    }
}
