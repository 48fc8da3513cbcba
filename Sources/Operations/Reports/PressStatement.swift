/// The JCS-style press statement (domain.md §5.1): "The military identified [the person] in
/// the MDL area, tracked and monitored, carried out a normal guiding operation and secured
/// custody. Details of the southward movement will be investigated by relevant agencies. No
/// unusual NK military movement so far." — or what was unusual. It names nobody: the person
/// is `PublicFacts.subject`, and nothing from the free text of the log is quoted.
public enum PressStatement {
    public static func document(_ record: RunRecord, incident: Incident) -> ReportDocument {
        let f = IncidentFacts(incident: incident, record: record)
        guard let clock = ReportClock(start: record.facts.start) else {
            return ReportDocument(title: "Press statement", blocks: [.paragraph("The run's start instant could not be read.")])
        }
        let who = record.facts.subject
        var sentences: [String] = []
        sentences.append(
            "On \(clock.date(f.identified)), at about \(clock.time(f.identified)), our military identified \(who) "
                + "in the area of the Military Demarcation Line on the \(record.facts.front) and tracked and monitored the person.")
        if let custody = f.custody {
            let guiding = f.guidingStarted != nil ? "carried out a normal guiding operation and " : ""
            sentences.append("The military \(guiding)secured custody of the person at about \(clock.time(custody)).")
            sentences.append("Details of the southward movement, including the person's intent, will be investigated by the relevant agencies.")
        } else if let back = f.reached(.retreated) {
            sentences.append("The person moved back north across the Military Demarcation Line at about \(clock.time(back)).")
        } else if let body = f.reached(.bodyRecovered) {
            sentences.append("A body was recovered at about \(clock.time(body)); the relevant agencies will investigate.")
        } else if incident.state == .lost {
            sentences.append("The military has lost sight of the person and is searching the area.")
        } else if incident.state == .casualty {
            sentences.append("The person was injured and is being evacuated for treatment.")
        } else {
            sentences.append("The operation is in progress.")
        }
        sentences.append(kpaSentence(record.kpa))
        return ReportDocument(
            title: "Joint Chiefs of Staff — press statement, \(clock.date(f.identified))",
            blocks: [.paragraph(sentences.joined(separator: " "))])
    }

    /// "No unusual North Korean military movement has been identified so far." — or the reasons.
    public static func kpaSentence(_ verdict: KPAActivityVerdict?) -> String {
        switch verdict {
        case .none, .noUnusualMovement?:
            return "No unusual North Korean military movement has been identified so far."
        case .unusual(let reasons)?:
            return "North Korean military activity was observed: " + reasons.map(\.detail).joined(separator: "; ") + "."
        }
    }
}
