/// What an operator sees when they slew a post's camera or TOD to a spot and look (the check
/// behind every alert, domain.md §3.1: an alarm is confirmed or dismissed on the camera). The
/// simulator answers the check (`SimulationEngine.cameraCheck`), a deployment's cameras would,
/// and Operations' alert policy revises the operator's answer by it; one type for all three, so
/// the field hands the view on as it is.
public enum CameraView: Hashable, Sendable {
    /// Something of this class is in view at the spot (a person wins over an animal).
    case shows(TargetClass)
    /// Armed KPA soldiers moving as a party (a patrol, a search or a work party), and no lone
    /// person among them: what they wear and carry tells them from a defector.
    case kpaParty
    /// A working camera or TOD covers the spot and nothing is there to see.
    case nothing
    /// No working camera or TOD reaches the spot: the alert stands on the tracker's word alone.
    case uncovered
}
