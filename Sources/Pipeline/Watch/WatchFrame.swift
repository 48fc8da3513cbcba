/// What the live console shows at one moment of the watch: the tracks with their trails, the
/// own teams, the alert queue ranked by urgency, and the incidents with their proposed or active
/// guidance and timeline. Planar EPSG:5179 metres throughout (the console's map places them).
///
/// A frame is the whole picture, not a difference: a client that missed frames (a slow
/// browser whose buffer dropped them) is whole again with the next one.
public struct WatchFrame: Hashable, Sendable, Codable {
    /// Counts frames from 1 within this server's life.
    public var frame: Int
    /// Seconds since the scenario's (the watch's) start, and that time as a clock string.
    public var t: Double
    public var clock: String?
    /// Wall time (ms since 1970) when the scan behind this frame entered the feed: the console's
    /// latency is now minus this.
    public var fedAt: Double
    /// The feed has ended (the simulated window is over, the replay done).
    public var ended: Bool
    public var tracks: [TrackView]
    public var teams: [TeamView]
    /// Where the own teams in the field are now (blue-force positions, as the feed reports them).
    public var blueForce: [[Double]]
    /// Alerts awaiting an answer (ranked), those on an incident, and the latest answered ones;
    /// the log (`/api/events`) has them all.
    public var alerts: [AlertView]
    public var incidents: [IncidentView]
    /// The sequence number of the last event committed to the log.
    public var lastEvent: Int
    /// Live or a replay, and the clock's controls (nil from a watch that has none).
    public var playback: Playback?

    public init(
        frame: Int, t: Double, clock: String?, fedAt: Double, ended: Bool, tracks: [TrackView], teams: [TeamView],
        blueForce: [[Double]], alerts: [AlertView], incidents: [IncidentView], lastEvent: Int, playback: Playback? = nil
    ) {
        self.frame = frame
        self.t = t
        self.clock = clock
        self.fedAt = fedAt
        self.ended = ended
        self.tracks = tracks
        self.teams = teams
        self.blueForce = blueForce
        self.alerts = alerts
        self.incidents = incidents
        self.lastEvent = lastEvent
        self.playback = playback
    }

    /// A confirmed track: where, how fast, what it is taken for, and when it reaches the MDL
    /// band and the fence at its pace.
    public struct TrackView: Hashable, Sendable, Codable {
        public var id: String
        public var x: Double
        public var y: Double
        public var vx: Double
        public var vy: Double
        public var targetClass: String
        public var probability: Double
        public var timeToMDL: Double?
        public var timeToFence: Double?
        /// Earlier positions, oldest first (at most `WatchSession.trailLength`).
        public var trail: [[Double]]
        /// The alert the track belongs to, if any.
        public var alert: String?
        /// The standard deviation of the position along its worst axis, metres (the square root
        /// of the covariance's largest eigenvalue): what the field devices draw as the error.
        public var sigma: Double? = nil

        /// A track as the frame shows it.
        public init(
            id: String, x: Double, y: Double, vx: Double, vy: Double, targetClass: String, probability: Double, timeToMDL: Double? = nil,
            timeToFence: Double? = nil, trail: [[Double]] = [], alert: String? = nil, sigma: Double? = nil
        ) {
            self.id = id
            self.x = x
            self.y = y
            self.vx = vx
            self.vy = vy
            self.targetClass = targetClass
            self.probability = probability
            self.timeToMDL = timeToMDL
            self.timeToFence = timeToFence
            self.trail = trail
            self.alert = alert
            self.sigma = sigma
        }
    }

    /// An own team: its post and what it is on.
    public struct TeamView: Hashable, Sendable, Codable {
        public var name: String
        public var x: Double
        public var y: Double
        public var incident: String?
    }

    /// An alert in the queue (open and escalated first, most urgent first) or answered.
    public struct AlertView: Hashable, Sendable, Codable {
        public var id: String
        public var raised: Double
        public var track: String
        public var x: Double
        public var y: Double
        public var targetClass: String
        public var confidence: Double
        public var reason: String
        public var status: String
        public var timeToMDL: Double?
        public var timeToFence: Double?
        /// What the slewed camera showed, once known.
        public var camera: String?
        public var incident: String?
        /// The last answer's reason (who and why, for a person's answer).
        public var answer: String?
        /// 1 for the most urgent alert awaiting an answer; nil once answered.
        public var rank: Int?
        /// The cluster instance whose console decides this alert, when it is not this one (its
        /// sector is watched there; shown read-only here). Nil on a single watch.
        public var watchedBy: String? = nil

        /// An alert as the frame shows it.
        public init(
            id: String, raised: Double, track: String, x: Double, y: Double, targetClass: String, confidence: Double, reason: String,
            status: String, timeToMDL: Double? = nil, timeToFence: Double? = nil, camera: String? = nil, incident: String? = nil,
            answer: String? = nil, rank: Int? = nil
        ) {
            self.id = id
            self.raised = raised
            self.track = track
            self.x = x
            self.y = y
            self.targetClass = targetClass
            self.confidence = confidence
            self.reason = reason
            self.status = status
            self.timeToMDL = timeToMDL
            self.timeToFence = timeToFence
            self.camera = camera
            self.incident = incident
            self.answer = answer
            self.rank = rank
        }
    }

    /// An incident: its state, team, proposed and active routes, and what happened so far.
    public struct IncidentView: Hashable, Sendable, Codable {
        public var id: String
        public var state: String
        public var openedAt: Double
        public var team: String?
        /// Guidance awaiting the watch commander's approval.
        public var proposal: RouteView?
        /// The guidance the team is on (the latest plan dispatched).
        public var route: RouteView?
        public var timeline: [TimelineEntry]
        /// The cluster instance whose console decides this incident, when it is not this one. Nil on a single watch.
        public var watchedBy: String? = nil
    }

    /// A guidance plan: the team's route to the meeting point, the person's from there to
    /// reception, and its summary.
    public struct RouteView: Hashable, Sendable, Codable {
        public var team: String
        public var planned: Double
        public var teamRoute: [[Double]]
        public var personRoute: [[Double]]
        public var meeting: [Double]
        public var summary: String
        public var mineRisk: Double
        public var personTime: Double
    }

    /// One line of an incident's timeline.
    public struct TimelineEntry: Hashable, Sendable, Codable {
        public var seq: Int
        public var t: Double
        public var text: String
    }
}
