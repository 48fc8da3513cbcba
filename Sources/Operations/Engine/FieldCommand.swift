public import GuidepostCore

/// What Operations asks of the field (DESIGN.md: the field channel port): the engine decides,
/// the channel carries out — the simulator in `guidepost run`, radios in a deployment.
public enum FieldCommand: Hashable, Sendable {
    /// Send `team` along `route` (EPSG:5179 metres, from its position) to meet the person
    /// expected near `person`, and guide them out.
    case dispatch(team: String, route: [Point], person: Point, incident: IncidentID)
    /// Slew the nearest cameras and TODs to `at` and say what they show (the field answers with
    /// `FieldReport.cameraView`), so the operator answers `alert` on what is there.
    case checkCamera(alert: AlertID, at: Point)
    /// Begin questioning `subject` (the field answers with `FieldReport.intentStated`).
    case question(subject: String, incident: IncidentID)
}
