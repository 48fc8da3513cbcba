/// The alert policy's parameters. Distances in metres, times in seconds. Values are
/// assumptions (domain.md §8), named so that a scenario or a test can change them.
public struct AlertPolicyConfiguration: Hashable, Sendable {
    /// Raise for a track due at the MDL band or the fence within this many seconds.
    public var horizon: Double = 600
    /// Inside the DMZ (d ≤ this, metres north of the MDL) a human track heading for the MDL
    /// is alerted however far it still has to go: anyone walking south across the DMZ matters
    /// from the moment they are seen, not only in the horizon's last minutes. `nil` keeps only
    /// the horizon rule.
    public var dmzHalfWidth: Double? = 2000
    /// "Heading for the MDL": moving south at least this fast, m/s (well above the drift of a
    /// track standing still or walking along the border, which is noise).
    public var dmzApproachSpeed: Double = 0.2
    /// A track within this distance of the fence line is "at the fence".
    public var fenceMargin: Double = 50
    /// Half a fence alarm zone, metres: an alarm is reported at its zone's middle, so the
    /// climber may be this far along the fence from it (250 m zones, Simulation's deployment).
    public var fenceZoneHalfLength: Double = 125
    /// Two tracks closer than this and moving alike are one person (a duplicate).
    public var mergeRadius: Double = 50
    /// "Moving alike": velocity difference at most this, m/s.
    public var mergeSpeedDifference: Double = 1.0
    /// A new track this soon after an alert's track went quiet may be the same person re-initiated.
    public var reacquireWindow: Double = 600
    /// …if it lies within this distance of where the old track would be by now.
    public var reacquireRadius: Double = 200
    /// An alert nobody answers within this time is escalated; `nil` never escalates (the old style).
    public var acknowledgeWithin: Double? = 120
    /// Re-raise and escalate a dismissed alert whose track keeps coming south (Guidepost's fix
    /// for 2021-02-16); `false` reproduces the old style, where a dismissal was final.
    public var reRaiseDismissed: Bool = true
    /// "Keeps coming south": this many metres further south than when it was dismissed.
    public var reRaiseDistance: Double = 50
    /// A dismissed alert whose camera showed nothing or an animal is looked at again when one of its tracks
    /// is picked up again (re-initiated) this many seconds or more after the last answer: what
    /// the camera missed once — a man lying up in the grass, then climbing the fence — keeps
    /// making sensor hits, clutter does not come back to one spot; a man walking past where a
    /// deer was seen takes over the deer's alert. Each re-look doubles the wait
    /// for the next (60, 120, 240 … s). `nil` never looks again.
    public var reLookAfter: Double? = 60
    /// Look again at a dismissed alert when one of its tracks is at the fence (within
    /// `fenceMargin` or south of it) and no look has been made while that track was there —
    /// once per track: a man whose tracks joined a deer's alert is looked at when he reaches the
    /// fence. `false`: only the re-looks above.
    public var lookAtFence: Bool = true
    /// A dismissal the camera left in doubt (`CameraView.isInconclusive`: "cannot tell", a
    /// guess) is looked at again each time its track comes this many metres further south —
    /// nearer the posts, where the picture resolves — rather than every `reRaiseDistance`:
    /// an unclear deer wandering about costs a look per 150 m of southing, not per 50 m.
    public var doubtReLookDistance: Double = 150
    /// …and escalated (a team goes to look) once it has come this many metres south of where
    /// the doubt began with the camera still unable to settle it: a person walking south keeps
    /// coming; an animal rarely holds a heading that long. Past it the team still waits while the
    /// classifier calls the track an animal (`AlertPolicy.dutyOfficerDismissal`). A spot no camera
    /// reaches with the tracker's call `unknown` is a doubt under the same rule (`AlertPolicy.inDoubt`).
    public var doubtEscalateDistance: Double = 450
    /// A fence alarm's climber is taken for a dismissed alert's only when one of its tracks was
    /// reported within this many seconds (`AlertPolicy.climberSeen`): the climb is now, and a track
    /// on the climber is at the fence now. A deer's or clutter's alert last fed minutes ago a few
    /// hundred metres off is not him: on world 51 (docs/alarm-quality.md) 18 of the 19 such
    /// re-raises scored on no person had been quiet 130–600 s, each with a crosser within 310 m
    /// (the climber, whose team went to the other alert's place), while 6 of the 8 on crossers
    /// were live. `nil`: the whole `reacquireWindow`.
    public var climberTrackWindow: Double? = 120
    /// Seconds a re-raised alert waits for the camera view before it is escalated without one.
    public var reRaiseLookWithin: Double = 5
    /// An operator's answer due while a look at the alert is asked for or under way waits for
    /// the view (issue 21: looks queue for operators), but at most this many seconds past its
    /// due time: a field that never answers a look does not hold the answer for ever.
    public var lookWaitLimit: Double = 180
    /// The window over which the recent alarm rate is counted for the operator model.
    public var alarmRateWindow: Double = 600
    /// Alarms within this distance of an alert reach the same console (a platoon post's
    /// stretch of fence, about 3 km; an assumption).
    public var consoleRadius: Double = 3000

    public init() {}

    /// Guidepost's policy: escalation of unanswered alerts and re-raising of dismissed ones.
    public static let guidepost = AlertPolicyConfiguration()

    /// The control room as it was in 2021: one pop-up per event, a dismissal is final and
    /// nothing escalates by itself.
    public static var legacy: AlertPolicyConfiguration {
        var c = AlertPolicyConfiguration()
        c.acknowledgeWithin = nil
        c.reRaiseDismissed = false
        c.reLookAfter = nil
        c.lookAtFence = false
        return c
    }
}
