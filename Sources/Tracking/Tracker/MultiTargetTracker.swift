import GuidepostCore
import RealModule

/// The multi-target tracker, composed of roles (Stone Soup's `MultiTargetTracker` with a
/// `MultiMeasurementInitiator`): for each scan it
/// 1. predicts every track to the scan time;
/// 2. takes the scan's detections sensor by sensor (sequential multi-sensor update, in order of
///    sensor index): associates confirmed tracks with that sensor's detections (`associator`) and
///    updates them, lets tentative tracks take the detections left over (global nearest
///    neighbour), and starts tentative tracks from detections no track explained, so the next
///    sensor's detections of the same target update the same track;
/// 3. counts a scan as a miss for a track only if a sensor that detected it within
///    `coverageMemory` seconds looked in this scan (`SensorLooks`), once per such sensor; a track
///    no sensor has detected for that long is missed every scan;
/// 4. updates every track's existence probability, confirms and deletes;
/// 5. classifies confirmed tracks.
/// It never learns where its detections come from, but it learns its conditions as it goes:
/// each sensor's clutter density, per place (`clutterMap`), and each sensor's P_D
/// (`sensorRates`), so the configured λ and P_D are only where it starts.
/// - Complexity: per scan O(s (n log n + T k)) for s reporting sensors, n detections and T tracks
///   with k gated detections each, plus assignment/JPDA on each independent cluster.
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
    /// Seconds for which a sensor that detected a track is taken to still cover it (its looks
    /// without the track count as misses).
    public var coverageMemory = 30.0
    /// How each track's own detection probability is learnt; nil uses the configured P_D for all.
    public var detectionRate: DetectionRate? = DetectionRate()
    /// How far targets' P_D spread about their sensors', learnt from the confirmed tracks' records
    /// and set as `detectionRate`'s prior weight every scan; nil (the default) keeps that weight.
    public var dispersion: DetectionRateDispersion?
    /// The clutter density learnt per sensor and place, starting from `scoring`'s; nil uses
    /// `scoring`'s one density everywhere, always.
    public var clutterMap: ClutterMap?
    /// Each sensor's P_D learnt from the confirmed tracks it looks at, starting from `scoring`'s;
    /// nil uses the configured P_D for every sensor.
    public var sensorRates: SensorDetectionRates? = SensorDetectionRates()
    /// The moving mode's process noise learnt from the confirmed tracks, starting from the
    /// predictor's; nil keeps the predictor's q, always.
    public var processNoise: ProcessNoiseLearner? = ProcessNoiseLearner()
    /// The predictor's q as configured (the learner's prior).
    private let configuredNoise: Double?
    /// How long targets stay in view, learnt from the established tracks' times and ends,
    /// starting from `existence`'s τ; nil (the default) keeps that τ, always.
    public var lifetime: LifetimeLearner?
    /// The existence model's τ as configured (the lifetime learner's prior).
    private let configuredLifetime: Double
    /// How fast new targets move (the initiator's σ_v), learnt from the established tracks'
    /// velocities, starting from the initiator's; nil (the default) keeps the initiator's, always.
    public var speedSpread: SpeedSpreadLearner?
    /// The initiator's σ_v as configured (the speed learner's prior).
    private let configuredSpeedSpread: Double?

    public internal(set) var tracks: [Track<State>] = []
    private var nextNumber = 1
    private var lastTime: Double?
    private var looks = SensorLooks()

    public init(
        predictor: TrackPredictor, hypothesiser: DistanceHypothesiser<TrackUpdater>, associator: Associator,
        initiator: TrackInitiator, deleter: TrackDeleter, classifier: TrackClassifier, existence: ExistenceModel,
        scoring: AssociationScoring
    ) {
        self.predictor = predictor
        self.configuredNoise = predictor.movingNoise
        self.configuredLifetime = existence.meanLifetime
        self.configuredSpeedSpread = initiator.newTargetSpeedSpread
        self.hypothesiser = hypothesiser
        self.associator = associator
        self.initiator = initiator
        self.deleter = deleter
        self.classifier = classifier
        self.existence = existence
        self.scoring = scoring
        self.clutterMap = ClutterMap(prior: scoring.clutterDensity)
    }

    /// The moving mode's q the predictor uses now (learnt, or as configured), m²/s³; nil for a
    /// model without one.
    public var movingNoise: Double? { predictor.movingNoise }

    /// What the tracker assumes now of the conditions it learns (as configured where it does not
    /// learn them).
    public var conditions: LearntConditions {
        LearntConditions(
            movingNoise: predictor.movingNoise, meanLifetime: existence.meanLifetime,
            newTargetSpeedSpread: initiator.newTargetSpeedSpread,
            sensorDetectionProbabilities: sensorRates?.estimates(configured: scoring.detectionProbability, at: lastTime ?? 0)
                ?? [:],
            trackDetectionPriorWeight: detectionRate?.priorWeight)
    }

    /// β, new targets per m² per scan, as the configuration implies it: r₀ = β / (β + λ₀).
    private var birthDensity: Double { scoring.clutterDensity * existence.initial / (1 - existence.initial) }

    /// Processes one scan. Scans must come in increasing time (use `ScanAssembler`).
    /// - Returns: the confirmed tracks after the scan, in order of confirmation.
    public mutating func step(at time: Double, detections: [Detection]) -> [TrackReport] {
        precondition(lastTime.map { time >= $0 } ?? true, "scans must be processed in time order")
        let dt = lastTime.map { time - $0 } ?? 0
        lastTime = time
        if let learner = processNoise, let q0 = configuredNoise {
            predictor.movingNoise = learner.estimate(configured: q0, at: time)
        }
        if let learner = lifetime {
            existence.meanLifetime = learner.estimate(configured: configuredLifetime, at: time)
        }
        if let learner = speedSpread, let s0 = configuredSpeedSpread {
            initiator.newTargetSpeedSpread = learner.estimate(configured: s0, at: time)
        }
        if let learner = dispersion, detectionRate != nil {
            var excess = 0.0, scale = 0.0
            for t in tracks where t.isConfirmed {
                if let m = learner.terms(looks: t.looks, detections: t.detections, expected: t.expected) {
                    excess += m.excess
                    scale += m.scale
                }
            }
            detectionRate?.priorWeight = learner.estimate(liveExcess: excess, liveScale: scale, at: time)
        }
        for i in tracks.indices {
            tracks[i].state = predictor.predict(tracks[i].state, to: time)
            tracks[i].existence = existence.predict(tracks[i].existence, over: dt)
            tracks[i].hitThisScan = false
            tracks[i].missedThisScan = false
            tracks[i].lastThermalSize = nil
        }
        let existing = tracks.count
        // Sensor by sensor, in order of sensor index (stable within a sensor).
        let order = detections.indices.sorted { (detections[$0].sensor, $0) < (detections[$1].sensor, $1) }
        var reporting: [Int] = []
        var start = 0
        while start < order.count {
            let sensor = detections[order[start]].sensor
            var end = start
            while end < order.count, detections[order[end]].sensor == sensor { end += 1 }
            update(with: order[start..<end].map { detections[$0] }, from: sensor, at: time)
            reporting.append(sensor)
            start = end
        }
        for i in 0..<existing where !tracks[i].hitThisScan && !tracks[i].missedThisScan {
            recordMiss(i, at: time, reporting: reporting)
        }
        for s in reporting { looks.reported(s, at: time) }
        for i in tracks.indices {
            if !tracks[i].isConfirmed, tracks[i].existence >= existence.confirmation,
                tracks[i].hits >= existence.minimumHits
            {
                tracks[i].id = TrackID("T\(nextNumber)")
                nextNumber += 1
                // Its detections were a target's after all: they are no longer clutter.
                for c in tracks[i].clutterCredits {
                    clutterMap?.withdraw(c.position, weight: c.weight, sensor: c.sensor, recordedAt: c.time, at: time)
                }
                tracks[i].clutterCredits = []
            }
        }
        let deleter = self.deleter
        if lifetime != nil {
            // An end counts only while a sensor that detected the track within `coverageMemory`
            // is still reporting: a track whose every sensor has gone quiet for that long is
            // presumed out of sight, not gone. (A target that walks out of a sensor's field of
            // view while the sensor keeps reporting elsewhere still counts: the tracker has no
            // field-of-view model.)
            for t in tracks where t.isConfirmed && !t.sightings.isEmpty && deleter.shouldDelete(t.summary) {
                lifetime?.ended(hits: t.hits, at: time)
            }
        }
        if dispersion != nil {
            for t in tracks where t.isConfirmed && deleter.shouldDelete(t.summary) {
                dispersion?.ended(looks: t.looks, detections: t.detections, expected: t.expected, at: time)
            }
        }
        tracks.removeAll { deleter.shouldDelete($0.summary) }
        return classify(dt: dt)
    }

    /// One sensor's detections of this scan: association, updates of the tracks it hit, births.
    private mutating func update(with detections: [Detection], from sensor: Int, at time: Double) {
        // What this sensor's pass assumes: its learnt P_D, its learnt clutter density where each
        // detection lies (the map as it stood before this scan).
        var pass = scoring
        pass.detectionProbability = sensorDetectionProbability(sensor, at: time)
        var density: [Double] = []
        if let map = clutterMap {
            pass.clutterDensity = map.density(sensor: sensor, at: time)
            density = detections.map { map.density(at: $0.position, sensor: sensor, at: time) }
        }
        associator.scoring = pass
        var scratch = PassScratch(detections: detections.count, tracks: tracks.count)
        let confirmed = tracks.indices.filter { tracks[$0].isConfirmed }
        associate(confirmed, detections, density, using: associator, pass, &scratch, markGated: true)
        let tentative = tracks.indices.filter { !tracks[$0].isConfirmed }
        let tentativeAssociator = GlobalNearestNeighbourAssociator(scoring: pass)
        associate(tentative, detections, density, using: tentativeAssociator, pass, &scratch, markGated: false)
        let (ratioSum, hit, thermal) = (scratch.ratioSum, scratch.hit, scratch.thermal)
        for i in tracks.indices where hit[i] {
            let pd = detectionProbability(of: i, configured: pass.detectionProbability)
            if tracks[i].isConfirmed {
                sensorRates?.looked(sensor, existence: tracks[i].existence, found: true, at: time)
                // Its misses waiting for this detection were a present target's after all; each
                // counts as it would have then.
                for m in tracks[i].pendingMisses {
                    sensorRates?.looked(m.sensor, existence: m.existence, found: false, at: m.time)
                }
                tracks[i].pendingMisses = []
            }
            tracks[i].existence = existence.update(
                tracks[i].existence, likelihoodRatioSum: ratioSum[i] * pd / pass.detectionProbability, scoring: pass,
                detectionProbability: pd)
            if !tracks[i].isConfirmed, let j = scratch.taken[i] {
                // A tentative track's detection is a target's with its existence, clutter with
                // the rest, until the track is confirmed (then it is withdrawn).
                scratch.mass[j] += tracks[i].existence
                let credit = ClutterCredit(
                    sensor: sensor, position: detections[j].position, weight: 1 - min(tracks[i].existence, 1), time: time)
                tracks[i].clutterCredits.append(credit)
            }
            tracks[i].looks += tracks[i].pendingLooks + 1
            tracks[i].expected += tracks[i].pendingExpected + pass.detectionProbability
            tracks[i].pendingLooks = 0
            tracks[i].pendingExpected = 0
            tracks[i].detections += 1
            if tracks[i].isConfirmed {
                lifetime?.held(for: time - tracks[i].lastUpdate, hits: tracks[i].hits, at: time)
            }
            tracks[i].hits += 1
            tracks[i].consecutiveMisses = 0
            tracks[i].lastUpdate = time
            tracks[i].lastThermalSize = thermal[i] ?? tracks[i].lastThermalSize
            tracks[i].hitThisScan = true
            tracks[i].sightings.removeAll { $0.sensor == sensor }
            tracks[i].sightings.append(Sighting(sensor: sensor, time: time))
        }
        // JPDA gated detections to a track but found "missed" likelier: the integrated-PDA update
        // with their likelihood ratios (δ = P_D P_G − Σ Lⱼ) is this sensor's miss for it.
        for i in tracks.indices where !hit[i] && ratioSum[i] > 0 && !tracks[i].hitThisScan {
            let pd = detectionProbability(of: i, configured: pass.detectionProbability)
            countMiss(i, by: sensor, at: time)
            tracks[i].existence = existence.update(
                tracks[i].existence, likelihoodRatioSum: ratioSum[i] * pd / pass.detectionProbability, scoring: pass,
                detectionProbability: pd)
            tracks[i].pendingLooks += 1
            tracks[i].pendingExpected += pass.detectionProbability
            if !tracks[i].missedThisScan { tracks[i].consecutiveMisses += 1 }
            tracks[i].missedThisScan = true
        }
        let beta = birthDensity
        for (j, d) in detections.enumerated() where !scratch.used[j] {
            // r₀ = β / (β + λ) with λ where the detection lies.
            let r0 = density.isEmpty ? existence.initial : beta / (beta + density[j])
            var track = Track(
                id: nil, state: initiator.initiate(from: d), existence: r0, hits: 1,
                consecutiveMisses: 0, lastUpdate: time, lastThermalSize: d.thermalSize)
            track.hitThisScan = true
            track.origin = speedSpread == nil ? nil : d
            (track.looks, track.detections) = (1, 1)
            track.expected = sensorDetectionProbability(sensor, at: time)
            track.sightings = [Sighting(sensor: sensor, time: time)]
            track.clutterCredits = [ClutterCredit(sensor: sensor, position: d.position, weight: 1 - r0, time: time)]
            scratch.mass[j] += r0
            tracks.append(track)
        }
        // What no target explains is this sensor's clutter.
        if clutterMap != nil {
            for (j, d) in detections.enumerated() {
                clutterMap?.record(d.position, weight: 1 - min(scratch.mass[j], 1), sensor: sensor, at: time)
            }
            clutterMap?.looked(sensor, at: time)
        }
    }

    /// Feeds confirmed track `i`'s settled detection (association weight `weight`) to the
    /// process-noise learner, and, once, to the speed-spread learner.
    private mutating func learnMotion(_ i: Int, from detection: Detection, weight: Double) {
        if let origin = tracks[i].origin, let learner = speedSpread, tracks[i].isConfirmed,
            tracks[i].hits + 1 >= learner.established, weight >= learner.decisive
        {
            if speedSpread?.observe(from: origin, to: detection) == true { tracks[i].origin = nil }
        }
        guard processNoise != nil, let id = tracks[i].id else { return }
        let state = tracks[i].state
        processNoise?.observe(
            id, detection: detection, associationWeight: weight, updated: state.gaussian,
            stationary: state.stationaryProbability, at: detection.time)
    }

    /// A look of `sensor` that missed track `i`: counted against the sensor's P̂_s now, or, when
    /// `sensorRates.missesAwaitDetection`, once the track is detected again (never if it ends first).
    private mutating func countMiss(_ i: Int, by sensor: Int, at time: Double) {
        guard tracks[i].isConfirmed else { return }
        if sensorRates?.missesAwaitDetection == true {
            tracks[i].pendingMisses.append(SensorMiss(sensor: sensor, existence: tracks[i].existence, time: time))
        } else {
            sensorRates?.looked(sensor, existence: tracks[i].existence, found: false, at: time)
        }
    }

    /// P̂_s of `sensor` (the configured P_D without `sensorRates`).
    private func sensorDetectionProbability(_ sensor: Int, at time: Double) -> Double {
        sensorRates?.estimate(sensor, configured: scoring.detectionProbability, at: time) ?? scoring.detectionProbability
    }

    /// P̂_D of track `i` by a sensor of P_D `configured` (that P_D without `detectionRate`).
    private func detectionProbability(of i: Int, configured: Double) -> Double {
        guard let rate = detectionRate else { return configured }
        return rate.estimate(detections: tracks[i].detections, looks: tracks[i].looks, configured: configured)
    }

    /// A track no detection of this scan updated: one missed-detection existence update (with its
    /// own P̂_D) for each sensor that covers it and looked now, or one in all with the configured
    /// P_D when no sensor has seen it within `coverageMemory` (it is presumed gone).
    private mutating func recordMiss(_ i: Int, at time: Double, reporting: [Int]) {
        let memory = coverageMemory
        tracks[i].sightings.removeAll { time - $0.time > memory }
        if tracks[i].sightings.isEmpty {
            tracks[i].existence = existence.update(tracks[i].existence, likelihoodRatioSum: 0, scoring: scoring)
            tracks[i].consecutiveMisses += 1
            return
        }
        var missed = false
        for s in tracks[i].sightings where looks.looks(s.sensor, at: time, reportedNow: reporting.contains(s.sensor)) {
            let sensorPD = sensorDetectionProbability(s.sensor, at: time)
            countMiss(i, by: s.sensor, at: time)
            tracks[i].existence = existence.update(
                tracks[i].existence, likelihoodRatioSum: 0, scoring: scoring,
                detectionProbability: detectionProbability(of: i, configured: sensorPD))
            tracks[i].pendingLooks += 1
            tracks[i].pendingExpected += sensorPD
            missed = true
        }
        guard missed else { return }
        tracks[i].consecutiveMisses += 1
    }

    private mutating func associate(
        _ members: [Int], _ detections: [Detection], _ density: [Double], using associator: some DataAssociator,
        _ pass: AssociationScoring, _ scratch: inout PassScratch, markGated: Bool
    ) {
        guard !members.isEmpty, !detections.isEmpty else { return }
        // Tentative tracks see only the detections confirmed tracks left over.
        var local = detections
        var map = Array(detections.indices)
        if !markGated {
            local = []
            map = []
            for (j, d) in detections.enumerated() where !scratch.used[j] {
                local.append(d)
                map.append(j)
            }
            if local.isEmpty { return }
        }
        let members = hypothesiser.reaching(local, among: members) { tracks[$0].state.gaussian }
        guard !members.isEmpty else { return }
        var table = hypothesiser.hypothesise(members.map { tracks[$0].state }, local)
        if !density.isEmpty {
            for k in table.hypotheses.indices { table.hypotheses[k].clutterDensity = density[map[table.hypotheses[k].detection]] }
        }
        let associations = associator.associate(table)
        let updater = hypothesiser.updater
        // Under JPDA several tracks may share a detection; it counts as a detection (for existence
        // and hits) only for the track most likely to own it, so two tracks on one target (JPDA's
        // coalescence) do not both stay alive: the other is updated but scored as missed.
        var owner = [(weight: Double, row: Int)](repeating: (0, -1), count: local.count)
        for row in members.indices {
            guard case .weighted(let terms, _) = associations[row] else { continue }
            for (k, w) in terms where w > owner[table.hypotheses[k].detection].weight {
                owner[table.hypotheses[k].detection] = (w, row)
            }
        }
        for (row, i) in members.enumerated() {
            switch associations[row] {
            case .missed:
                break
            case .hypothesis(let k):
                let h = table.hypotheses[k]
                tracks[i].state = updater.update(tracks[i].state, with: local[h.detection], prediction: h.prediction)
                scratch.ratioSum[i] = Double.exp(min(pass.logLikelihoodRatio(h), 700))
                scratch.hit[i] = true
                scratch.thermal[i] = local[h.detection].thermalSize
                scratch.used[map[h.detection]] = true
                scratch.taken[i] = map[h.detection]
                if markGated {
                    scratch.mass[map[h.detection]] += tracks[i].existence
                    learnMotion(i, from: local[h.detection], weight: 1)
                }
            case .weighted(let terms, let missed):
                var weighted: [WeightedDetection] = []
                weighted.reserveCapacity(terms.count)
                var best = -1, bestWeight = missed
                for (k, w) in terms {
                    let h = table.hypotheses[k]
                    weighted.append(WeightedDetection(detection: local[h.detection], prediction: h.prediction, weight: w))
                    scratch.mass[map[h.detection]] += w * tracks[i].existence
                    guard owner[h.detection].row == row else { continue }
                    scratch.ratioSum[i] += Double.exp(min(pass.logLikelihoodRatio(h), 700))
                    if w > bestWeight {
                        bestWeight = w
                        best = k
                    }
                }
                if !weighted.isEmpty {
                    tracks[i].state = updater.update(tracks[i].state, weighted: weighted, missedWeight: missed)
                }
                if best >= 0 {
                    scratch.hit[i] = true
                    scratch.thermal[i] = local[table.hypotheses[best].detection].thermalSize
                    if markGated { learnMotion(i, from: local[table.hypotheses[best].detection], weight: bestWeight) }
                }
            }
        }
        // Detections inside a confirmed track's gate do not start new tracks (as in Stone Soup's
        // JPDA tracker): they were explained, or are clutter near a known target.
        if markGated {
            for h in table.hypotheses { scratch.used[map[h.detection]] = true }
        }
    }
}
