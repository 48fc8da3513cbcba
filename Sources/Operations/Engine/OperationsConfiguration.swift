/// The engine's parameters (assumptions, domain.md §8); seconds and metres.
public struct OperationsConfiguration: Hashable, Sendable {
    /// A track this close to an own team is the team itself (blue force), not an intruder.
    public var friendlyRadius = 150.0
    /// An incident whose tracks report nothing for this long is lost (while tracking or assessed).
    public var lostAfter = 900.0
    /// …and while a team is out guiding (it is looking for the person on the ground).
    public var lostWhileGuidingAfter = 3600.0
    /// Re-plan the route when the person has moved this far from where the plan assumed…
    public var replanDistance = 250.0
    /// …but not more often than this.
    public var replanInterval = 300.0
    /// Retry planning this often when it could not be done (no team free, daylight, no route).
    public var planRetry = 300.0
    /// Questioning begins this long after custody (first questions at the post, after a medical check).
    public var questioningDelay = 300.0
    /// Handed over this long after the intent is stated (to the agency's officers who come to the unit).
    public var handoverDelay = 600.0
    /// A person wishing to return is repatriated this long after the intent is confirmed
    /// (the North is told through the liaison channel and a time is agreed).
    public var repatriationDelay = 86_400.0
    /// The reception point stands this far south of the GOP post (which stands on the fence).
    public var receptionSetback = 40.0
    /// Margin around person, team and reception point for the planner's window.
    public var planningMargin = 2500.0
    /// Planner cell size.
    public var planningCell = 10.0
    /// A track this far north of the band's northern line, after being in or south of the band, has gone back north.
    public var backNorthMargin = 100.0
    /// A second incident this close to one being guided is left to that team (a companion, a pursuer).
    public var operationSpacing = 1000.0

    /// A track the classifier calls animal that keeps coming south (its chain of tracks has come
    /// `southwardProgress` metres south, or it has moved south faster than `southwardSpeed` for
    /// `southwardFor` seconds) is alerted as unknown when the classifier is less sure than this,
    /// or whatever its confidence once it is in or past the MDL band and its chain has come
    /// `confidentSouthwardProgress` metres south: a person floating, wading
    /// or creeping has no gait to tell (2019-07-31 Imjin, 2025-07-03 stream), and a missed person
    /// costs more than a look at a boar. Tracks that stay put (a nuisance alarm at the fence, an
    /// animal grazing) stay suppressed.
    public var animalConfidence = 0.6
    public var southwardProgress = 100.0
    public var southwardSpeed = 0.2
    public var southwardFor = 60.0
    public var confidentSouthwardProgress = 250.0
    /// A track the classifier cannot yet decide (`unknown`: no class above its reject
    /// threshold) raises no alert of its own while its chain (`TrackChains`: the mover's tracks
    /// across breaks) is younger than `undecidedHold` seconds, unless it moves like a crosser
    /// first (the `southwardProgress` / `southwardFor` rule of a doubted animal); it may still
    /// join an alert as a duplicate or a re-initiated track. A new sighting is undecided because
    /// the classifier has not seen it long enough; most on animals and clutter are gone or
    /// called animal within half a minute — but so are many first tracks on people, so the
    /// measured delay to a person's alert is far more than the hold (docs/alarm-quality.md,
    /// "Issue 18"; world 50: all 44 false alerts acted on were raised on unknown tracks younger
    /// than 60 s; holding them until they headed south delayed people lying up by hours, and
    /// timing the hold by the track rather than its chain held a person again at every break
    /// of his track). **Off (0) by default**: every hold tried delayed the 2019 Imjin float — a
    /// person floating has no gait to tell — from 23:45 to 23:50 and lost the re-plan of his
    /// guidance; an operator may set it where false alerts cost more than that.
    public var undecidedHold = 0.0
    /// How many GOP posts, nearest first, are tried as the reception point.
    public var receptionCandidates = 3

    /// When a new alert is the person of a live incident (`IncidentJoining`: within 600 m of
    /// where they were last seen plus 1.5 m/s since, at most 2 km, seen within 30 min, or on a
    /// chain of tracks the incident follows).
    public var joining = IncidentJoining()

    /// When a person lost near the MDL heading north, or seen by a post turning back, has gone back.
    public var withdrawal = Withdrawal()

    /// Seconds in KPA view (team's and person's routes together) above which a daylight
    /// operation inside the DMZ waits for darkness.
    public var daylightExposureLimit = 120.0

    /// How long a guiding operation lasts, to tell whether it would run into daylight.
    public var guidingWindow = GuidingWindow()

    /// When no route can be planned, a team whose post is this close to the person holds it and
    /// signals them in (light signals, a loudspeaker).
    public var signallingRange = 3000.0

    /// A mine casualty reported within this distance (metres) and time (seconds) of a blast
    /// heard takes that blast's alert into its incident (the report and the blast are one event).
    public var blastCasualtyRadius = 150.0
    public var blastCasualtyWindow = 600.0

    /// Whether planned guidance goes out at once (`automatic`, simulations and benchmarks) or
    /// waits for the watch commander's approval on the console (`commander`).
    public var dispatchApproval = DispatchApproval.automatic

    /// The sectors' operators and their looks at alerts (`LookQueue`): how many look at once in
    /// each sector, how long a look takes, how many looks "cannot tell" gets before a team goes.
    public var looks = LookQueue.Configuration()

    /// What this engine's alert and incident ids carry so that several engines can share one
    /// log: a sector watched by its own engine (`guidepost serve --sectors`) names its ids
    /// `A-cheorwon-1` and `I-cheorwon-1`, so an incident id is unique in the whole cluster's
    /// store. Empty (the default): `A1` and `I-1`, as one engine over a whole window names them.
    public var idScope = ""

    /// The stretch of the MDL (`s`, metres) this engine answers for, when it watches one sector
    /// of a cluster over a feed that reaches an apron beyond it (`guidepost serve --sectors`):
    /// a track first seen in a neighbour's stretch is left to the neighbour (no alert, no
    /// incident here) until it has come `adoptWithin` metres inside this one, so a person who
    /// wanders across a sector boundary keeps the neighbour's incident. Nil (the default): the
    /// engine answers for everything it sees.
    public var ownStretch: ClosedRange<Double>? = nil
    /// How far inside `ownStretch` a neighbour's track must come before this engine takes it on;
    /// less than the feed's apron, so one of the two engines always has it.
    public var adoptWithin = 1000.0
    /// This engine's sector (the `from` of the incidents it hands across), and the sectors
    /// either side of `ownStretch` (below: smaller `s`; above: larger) to which it hands an
    /// incident whose person it follows `adoptWithin` metres into their stretch
    /// (`IncidentHandover`). Nil outside a cluster, and past the line's ends.
    public var sector: String? = nil
    public var sectorBelow: String? = nil
    public var sectorAbove: String? = nil
    /// How long a neighbour's track stays the neighbour's after it has come `adoptWithin`
    /// metres inside, waiting for the neighbour to hand its incident across (seconds of feed
    /// time): longer than the watch's hand-over lag, so that a person the neighbour has an
    /// incident for is taken on with that incident, not alerted afresh. A track handed across
    /// is taken on at once.
    public var neighbourGrace = 180.0

    public init() {}
}
