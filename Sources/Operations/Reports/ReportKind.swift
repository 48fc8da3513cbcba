/// The reports Guidepost writes for an incident.
public enum ReportKind: String, CaseIterable, Sendable, Hashable, Codable {
    case pressStatement = "press-statement"
    case uncNotification = "unc-notification"
    case afterAction = "after-action"

    /// Builds this report for `incident` of `record`, with identifying `redact` terms (from
    /// Casework) withheld wherever free text might carry them. `mapCaption` says what the
    /// after-action map shows (the sector, or the incident's own area on a long border).
    public func document(
        _ record: RunRecord, incident: Incident, redact: [String] = [], mapSVG: String? = nil, mapCaption: String = "The sector.",
        routeSVG: String? = nil
    ) -> ReportDocument {
        let doc: ReportDocument =
            switch self {
            case .pressStatement: PressStatement.document(record, incident: incident)
            case .uncNotification: UNCNotification.document(record, incident: incident)
            case .afterAction: AfterActionReport.document(
                record, incident: incident, mapSVG: mapSVG, mapCaption: mapCaption, routeSVG: routeSVG)
            }
        return doc.redacting(redact)
    }
}
