public import Border
public import GuidepostCore

/// What stands between the tracker and the alert policy (issue 6): the one piece both
/// `guidepost run` (`OperationsEngine`) and `guidepost alerts` use, so the alarm-quality bench
/// scores the product's alert path.
///
/// For each scan's track reports it
/// 1. notes every report in the `TrackChains` (where each chain of short tracks began, how long
///    each track has been moving south);
/// 2. drops reports within `friendlyRadius` of an own team (blue force);
/// 3. relabels as `unknown` a track the classifier calls animal that is headed south like a
///    crosser ("doubt"): its chain has come `southwardProgress` m south, or it has moved south
///    faster than `southwardSpeed` for `southwardFor` s — or, against a call at least
///    `animalConfidence` sure, it is in or south of the MDL band and its chain has come
///    `confidentSouthwardProgress` m south.
///
/// The old control room (`doubts: false`) has no track chains: it only drops own teams.
/// - Complexity: O(n·c) per scan for n reports and c live chains (a new track looks for a chain
///   to join); chains unseen for an hour are dropped every 600 s of feed time.
public struct AlertFront: Sendable {
    public let line: DemarcationLine
    public let band: DemarcationBand
    public let configuration: OperationsConfiguration
    /// Whether animal-classed tracks heading south are alerted as unknown (the guidepost console).
    public let doubts: Bool
    public private(set) var chains = TrackChains()
    var lastForget = -Double.infinity

    public init(line: DemarcationLine, band: DemarcationBand, configuration: OperationsConfiguration = .init(), doubts: Bool = true) {
        self.line = line
        self.band = band
        self.configuration = configuration
        self.doubts = doubts
    }

    public init(border: BorderModel, configuration: OperationsConfiguration = .init(), doubts: Bool = true) {
        self.init(line: border.line, band: border.band, configuration: configuration, doubts: doubts)
    }

    /// The reports of one scan at `t` that go to the alert policy, in their order: not on an own
    /// team at `friendlies`, doubted animals relabelled `unknown`. Times must not go back.
    public mutating func hostile(_ records: [TrackRecord], friendlies: [Point] = [], at t: Double) -> [TrackRecord] {
        if doubts { note(records, at: t) }
        return records.filter { r in
            !friendlies.contains { $0.distance(to: r.position) <= configuration.friendlyRadius } && !isNeighbours(r)
        }.map { r in
            var r = r
            if doubts, r.targetClass == .animal, headedSouth(r, confidently: r.classProbability >= configuration.animalConfidence) {
                r.targetClass = .unknown
            }
            return r
        }
    }

    /// Whether track `r` is a neighbouring sector's business, for an engine that answers for
    /// one stretch of the MDL (`OperationsConfiguration.ownStretch`, a sector in a cluster): its
    /// chain began outside the stretch (the neighbour saw it first and alerts on it), and it has
    /// not come `adoptWithin` metres inside (there the neighbour's view, which reaches the
    /// feed's apron into this sector, is about to end, and this engine takes it on). A track
    /// born inside is this engine's wherever it walks. False without a stretch.
    public func isNeighbours(_ r: TrackRecord) -> Bool {
        guard let stretch = configuration.ownStretch, let origin = chains.originS(of: r.track), !stretch.contains(origin) else {
            return false
        }
        let s = line.alongBorder(r.position).s
        let inner = configuration.adoptWithin
        let adopted = s >= stretch.lowerBound + inner && s <= stretch.upperBound - inner
        return !adopted
    }

    /// Whether track `r` is heading south like a crosser (see the type's description). A grazing
    /// animal or a nuisance alarm at the fence does neither.
    public func headedSouth(_ r: TrackRecord, confidently: Bool = false) -> Bool {
        let d = line.alongBorder(r.position).d
        let progress = chains.progress(of: r.track, d: d)
        if confidently { return isInOrSouthOfBand(r.position) && progress >= configuration.confidentSouthwardProgress }
        return progress >= configuration.southwardProgress || chains.southboundSeconds(of: r.track) >= configuration.southwardFor
    }

    /// Whether `p` is in the MDL band or south of it.
    public func isInOrSouthOfBand(_ p: Point) -> Bool {
        let c = line.alongBorder(p)
        return c.d <= band.offsets(at: c.s).northern
    }

    /// Notes each report in the chains (memory bounded: what is unseen for an hour is dropped).
    mutating func note(_ records: [TrackRecord], at t: Double) {
        for r in records {
            let c = line.alongBorder(r.position)
            let rate = line.alongBorder(Point(x: r.x + r.vx, y: r.y + r.vy)).d - c.d
            chains.note(track: r.track, at: r.position, d: c.d, dRate: rate, t: t, southwardSpeed: configuration.southwardSpeed, s: c.s)
        }
        if t - lastForget >= 600 {
            chains.forget(olderThan: 3600, at: t)
            lastForget = t
        }
    }
}
