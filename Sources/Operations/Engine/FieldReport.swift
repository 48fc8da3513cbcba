public import GuidepostCore

/// What the field tells Operations besides the sensors (DESIGN.md: the detection source port):
/// what teams radio in, what posts hear, and the console's own alarms. A live deployment reads
/// these from radios and the alarm panel; `guidepost run` from the simulator.
public enum FieldReport: Hashable, Sendable {
    /// A fence or sensor alarm reached the console (a nuisance alarm counts towards the operator's
    /// load); `camera` is what the camera slewed to it shows, if anything.
    case alarm(at: Point?, camera: TargetClass?)
    /// What the cameras slewed to `alert` showed.
    case cameraView(alert: AlertID, view: CameraView)
    /// A team met a person and identified itself.
    case contact(team: String, at: Point)
    /// A person is in custody. `subject` is an opaque field reference (never a name), `by` the
    /// team or post that holds them, `atSea` whether it happened on the water.
    case custody(subject: String, at: Point, by: String?, atSea: Bool)
    /// A mine went off at `at` and posts heard it (the flash's cross-bearing places it): what
    /// set it off is unknown until someone looks.
    case blast(at: Point)
    /// A person was hurt (mine, gunfire).
    case casualty(subject: String, at: Point, detail: String)
    /// Shots were heard or fired: `byKPA` false for ROK (warning) fire.
    case shots(at: Point?, rounds: Int, byKPA: Bool)
    /// A post or team watching a mover saw it turn back north from `at` (the sentries who
    /// broadcast a warning or fired warning shots watch what the group does next).
    case turnedBack(at: Point)
    /// The questioning of `subject` found this intent.
    case intentStated(subject: String, intent: Intent)
}
