public import GuidepostCore

/// What the camera or TOD an operator slewed to an alert showed: the one
/// `GuidepostCore.CameraView`. The field answers a `FieldCommand.checkCamera` with it; the
/// operator's answer then follows what they saw rather than the tracker's class.
public typealias CameraView = GuidepostCore.CameraView

extension CameraView {
    /// The operator's answer given this view, in place of `response` (which was made before
    /// looking): a person or vehicle confirms, an animal or an empty view dismisses, no view
    /// leaves the answer as it was; "cannot tell" (after every look the alert gets) confirms a
    /// track the tracker calls a person — a team goes to look — and dismisses one it does not,
    /// which stays watched (the re-raise rules look again when it keeps coming south or
    /// reaches the fence); a KPA party is dismissed while north of the MDL (`d` > 0:
    /// their own ground, watched by the KPA activity monitor) and confirmed south of it. An
    /// answer the operator gave without looking (a dismissal amid a flood of alarms) stands.
    func revise(_ response: OperatorResponse, for alert: Alert, d: Double) -> OperatorResponse {
        guard response.verdict == .acknowledge else { return response }
        var r = response
        switch self {
        case .kpaParty where d > 0:
            r.verdict = .dismiss
            r.reason = "the camera slewed to it shows a KPA party north of the MDL"
        case .kpaParty:
            r.reason = "the camera slewed to it shows armed KPA soldiers south of the MDL"
        case .shows(.animal):
            r.verdict = .dismiss
            r.reason = "the camera slewed to it shows an animal"
        case .shows(let c):
            r.reason = "the camera slewed to it shows \(c == .vehicle ? "a vehicle" : "a person")"
        case .cannotTell where alert.targetClass == .human:
            r.reason = "the camera cannot tell what is there after a second look, and the track moves like a person: acknowledged, a team goes to look"
        case .cannotTell:
            r.verdict = .dismiss
            r.reason = "the camera cannot tell what is there after a second look, and the track does not move like a person: "
                + "watched, and looked at again if it keeps coming south or reaches the fence"
        case .nothing:
            r.verdict = .dismiss
            r.reason = "the camera slewed to it shows nothing there"
        case .uncovered:
            r.reason = "no camera reaches the spot; acknowledged on the tracker's \(alert.targetClass.rawValue) call"
        }
        return r
    }
}
