public import GuidepostCore

/// An alert with what the policy has learnt since raising it.
public struct TrackedAlert: Hashable, Sendable {
    /// Where an alert stands.
    public enum Status: String, Hashable, Sendable, Codable {
        case open, acknowledged, dismissed, escalated
    }

    public let alert: Alert
    /// Every track attached to it, the raising one first (a blast's: its pseudo-track only; it takes no others).
    public internal(set) var tracks: [String]
    public internal(set) var status: Status = .open
    /// The time and reason of each answer (acknowledged, dismissed, escalated), in order.
    public internal(set) var dispositions: [Disposition] = []
    /// Last time one of its tracks was reported.
    public internal(set) var lastSeen: Double
    public internal(set) var lastPosition: Point
    public internal(set) var lastVelocity: Vector2
    /// Along-border `d` at the last report.
    public internal(set) var lastD: Double
    /// `d` when it was dismissed (for re-raising).
    var dismissedAtD: Double?
    /// Re-looks after a dismissal on an empty or animal view so far (each doubles the wait
    /// before the next).
    var reLooks = 0
    /// The track of its last report, and whether that report was at the fence (or south of it).
    var lastTrack: String
    var atFence = false
    /// Its tracks a camera has looked at while they were at the fence (`lookAtFence`: each
    /// track that comes to the fence after a dismissal is looked at there once).
    var fenceLooked: Set<String> = []
    /// What the camera slewed to it showed, once the field has answered.
    public internal(set) var camera: CameraView?
    /// A re-raise awaiting the duty officer's look: when, and why.
    var reRaise: Disposition?
    /// A look at it is asked for or under way (its answer waits for the view).
    public internal(set) var looking = false
    /// When the last camera view came in.
    var viewedAt: Double?
    /// `d` when a look first left it in doubt and it was dismissed as watched (`CameraView.isInconclusive`):
    /// how far it has come south since decides when a team goes to look.
    var doubtSinceD: Double?
    /// The class its last report carried, as the policy saw it (a doubted animal reads `unknown`):
    /// where no camera reaches, this call is all there is (`AlertPolicy.inDoubt`).
    public internal(set) var lastClass: TargetClass
    /// Whether the classifier itself called the last report of its latest track an animal: one
    /// the front relabelled `unknown` because it heads south (`AlertFront.doubted`), or one that
    /// reached the policy as `animal`. A team sent on doubt waits while this holds
    /// (`AlertPolicy.dutyOfficerDismissal`).
    var calledAnimal = false
    /// Looks that could not tell what was there so far.
    public internal(set) var doubts = 0

    init(alert: Alert, position: Point, velocity: Vector2) {
        self.alert = alert
        tracks = [alert.track]
        lastTrack = alert.track
        lastSeen = alert.t
        lastPosition = position
        lastVelocity = velocity
        lastD = alert.d
        lastClass = alert.targetClass
    }

    /// Re-raised and awaiting the duty officer's (or a person's) look.
    public var awaitingLook: Bool { reRaise != nil }

    /// The final answer: the last disposition, if any.
    public var disposition: Disposition? { dispositions.last }

    /// One answer to the alert.
    public struct Disposition: Hashable, Sendable {
        public var status: Status
        public var t: Double
        public var reason: String
    }
}
