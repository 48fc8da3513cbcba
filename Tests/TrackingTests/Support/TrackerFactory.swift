import GuidepostCore
import Tracking

/// The tracker as `guidepost track` composes it by default (IMM + JPDA), for tests.
func makeTracker(
    pd: Double = 0.9, clutterDensity: Double = 1e-6, processNoise: Double = 0.02
) -> MultiTargetTracker<
    StopGoIMMPredictor<ConstantVelocity, NearStationary>, StopGoIMMUpdater, JPDAAssociator,
    SinglePointInitiator<StopGoState>, ExistenceDeleter, KinematicClassifier
> {
    let scoring = AssociationScoring(detectionProbability: pd, gateProbability: 0.999, clutterDensity: clutterDensity)
    return MultiTargetTracker(
        predictor: StopGoIMMPredictor(moving: ConstantVelocity(noiseDiffusion: processNoise), stopped: NearStationary()),
        hypothesiser: DistanceHypothesiser(updater: StopGoIMMUpdater()),
        associator: JPDAAssociator(scoring: scoring),
        initiator: SinglePointInitiator(speedSigma: 3), deleter: ExistenceDeleter(), classifier: KinematicClassifier(),
        existence: ExistenceModel(
            initial: ExistenceModel.initialExistence(birthDensity: 2.5e-9, clutterDensity: clutterDensity)),
        scoring: scoring)
}

/// An EPSG:5179-like origin, far from zero, so tests exercise large coordinates.
let origin = Point(x: 1_034_512.0, y: 2_012_345.0)
