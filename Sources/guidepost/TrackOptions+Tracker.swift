import Tracking

extension TrackOptions {
    /// The tracker these options describe (the same for `guidepost track` and `guidepost run`).
    func makeTracker() -> StandardTracker {
        let scoring = AssociationScoring(detectionProbability: pd, gateProbability: gate, clutterDensity: clutterDensity)
        return StandardTracker(
            motion: filter == .cv ? .constantVelocity : .stopAndGo,
            association: associator == .gnn ? .globalNearestNeighbour : .jpda,
            processNoise: processNoise, scoring: scoring, gate: ChiSquareGate(probability: gate), cellSize: cell,
            speedSigma: speedSigma,
            existence: ExistenceModel(
                initial: ExistenceModel.initialExistence(birthDensity: birthDensity, clutterDensity: clutterDensity),
                confirmation: confirm, minimumHits: minHits, meanLifetime: lifetime),
            deleter: ExistenceDeleter(confirmedThreshold: deleteBelow),
            detectionRate: fixedPd ? nil : DetectionRate(), coverageMemory: coverageMemory)
    }
}
