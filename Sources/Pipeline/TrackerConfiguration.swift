public import FieldSimulation
import GuidepostCore
public import Tracking

/// The tracker's parameters as a plain value, and the one home of their defaults: people and
/// animals on foot watched by thermal cameras and ground radar a few seconds apart.
/// `guidepost track` maps its options onto it, `guidepost run` and the console's demo take the
/// defaults, so every front end tracks with the same tracker (`makeTracker()`).
public struct TrackerConfiguration: Hashable, Sendable {
    /// Data association.
    public enum Association: String, Hashable, Sendable, CaseIterable {
        /// Global nearest neighbour (optimal assignment).
        case gnn
        /// Joint probabilistic data association.
        case jpda
    }

    /// Motion model.
    public enum Motion: String, Hashable, Sendable, CaseIterable {
        /// Constant velocity.
        case cv
        /// Stop-and-go interacting multiple model (two modes).
        case imm
        /// Stop–walk–manoeuvre interacting multiple model (three modes: near-stationary, `processNoise`,
        /// `manoeuvreNoise`), for targets whose process noise is not known.
        case imm3
    }

    /// Data association.
    public var associator = Association.jpda
    /// Motion model.
    public var filter = Motion.imm3
    /// Acceleration noise q of the constant-velocity model (the IMMs' moving / walking mode),
    /// m²/s³: where the tracker starts; it learns the targets' own from its confirmed tracks
    /// unless `fixedProcessNoise` (`ProcessNoiseLearner`).
    public var processNoise = 0.02
    /// Whether `processNoise` is used always instead of being learnt.
    public var fixedProcessNoise = false
    /// Acceleration noise of the stop–walk–manoeuvre IMM's manoeuvring mode, m²/s³.
    public var manoeuvreNoise = 1.0
    /// Probability that a sensor detects a target in a scan.
    public var pd = 0.9
    /// False detections per square metre per scan (clutter density λ): where the tracker starts;
    /// it learns each sensor's and each place's own as it goes unless `fixedClutter`.
    public var clutterDensity = 1e-7
    /// Whether `clutterDensity` is used everywhere, always, instead of being learnt (`ClutterMap`).
    public var fixedClutter = false
    /// Probability that a true detection falls inside the χ² gate.
    public var gate = 0.999
    /// Standard deviation of a new track's speed in each axis, m/s (where it starts with
    /// `learnSpeedSigma`).
    public var speedSigma = 3.0
    /// Whether σ_v is learnt from the confirmed tracks' speeds (`SpeedSpreadLearner`). Off by
    /// default: on the sweep it is worth 0.1 % of GOSPA and on the full border 0.02 %, less than
    /// the change to every scenario's tracks is worth checking for (docs/tracking.md).
    public var learnSpeedSigma = false
    /// New targets per square metre per scan (birth density β); a new track starts at β / (β + λ).
    public var birthDensity = 2.5e-9
    /// Existence probability at which a track is confirmed and reported (0.5 minimises GOSPA).
    public var confirm = 0.5
    /// Detections a track needs before it is confirmed.
    public var minHits = 2
    /// Existence probability below which a confirmed track is left out of the tracks file
    /// (`TrackFeed`, `guidepost track`) while it coasts: a track more likely gone than there is
    /// not reported, as it was not confirmed before it was likely (½ minimises GOSPA); 0 writes
    /// every confirmed track. The watch and `guidepost run` follow every confirmed track until it
    /// is deleted (an incident marks a track not seen for a while as lost on its own terms).
    public var reportAbove = 0.5
    /// c, metres: when set, a track must also be close enough to be of use within c to be
    /// written (`reports(_:)`), which minimises GOSPA with cut-off c. Off by default: a person
    /// 4 km from a TOD, known to ±100 m, is still a person to report.
    public var reportCutoff: Double?
    /// Existence probability below which a confirmed track is deleted.
    public var deleteBelow = 0.05
    /// Mean target lifetime, seconds (sets how fast existence decays while unseen; where it
    /// starts with `learnLifetime`).
    public var lifetime = 600.0
    /// Whether τ is learnt from the established tracks' times and ends (`LifetimeLearner`). Off
    /// by default: where targets end (Stone Soup's simulator) it is worth 0.7 % of GOSPA, but on
    /// the border most tracks end because their target is hidden, not gone, and it learns about a
    /// minute and drops tracks of targets still there (docs/tracking.md).
    public var learnLifetime = false
    /// Whether every sensor and track uses `pd` instead of learning its own detection probability.
    public var fixedPd = false
    /// Whether P_D is learnt without two biases: a sensor's looks that missed a track count only
    /// once the track is seen again (`SensorDetectionRates.missesAwaitDetection`), and the weight of
    /// a sensor's P̂_s in each track's own P̂_D is learnt from how far the tracks' records spread
    /// (`DetectionRateDispersion`). Off by default: on the sweep it takes GOSPA as low as being
    /// given the nominal parameters, but on the full border it costs 0.15 %, since there most tracks
    /// end hidden, not gone (docs/tracking.md).
    public var learnPdSpread = false
    /// Seconds a sensor that detected a track is taken to still cover it (its looks without the
    /// track are misses).
    public var coverageMemory = 30.0
    /// Seconds to hold detections back so that ones arriving late are put in order (`TrackFeed`).
    public var reorderWindow = 0.0
    /// Whether range/bearing detections are filtered in polar form (EKF from the sensor's
    /// position) instead of as positions with their covariance. On the simulator's full-border
    /// output the two score the same within noise (docs/tracking.md), so the simpler position
    /// form is the default.
    public var polar = false
    /// Range noise of range/bearing detections, metres; nil takes it from each detection's covariance.
    public var rangeSigma: Double?
    /// Bearing noise of range/bearing detections, degrees; nil takes it from each detection's covariance.
    public var bearingSigma: Double?
    /// Grid cell for gating, metres (within `cellRange`).
    public var cell = 250.0
    /// The gating cells a configuration may use, metres: below a metre the grid has more cells
    /// than a scan has detections for no gain (and 1e-9 m made every query walk ~10⁹ cells);
    /// above 100 km one cell holds the whole border.
    public static let cellRange: ClosedRange<Double> = 1...100_000

