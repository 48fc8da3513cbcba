import GuidepostCore
import Tracking

/// The tracker as `guidepost track` composed it by default before it learnt its conditions
/// (stop-and-go IMM + JPDA), for tests; `learn` turns the clutter map and the sensors' P_D on
/// (the default) or off (the configured λ and P_D everywhere, always); `learnMotion` the
/// process-noise learner (off by default: these tests were written for a fixed q, and
/// `ProcessNoiseLearnerTests` tests the learner; with it on, ClassificationTests' herd on seed 4
/// reads `unknown`, p 0.586; the default composition reads it right: see
/// `ClassificationTests.animalGroupIsAnimalAndWalkerIsHumanWithTheDefaultTracker`).
func makeTracker(
    pd: Double = 0.9, clutterDensity: Double = 1e-6, processNoise: Double = 0.02, learn: Bool = true,
    learnMotion: Bool = false
) -> MultiTargetTracker<
    StopGoIMMPredictor<ConstantVelocity, NearStationary>, StopGoIMMUpdater, JPDAAssociator,
    SinglePointInitiator<StopGoState>, ExistenceDeleter, KinematicClassifier
> {
    let scoring = AssociationScoring(detectionProbability: pd, gateProbability: 0.999, clutterDensity: clutterDensity)
    var tracker = MultiTargetTracker(
        predictor: StopGoIMMPredictor(moving: ConstantVelocity(noiseDiffusion: processNoise), stopped: NearStationary()),
        hypothesiser: DistanceHypothesiser(updater: StopGoIMMUpdater()),
        associator: JPDAAssociator(scoring: scoring),
        initiator: SinglePointInitiator(speedSigma: 3), deleter: ExistenceDeleter(), classifier: KinematicClassifier(),
        existence: ExistenceModel(
            initial: ExistenceModel.initialExistence(birthDensity: 2.5e-9, clutterDensity: clutterDensity)),
        scoring: scoring)
    if !learn {
        tracker.clutterMap = nil
        tracker.sensorRates = nil
    }
    if !learnMotion { tracker.processNoise = nil }
    return tracker
}

/// An EPSG:5179-like origin, far from zero, so tests exercise large coordinates.
let origin = Point(x: 1_034_512.0, y: 2_012_345.0)