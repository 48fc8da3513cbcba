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
///    `confidentSouthwardProgress` m south; these are listed as `doubted`;
/// 4. lists as `undecided` the tracks the classifier itself left `unknown` whose chain is younger
///    than `OperationsConfiguration.undecidedHold` and that do not yet head south like a
///    crosser: the policy lets them join an alert but raise none.
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
    /// The time of the last scan noted.
    var now = -Double.infinity
    /// Chains of neighbour-born tracks: when each first came `adoptWithin` metres inside the own stretch.
    var insideSince: [Int: Double] = [:]
    /// Chains of tracks taken on with an incident handed across: this engine's wherever they walk.
    public private(set) var adoptedChains: Set<Int> = []
    /// The last scan's tracks the classifier left `unknown`, on a chain younger than `undecidedHold`, that
    /// do not yet head south like a crosser (empty unless `doubts`): `AlertPolicy.update(at:tracks:holding:)`
    /// lets them join an alert but raise none.
    public private(set) var undecided: Set<String> = []
    /// The last scan's tracks the classifier called animal that step 3 relabelled `unknown` (empty
    /// unless `doubts`): `AlertPolicy.update(at:tracks:holding:doubted:)` alerts them, and a team
    /// sent on a camera's doubt waits while the classifier still calls its track an animal.
    public private(set) var doubted: Set<String> = []

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
        undecided = []
        doubted = []
        return records.filter { r in
            !friendlies.contains { $0.distance(to: r.position) <= configuration.friendlyRadius } && !isNeighbours(r)
        }.map { r in
            var r = r
            if doubts, r.targetClass == .animal, headedSouth(r, confidently: r.classProbability >= configuration.animalConfidence) {
                r.targetClass = .unknown
                doubted.insert(r.track)
            } else if doubts, r.targetClass == .unknown, chains.age(of: r.track, at: t) < configuration.undecidedHold,
                !headedSouth(r)
            {
                undecided.insert(r.track)
            }
            return r
        }
    }

    /// Whether track `r` is a neighbouring sector's business, for an engine that answers for
    /// one stretch of the MDL (`OperationsConfiguration.ownStretch`, a sector in a cluster): its
    /// chain began outside the stretch (the neighbour saw it first and alerts on it), and it has
    /// not yet been `adoptWithin` metres inside for `neighbourGrace` seconds (there the
    /// neighbour's view, which reaches the feed's apron into this sector, is about to end; the
    /// neighbour hands its incident across, if it has one, and this engine takes the track on).
    /// A track born inside, or taken on with a handed-across incident (`adopt(chain:)`), is
    /// this engine's wherever it walks. False without a stretch.
    public func isNeighbours(_ r: TrackRecord) -> Bool {
        guard let stretch = configuration.ownStretch, let origin = chains.originS(of: r.track), !stretch.contains(origin),
            let chain = chains.chain(of: r.track), !adoptedChains.contains(chain)
        else {
            return false
        }
        guard isWellInside(r.position) else { return true }
        guard let since = insideSince[chain] else { return configuration.neighbourGrace > 0 }
        return now - since < configuration.neighbourGrace
    }

    /// Whether `p` is `adoptWithin` metres inside the own stretch (true without a stretch).
    func isWellInside(_ p: Point) -> Bool {
        guard let stretch = configuration.ownStretch else { return true }
        let s = line.alongBorder(p).s
        let inner = configuration.adoptWithin
        return s >= stretch.lowerBound + inner && s <= stretch.upperBound - inner
    }

    /// Takes `chain`'s tracks on as this engine's (an incident handed across follows them).
    public mutating func adopt(chain: Int) { adoptedChains.insert(chain) }

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
            if let stretch = configuration.ownStretch, let k = chains.chain(of: r.track), insideSince[k] == nil,
                let origin = chains.originS(of: r.track), !stretch.contains(origin), isWellInside(r.position)
            {
                insideSince[k] = t
            }
        }
        now = t
        if t - lastForget >= 600 {
            chains.forget(olderThan: 3600, at: t)
            insideSince = insideSince.filter { chains.chains[$0.key] != nil }
            adoptedChains = adoptedChains.filter { chains.chains[$0] != nil }
            lastForget = t
        }
    }
}
