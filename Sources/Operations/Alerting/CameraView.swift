public import GuidepostCore

/// What the camera or TOD an operator slewed to an alert showed: the one
/// `GuidepostCore.CameraView`. The field answers a `FieldCommand.checkCamera` with it; the
/// operator's answer then follows what they saw rather than the tracker's class.
public typealias CameraView = GuidepostCore.CameraView

extension CameraView {
    /// The operator's answer given this view, in place of `response` (which was made before
    /// looking): a person or vehicle confirms, an animal or an empty view dismisses, no view
    /// leaves the answer as it was; a view that settles nothing ("cannot tell", or a guess the
    /// operator knows is one: `isInconclusive`), after every look the alert gets, dismisses it
    /// as watched, whatever the tracker calls it: the re-raise rules look again as it comes
    /// south — nearer the posts, where the picture resolves — and send a team when it keeps
    /// coming without the camera settling it (`AlertPolicy.observe`, `settleReRaises`); at the
    /// fence, the fence alarm's own camera tells a climber. Acting on the tracker's "person"
    /// instead sent a team to every unclear deer (issue 21: 118 false alerts per 10 km per
    /// day). A KPA party is dismissed
    /// while north of the MDL (`d` > 0: their own ground, watched by the KPA activity monitor)
    /// and confirmed south of it. Where no camera reaches, the tracker's latest call (`calling`)
    /// decides: a person or a vehicle is acknowledged on it; `unknown` is watched like a view in
    /// doubt (`AlertPolicy.inDoubt`): a team goes if it keeps coming south, and it is looked at
    /// again when the tracker calls it a person. An answer the operator gave without looking (a
    /// dismissal amid a flood of alarms) stands.
    func revise(_ response: OperatorResponse, calling: TargetClass, d: Double) -> OperatorResponse {
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
        case .cannotTell, .unsure:
            r.verdict = .dismiss
            r.reason = "\(doubt) on every look it had: watched, looked at again as it comes south, "
                + "and a team goes if it keeps coming"
        case .nothing:
            r.verdict = .dismiss
            r.reason = "the camera slewed to it shows nothing there"
        case .uncovered where calling == .unknown:
            r.verdict = .dismiss
            r.reason = "no camera reaches the spot and the tracker cannot tell what it is: watched, and a team goes if it keeps "
                + "coming south or the tracker calls it a person"
        case .uncovered:
            r.reason = "no camera reaches the spot; acknowledged on the tracker's \(calling.rawValue) call"
        }
        return r
    }

    /// What an inconclusive view said, as a clause: "the camera cannot tell what is there",
    /// "the camera shows what may be a person".
    var doubt: String {
        switch self {
        case .unsure(.human): "the camera shows what may be a person"
        case .unsure(.animal): "the camera shows what may be an animal"
        case .unsure(.vehicle): "the camera shows what may be a vehicle"
        case .unsure(.unknown), .cannotTell: "the camera cannot tell what is there"
        case .shows, .kpaParty, .nothing, .uncovered: "the camera shows \(word)"
        }
    }
}