    /// The defaults.
    public init() {}

    /// How detections are turned into measurements for this tracker (`DetectionConverter`).
    public var detectionConversion: DetectionConversion {
        DetectionConversion(polar: polar, rangeSigma: rangeSigma, bearingSigma: bearingSigma)
    }

    private var motion: StandardTracker.Motion {
        switch filter {
        case .cv: .constantVelocity
        case .imm: .stopAndGo
        case .imm3: .stopWalkManoeuvre
        }
    }

    /// Whether the tracks file carries `report`: its existence r is at least `reportAbove`, and,
    /// with a `reportCutoff` c, reporting it lowers expected GOSPA — a track whose expected
    /// distance from its target is E[d] costs r·E[d] + (1 − r)·c/2 if reported and r·c/2 if not
    /// (cut-off c, α = 2), so it is reported when r ≥ (c/2) / (c − E[d]): ½ for an exactly known
    /// position, more for a young or coasting track whose position is uncertain (the GOSPA-optimal
    /// estimate of a Bernoulli component; García-Fernández, Rahmathullah & Svensson 2020).
    /// E[d] ≈ √(π tr P / 4), exact for an isotropic Gaussian position; `reportAbove` scales the
    /// rule (its ½ is the rule's ½).
    public func reports(_ report: TrackReport) -> Bool {
        guard reportAbove > 0 else { return true }
        guard let c = reportCutoff else { return report.existence >= reportAbove }
        let p = report.state.positionCovariance
        let expected = min((Double.pi * max(p.xx + p.yy, 0) / 4).squareRoot(), 0.999 * c)
        return report.existence >= reportAbove * c / (c - expected)
    }

    /// The tracker these parameters describe (the same for `guidepost track`, `guidepost run`
    /// and the console).
    public func makeTracker() -> StandardTracker {
        let scoring = AssociationScoring(detectionProbability: pd, gateProbability: gate, clutterDensity: clutterDensity)
        return StandardTracker(
            motion: motion, association: associator == .gnn ? .globalNearestNeighbour : .jpda,
            processNoise: processNoise, manoeuvreNoise: manoeuvreNoise, scoring: scoring, gate: ChiSquareGate(probability: gate), cellSize: cell,
            speedSigma: speedSigma,
            existence: ExistenceModel(
                initial: ExistenceModel.initialExistence(birthDensity: birthDensity, clutterDensity: clutterDensity),
                confirmation: confirm, minimumHits: minHits, meanLifetime: lifetime),
            deleter: ExistenceDeleter(confirmedThreshold: deleteBelow),
            detectionRate: fixedPd ? nil : DetectionRate(), coverageMemory: coverageMemory,
            clutterMap: fixedClutter ? nil : ClutterMap(prior: clutterDensity),
            sensorRates: fixedPd ? nil : sensorRates,
            processNoiseLearner: fixedProcessNoise ? nil : ProcessNoiseLearner(),
            lifetimeLearner: learnLifetime ? LifetimeLearner() : nil,
            speedSpreadLearner: learnSpeedSigma ? SpeedSpreadLearner() : nil,
            detectionDispersion: learnPdSpread && !fixedPd ? DetectionRateDispersion() : nil)
    }

    /// Each sensor's P_D learner as `learnPdSpread` has it.
    private var sensorRates: SensorDetectionRates {
        var rates = SensorDetectionRates()
        rates.missesAwaitDetection = learnPdSpread
        return rates
    }
}
