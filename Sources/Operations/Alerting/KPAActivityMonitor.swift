public import GuidepostCore

/// Says what the press statements say about the North's side — "no unusual movement" or what
/// was unusual — from the KPA tracks and the shots of a run, against a baseline.
///
/// Unusual when any of: an **armed** KPA track within `postProximity` (200 m) of a ROK post
/// (2025-10-19: two armed pursuers came within 200 m of a GP, which the official "no unusual
/// movement" line left out, domain.md §5.1, §7.1 F); a KPA track south of the MDL band; KPA
/// gunfire; ROK warning fire; or more distinct KPA tracks in any `window` than
/// `factor × baseline` (the patrols expected in that window).
/// - Complexity: O(p) per observation for p posts; memory O(k) for k distinct KPA tracks.
public struct KPAActivityMonitor<Geometry: AlertGeometry>: Sendable {
    /// Parameters (assumptions, domain.md §8).
    public struct Configuration: Hashable, Sendable {
        /// Distinct KPA tracks expected per hour in the window watched (routine patrols).
        public var baselinePerHour: Double = 2
        /// How many times the baseline counts as unusual.
        public var factor: Double = 3
        /// The window over which activity is counted, seconds.
        public var window: Double = 3600
        /// An armed KPA track this close to a ROK post is unusual, metres.
        public var postProximity: Double = 200
        public init() {}
    }

    public let geometry: Geometry
    /// ROK post positions, EPSG:5179 metres.
    public let posts: [Point]
    public let configuration: Configuration
    private var reasons: [KPAActivityVerdict.Reason] = []
    private var firstSeen: [String: Double] = [:]
    private var closestArmed: Double = .infinity

    public init(geometry: Geometry, posts: [Point], configuration: Configuration = Configuration()) {
        self.geometry = geometry
        self.posts = posts
        self.configuration = configuration
    }

    /// Observes one report of a KPA track (the caller tells KPA tracks from the person's).
    public mutating func observe(_ record: TrackRecord, armed: Bool) {
        if firstSeen[record.track] == nil { firstSeen[record.track] = record.t }
        let c = geometry.alongBorder(record.position)
        if c.d < geometry.band(at: c.s).southern, !reasons.contains(where: { $0.kind == .crossedMDL }) {
            reasons.append(.init(kind: .crossedMDL, t: record.t, detail: "KPA personnel crossed the MDL southwards"))
        }
        guard armed, let nearest = posts.map({ $0.distance(to: record.position) }).min() else { return }
        if nearest <= configuration.postProximity, nearest < closestArmed {
            closestArmed = nearest
            reasons.removeAll { $0.kind == .armedNearPost }
            reasons.append(.init(
                kind: .armedNearPost, t: record.t,
                detail: "armed KPA soldiers came within \(Int(nearest.rounded())) m of a ROK guard post"))
        }
    }

    /// Records gunfire: `byKPA` true for KPA fire, false for ROK warning fire.
    public mutating func observeShots(at t: Double, rounds: Int, byKPA: Bool) {
        let kind: KPAActivityVerdict.Reason.Kind = byKPA ? .kpaFire : .warningShots
        guard !reasons.contains(where: { $0.kind == kind }) else { return }
        let detail = byKPA ? "KPA gunfire (\(rounds) round(s))" : "ROK forces fired \(rounds) warning round(s)"
        reasons.append(.init(kind: kind, t: t, detail: detail))
    }

    /// The verdict over everything observed up to now.
    public var verdict: KPAActivityVerdict {
        var all = reasons
        let times = firstSeen.values.sorted()
        let allowed = configuration.factor * configuration.baselinePerHour * configuration.window / 3600
        // Sliding window over first sightings: the most distinct tracks within any `window`.
        var j = 0
        for i in times.indices {
            while times[i] - times[j] > configuration.window { j += 1 }
            if Double(i - j + 1) > allowed {
                all.append(.init(
                    kind: .aboveBaseline, t: times[i],
                    detail: "\(i - j + 1) KPA groups active within \(Int(configuration.window / 60)) min, against a baseline of \(Int(configuration.baselinePerHour * configuration.window / 3600))"))
                break
            }
        }
        all.sort { ($0.t, $0.kind.rawValue) < ($1.t, $1.kind.rawValue) }
        return all.isEmpty ? .noUnusualMovement : .unusual(all)
    }
}

/// The monitor's verdict, as a press statement would put it.
public enum KPAActivityVerdict: Hashable, Sendable, Codable {
    case noUnusualMovement
    case unusual([Reason])

    /// One reason the activity was unusual.
    public struct Reason: Hashable, Sendable, Codable {
        public enum Kind: String, Hashable, Sendable, Codable {
            case armedNearPost = "armed-near-post"
            case crossedMDL = "crossed-mdl"
            case kpaFire = "kpa-fire"
            case warningShots = "warning-shots"
            case aboveBaseline = "above-baseline"
        }
        public var kind: Kind
        /// When it was first seen, seconds since the scenario's start.
        public var t: Double
        /// A sentence for the reports.
        public var detail: String

        public init(kind: Kind, t: Double, detail: String) {
            self.kind = kind
            self.t = t
            self.detail = detail
        }
    }

    public var isUnusual: Bool { if case .unusual = self { true } else { false } }
}
