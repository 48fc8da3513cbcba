/// The six standard compositions of `MultiTargetTracker` (constant velocity, the stop-and-go IMM
/// or the stop–walk–manoeuvre IMM; GNN or JPDA), built inside this module so that the optimiser specialises the generic tracker
/// for each — callers in other modules would otherwise run unspecialised generic code through
/// witness tables (measured 1.4–2× slower).
public struct StandardTracker: Sendable {
    public enum Motion: Sendable { case constantVelocity, stopAndGo, stopWalkManoeuvre }
    public enum Association: Sendable { case globalNearestNeighbour, jpda }

    typealias CV = KalmanPredictor<ConstantVelocity>
    typealias IMM = StopGoIMMPredictor<ConstantVelocity, NearStationary>
    typealias IMM3 = ManoeuvreIMMPredictor<NearStationary, ConstantVelocity>
    typealias GNN = GlobalNearestNeighbourAssociator

    enum Storage: Sendable {
        case cvGNN(MultiTargetTracker<CV, KalmanUpdater, GNN, SinglePointInitiator<GaussianState>, ExistenceDeleter, KinematicClassifier>)
        case cvJPDA(MultiTargetTracker<CV, KalmanUpdater, JPDAAssociator, SinglePointInitiator<GaussianState>, ExistenceDeleter, KinematicClassifier>)
        case immGNN(MultiTargetTracker<IMM, StopGoIMMUpdater, GNN, SinglePointInitiator<StopGoState>, ExistenceDeleter, KinematicClassifier>)
        case immJPDA(MultiTargetTracker<IMM, StopGoIMMUpdater, JPDAAssociator, SinglePointInitiator<StopGoState>, ExistenceDeleter, KinematicClassifier>)
        case imm3GNN(MultiTargetTracker<IMM3, ManoeuvreIMMUpdater, GNN, SinglePointInitiator<ManoeuvreState>, ExistenceDeleter, KinematicClassifier>)
        case imm3JPDA(MultiTargetTracker<IMM3, ManoeuvreIMMUpdater, JPDAAssociator, SinglePointInitiator<ManoeuvreState>, ExistenceDeleter, KinematicClassifier>)
        /// Held only while a step runs, so the tracker taken out is uniquely referenced and its
        /// arrays are mutated in place rather than copied.
        case stepping
    }

    var storage: Storage

    /// - Parameters:
    ///   - processNoise: q of the constant-velocity model (also the IMMs' moving / walking mode), m²/s³.
    ///   - manoeuvreNoise: q of the stop–walk–manoeuvre IMM's manoeuvring mode, m²/s³.
    ///   - gate: the χ² gate; `cellSize` the gating grid's cell, metres.
    ///   - speedSigma: σ_v of a new track's velocity, m/s.
    ///   - detectionRate: how each track learns its own P_D (nil: the configured P_D for all).
    ///   - coverageMemory: seconds a sensor that detected a track is taken to still cover it.
    ///   - clutterMap: how the clutter density is learnt (nil: `scoring`'s, fixed, everywhere).
    ///   - sensorRates: how each sensor's P_D is learnt (nil: `scoring`'s, fixed, for every sensor).
    ///   - processNoiseLearner: how the moving mode's q is learnt (nil: `processNoise`, always).
    ///   - lifetimeLearner: how τ, the time targets stay in view, is learnt (nil: `existence`'s, always).
    ///   - speedSpreadLearner: how σ_v of new tracks is learnt (nil: `speedSigma`, always).
    ///   - detectionDispersion: how the weight of a sensor's P̂_s in each track's own P̂_D is learnt
    ///     (nil: `detectionRate`'s, always).
    public init(
        motion: Motion, association: Association, processNoise: Double, manoeuvreNoise: Double = 1,
        scoring: AssociationScoring,
        gate: ChiSquareGate, cellSize: Double, speedSigma: Double, existence: ExistenceModel, deleter: ExistenceDeleter,
        classifier: KinematicClassifier = KinematicClassifier(), detectionRate: DetectionRate? = DetectionRate(),
        coverageMemory: Double = 30, clutterMap: ClutterMap? = nil, sensorRates: SensorDetectionRates? = nil,
        processNoiseLearner: ProcessNoiseLearner? = nil, lifetimeLearner: LifetimeLearner? = nil,
        speedSpreadLearner: SpeedSpreadLearner? = nil, detectionDispersion: DetectionRateDispersion? = nil
    ) {
        let cv = ConstantVelocity(noiseDiffusion: processNoise)
        let imm = StopGoIMMPredictor(moving: cv, stopped: NearStationary())
        let imm3 = ManoeuvreIMMPredictor(
            stopped: NearStationary(), walking: cv, manoeuvring: ConstantVelocity(noiseDiffusion: manoeuvreNoise))
        switch (motion, association) {
        case (.constantVelocity, .globalNearestNeighbour):
            storage = .cvGNN(
                MultiTargetTracker(
                    predictor: KalmanPredictor(transitionModel: cv),
                    hypothesiser: DistanceHypothesiser(updater: KalmanUpdater(), gate: gate, cellSize: cellSize),
                    associator: GNN(scoring: scoring), initiator: SinglePointInitiator(speedSigma: speedSigma),
                    deleter: deleter, classifier: classifier, existence: existence, scoring: scoring))
        case (.constantVelocity, .jpda):
            storage = .cvJPDA(
                MultiTargetTracker(
                    predictor: KalmanPredictor(transitionModel: cv),
                    hypothesiser: DistanceHypothesiser(updater: KalmanUpdater(), gate: gate, cellSize: cellSize),
                    associator: JPDAAssociator(scoring: scoring), initiator: SinglePointInitiator(speedSigma: speedSigma),
                    deleter: deleter, classifier: classifier, existence: existence, scoring: scoring))
        case (.stopAndGo, .globalNearestNeighbour):
            storage = .immGNN(
                MultiTargetTracker(
                    predictor: imm,
                    hypothesiser: DistanceHypothesiser(updater: StopGoIMMUpdater(), gate: gate, cellSize: cellSize),
                    associator: GNN(scoring: scoring), initiator: SinglePointInitiator(speedSigma: speedSigma),
                    deleter: deleter, classifier: classifier, existence: existence, scoring: scoring))
        case (.stopAndGo, .jpda):
            storage = .immJPDA(
                MultiTargetTracker(
                    predictor: imm,
                    hypothesiser: DistanceHypothesiser(updater: StopGoIMMUpdater(), gate: gate, cellSize: cellSize),
                    associator: JPDAAssociator(scoring: scoring), initiator: SinglePointInitiator(speedSigma: speedSigma),
                    deleter: deleter, classifier: classifier, existence: existence, scoring: scoring))
        case (.stopWalkManoeuvre, .globalNearestNeighbour):
            storage = .imm3GNN(
                MultiTargetTracker(
                    predictor: imm3,
                    hypothesiser: DistanceHypothesiser(updater: ManoeuvreIMMUpdater(), gate: gate, cellSize: cellSize),
                    associator: GNN(scoring: scoring), initiator: SinglePointInitiator(speedSigma: speedSigma),
                    deleter: deleter, classifier: classifier, existence: existence, scoring: scoring))
        case (.stopWalkManoeuvre, .jpda):
            storage = .imm3JPDA(
                MultiTargetTracker(
                    predictor: imm3,
                    hypothesiser: DistanceHypothesiser(updater: ManoeuvreIMMUpdater(), gate: gate, cellSize: cellSize),
                    associator: JPDAAssociator(scoring: scoring), initiator: SinglePointInitiator(speedSigma: speedSigma),
                    deleter: deleter, classifier: classifier, existence: existence, scoring: scoring))
        }
        let learning = Learning(
            detectionRate: detectionRate, coverageMemory: coverageMemory, clutterMap: clutterMap, sensorRates: sensorRates,
            processNoise: processNoiseLearner, lifetime: lifetimeLearner, speedSpread: speedSpreadLearner,
            dispersion: detectionDispersion)
        switch storage {
        case .cvGNN(var t): learning.apply(to: &t); storage = .cvGNN(t)
        case .cvJPDA(var t): learning.apply(to: &t); storage = .cvJPDA(t)
        case .immGNN(var t): learning.apply(to: &t); storage = .immGNN(t)
        case .immJPDA(var t): learning.apply(to: &t); storage = .immJPDA(t)
        case .imm3GNN(var t): learning.apply(to: &t); storage = .imm3GNN(t)
        case .imm3JPDA(var t): learning.apply(to: &t); storage = .imm3JPDA(t)
        case .stepping: break
        }
    }

