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
    /// Armed KPA soldiers are south of the MDL near `at`: the nearest post broadcasts a warning
    /// and fires warning shots (the rules of engagement of 2024-06-09), and no guidance team goes
    /// out to them.
    case warn(at: Point, incident: IncidentID)
}
