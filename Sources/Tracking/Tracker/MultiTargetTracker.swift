import GuidepostCore
import RealModule

/// The multi-target tracker, composed of roles (Stone Soup's `MultiTargetTracker` with a
/// `MultiMeasurementInitiator`): for each scan it
/// 1. predicts every track to the scan time;
/// 2. associates confirmed tracks with the detections (`associator`) and updates them;
/// 3. associates tentative tracks with the detections left over (global nearest neighbour);
/// 4. updates every track's existence probability, confirms and deletes;
/// 5. starts tentative tracks from detections no track explained;
/// 6. classifies confirmed tracks.
/// It never learns where its detections come from.
/// - Complexity: per scan O(n log n + T k) for n detections and T tracks with k gated
///   detections each, plus assignment/JPDA on each independent cluster.
public struct MultiTargetTracker<
    TrackPredictor: Predictor, TrackUpdater: Updater, Associator: DataAssociator,
    TrackInitiator: Initiator, TrackDeleter: Deleter, TrackClassifier: Classifier
>: Sendable
where TrackPredictor.State == TrackUpdater.State, TrackInitiator.State == TrackUpdater.State {
    public typealias State = TrackUpdater.State

    public var predictor: TrackPredictor
    public var hypothesiser: DistanceHypothesiser<TrackUpdater>
    public var associator: Associator
    public var initiator: TrackInitiator
    public var deleter: TrackDeleter
    public var classifier: TrackClassifier
    public var existence: ExistenceModel
    public var scoring: AssociationScoring
    /// Radius within which other tracks moving alike count as companions, metres.
    public var groupRadius = 40.0

    public internal(set) var tracks: [Track<State>] = []
    private var nextNumber = 1
    private var lastTime: Double?

    public init(
        predictor: TrackPredictor, hypothesiser: DistanceHypothesiser<TrackUpdater>, associator: Associator,
        initiator: TrackInitiator, deleter: TrackDeleter, classifier: TrackClassifier, existence: ExistenceModel,
        scoring: AssociationScoring
    ) {
        self.predictor = predictor
        self.hypothesiser = hypothesiser
        self.associator = associator
        self.initiator = initiator
        self.deleter = deleter
        self.classifier = classifier
        self.existence = existence
        self.scoring = scoring
    }

    /// Processes one scan. Scans must come in increasing time (use `ScanAssembler`).
    /// - Returns: the confirmed tracks after the scan, in order of confirmation.
    public mutating func step(at time: Double, detections: [Detection]) -> [TrackReport] {
        precondition(lastTime.map { time >= $0 } ?? true, "scans must be processed in time order")
        let dt = lastTime.map { time - $0 } ?? 0
        lastTime = time
        var used = [Bool](repeating: false, count: detections.count)
        var ratioSum = [Double](repeating: 0, count: tracks.count)
        var hit = [Bool](repeating: false, count: tracks.count)
        var thermal = [Double?](repeating: nil, count: tracks.count)

        for i in tracks.indices {
            tracks[i].state = predictor.predict(tracks[i].state, to: time)
            tracks[i].existence = existence.predict(tracks[i].existence, over: dt)
        }
        let confirmed = tracks.indices.filter { tracks[$0].isConfirmed }
        associate(confirmed, detections, using: associator, &used, &ratioSum, &hit, &thermal, markGated: true)
        let tentative = tracks.indices.filter { !tracks[$0].isConfirmed }
        let tentativeAssociator = GlobalNearestNeighbourAssociator(scoring: scoring)
        associate(tentative, detections, using: tentativeAssociator, &used, &ratioSum, &hit, &thermal, markGated: false)

        for i in tracks.indices {
            tracks[i].existence = existence.update(tracks[i].existence, likelihoodRatioSum: ratioSum[i], scoring: scoring)
            if hit[i] {
                tracks[i].hits += 1
                tracks[i].consecutiveMisses = 0
                tracks[i].lastUpdate = time
                tracks[i].lastThermalSize = thermal[i]
            } else {
                tracks[i].consecutiveMisses += 1
                tracks[i].lastThermalSize = nil
            }
            if !tracks[i].isConfirmed, tracks[i].existence >= existence.confirmation,
                tracks[i].hits >= existence.minimumHits
            {
                tracks[i].id = TrackID("T\(nextNumber)")
                nextNumber += 1
            }
        }
        let deleter = self.deleter
        tracks.removeAll { deleter.shouldDelete($0.summary) }
        for (j, d) in detections.enumerated() where !used[j] {
            tracks.append(
                Track(
                    id: nil, state: initiator.initiate(from: d), existence: existence.initial, hits: 1,
                    consecutiveMisses: 0, lastUpdate: time, lastThermalSize: d.thermalSize))
        }
        return classify(dt: dt)
    }

    private mutating func associate(
        _ members: [Int], _ detections: [Detection], using associator: some DataAssociator,
        _ used: inout [Bool], _ ratioSum: inout [Double], _ hit: inout [Bool], _ thermal: inout [Double?],
        markGated: Bool
    ) {
        guard !members.isEmpty, !detections.isEmpty else { return }
        // Tentative tracks see only the detections confirmed tracks left over.
        var local = detections
        var map = Array(detections.indices)
        if !markGated {
            local = []
            map = []
            for (j, d) in detections.enumerated() where !used[j] {
                local.append(d)
                map.append(j)
            }
            if local.isEmpty { return }
        }
        let table = hypothesiser.hypothesise(members.map { tracks[$0].state }, local)
        let associations = associator.associate(table)
        let updater = hypothesiser.updater
        for (row, i) in members.enumerated() {
            switch associations[row] {
            case .missed:
                break
            case .hypothesis(let k):
                let h = table.hypotheses[k]
                tracks[i].state = updater.update(tracks[i].state, with: local[h.detection], prediction: h.prediction)
                ratioSum[i] = Double.exp(min(scoring.logLikelihoodRatio(h), 700))
                hit[i] = true
                thermal[i] = local[h.detection].thermalSize
                used[map[h.detection]] = true
            case .weighted(let terms, let missed):
                var weighted: [WeightedDetection] = []
                weighted.reserveCapacity(terms.count)
                var best = -1, bestWeight = missed
                for (k, w) in terms {
                    let h = table.hypotheses[k]
                    weighted.append(WeightedDetection(detection: local[h.detection], prediction: h.prediction, weight: w))
                    ratioSum[i] += Double.exp(min(scoring.logLikelihoodRatio(h), 700))
                    if w > bestWeight {
                        bestWeight = w
                        best = k
                    }
                }
                if !weighted.isEmpty {
                    tracks[i].state = updater.update(tracks[i].state, weighted: weighted, missedWeight: missed)
                }
                if best >= 0 {
                    hit[i] = true
                    thermal[i] = local[table.hypotheses[best].detection].thermalSize
                }
            }
        }
        // Detections inside a confirmed track's gate do not start new tracks (as in Stone Soup's
        // JPDA tracker): they were explained, or are clutter near a known target.
        if markGated {
            for h in table.hypotheses { used[map[h.detection]] = true }
        }
    }
}