    /// What a composition learns, and how, set on whichever tracker it builds.
    private struct Learning {
        var detectionRate: DetectionRate?
        var coverageMemory: Double
        var clutterMap: ClutterMap?
        var sensorRates: SensorDetectionRates?
        var processNoise: ProcessNoiseLearner?
        var lifetime: LifetimeLearner?
        var speedSpread: SpeedSpreadLearner?
        var dispersion: DetectionRateDispersion?

        func apply<P, U, A, I, D, C>(to t: inout MultiTargetTracker<P, U, A, I, D, C>) {
            t.detectionRate = detectionRate
            t.coverageMemory = coverageMemory
            t.clutterMap = clutterMap
            t.sensorRates = sensorRates
            t.processNoise = processNoise
            t.lifetime = lifetime
            t.speedSpread = speedSpread
            t.dispersion = dispersion
        }
    }

    /// The moving mode's q used at the last scan, m²/s³: learnt (`ProcessNoiseLearner`) or as
    /// configured.
    public var movingNoise: Double? { conditions?.movingNoise }

    /// What the tracker assumes now of the conditions it learns (see `LearntConditions`); nil
    /// only while a step runs.
    public var conditions: LearntConditions? {
        switch storage {
        case .cvGNN(let t): t.conditions
        case .cvJPDA(let t): t.conditions
        case .immGNN(let t): t.conditions
        case .immJPDA(let t): t.conditions
        case .imm3GNN(let t): t.conditions
        case .imm3JPDA(let t): t.conditions
        case .stepping: nil
        }
    }

    /// One scan (see `MultiTargetTracker.step(at:detections:)`).
    public mutating func step(at time: Double, detections: [Detection]) -> [TrackReport] {
        switch storage {
        case .cvGNN(var t):
            storage = .stepping
            defer { storage = .cvGNN(t) }
            return t.step(at: time, detections: detections)
        case .cvJPDA(var t):
            storage = .stepping
            defer { storage = .cvJPDA(t) }
            return t.step(at: time, detections: detections)
        case .immGNN(var t):
            storage = .stepping
            defer { storage = .immGNN(t) }
            return t.step(at: time, detections: detections)
        case .immJPDA(var t):
            storage = .stepping
            defer { storage = .immJPDA(t) }
            return t.step(at: time, detections: detections)
        case .imm3GNN(var t):
            storage = .stepping
            defer { storage = .imm3GNN(t) }
            return t.step(at: time, detections: detections)
        case .imm3JPDA(var t):
            storage = .stepping
            defer { storage = .imm3JPDA(t) }
            return t.step(at: time, detections: detections)
        case .stepping:
            preconditionFailure("StandardTracker.step re-entered")
        }
    }
}
