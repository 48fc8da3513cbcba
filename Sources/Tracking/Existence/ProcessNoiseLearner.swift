public import GuidepostCore
import RealModule

/// The process noise q of the moving mode, learnt online from the confirmed tracks, so that
/// nobody has to tell the tracker how its targets move (issue 18: on Stone Soup's simulator a q
/// set for the wrong targets cost 1.6 % of GOSPA over the sweep, and every σ = 15 m cell lost).
///
/// A bank of constant-velocity Kalman filters, one per candidate q on a geometric grid, shadows
/// up to `maxShadows` confirmed tracks while they move (stationary probability below ½; a stop
/// restarts the shadow, since the IMM's stopped mode explains it, not q). Each shadow takes the
/// detection its track's association settled on (weight ≥ `decisive`). Once a shadow has had
/// `warmUp` updates, each candidate adds the log predictive likelihood
/// ln N(z; H m⁻, H P⁻ Hᵀ + R) of the detection: summed, the exact log likelihood of that q under
/// the constant-velocity model (model selection by likelihood, Bar-Shalom, Li & Kirubarajan 2001,
/// §11.2). Sums fade with half-life `halfLife` seconds of feed time. The estimate maximises the
/// sum plus a Gaussian log prior on ln q about the configured q (σ `priorSpread`), between grid
/// points by a parabola in ln q.
/// - Complexity: O(K) 4×4 Kalman steps per decisive update of a shadowed track (K candidates);
///   memory O(K · maxShadows).
public struct ProcessNoiseLearner: Sendable {
    /// The candidate q, m²/s³, increasing.
    public let candidates: [Double]
    /// Seconds of feed time after which what was learnt counts half.
    public var halfLife: Double
    /// Updates of a shadow before its likelihoods count (the start, from one detection and a
    /// velocity prior, says nothing about q).
    public var warmUp: Int
    /// At most this many tracks are shadowed at once.
    public var maxShadows: Int
    /// A track's detection feeds its shadow only when its association weight is at least this.
    public var decisive: Double
    /// σ of the prior on ln q about the configured q.
    public var priorSpread: Double
    /// A detection this far (χ², 2 degrees of freedom) from every candidate's prediction is taken
    /// for a wrong association: the shadow restarts from it, and nothing is counted.
    public var outlier: Double

    private struct Shadow: Sendable {
        var states: [GaussianState]
        var updates: Int
        var time: Double
    }

    private var logLikelihood: [Double]
    private var evidenceTime: Double?
    private var shadows: [TrackID: Shadow] = [:]
    private var lastSweep = -Double.infinity
    /// Detections counted so far (faded like the sums).
    public private(set) var weight = 0.0

    /// 0.005 × 2ᵏ m²/s³, k = 0 … 10: from a man creeping (0.005) to a bolting animal (5.12).
    public static let standardCandidates: [Double] = [0.005, 0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12]

    /// - Parameters:
    ///   - candidates: the q grid, m²/s³, increasing.
    public init(
        candidates: [Double] = standardCandidates, halfLife: Double = 3_600,
        warmUp: Int = 3, maxShadows: Int = 64, decisive: Double = 0.9, priorSpread: Double = 1.5, outlier: Double = 16
    ) {
        precondition(candidates.count >= 3 && candidates.allSatisfy { $0 > 0 } && zip(candidates, candidates.dropFirst()).allSatisfy { $0 < $1 },
            "ProcessNoiseLearner needs at least three positive candidates, increasing")
        precondition(halfLife > 0 && warmUp >= 1 && maxShadows >= 1 && priorSpread > 0 && outlier > 0,
            "ProcessNoiseLearner's half-life, warm-up, shadows, prior spread and outlier bound must be positive")
        self.candidates = candidates
        self.halfLife = halfLife
        self.warmUp = warmUp
        self.maxShadows = maxShadows
        self.decisive = decisive
        self.priorSpread = priorSpread
        self.outlier = outlier
        self.logLikelihood = Array(repeating: 0, count: candidates.count)
    }

    /// Tracks shadowed now.
    public var shadowed: Int { shadows.count }

    /// q̂ at `time`, starting from the `configured` q, kept within the grid.
    public func estimate(configured: Double, at time: Double) -> Double {
        guard weight > 0, let t0 = evidenceTime else { return configured }
        let f = fading(time - t0)
        let prior = Double.log(configured)
        let score = zip(candidates, logLikelihood).map { q, l in
            let z = (Double.log(q) - prior) / priorSpread
            return l * f - 0.5 * z * z
        }
        var k = 0
        for i in score.indices where score[i] > score[k] { k = i }
        let lnq = Double.log(candidates[k])
        guard k > 0, k < candidates.count - 1 else { return candidates[k] }
        // The parabola through the best point and its neighbours, in ln q.
        let (a, b, c) = (score[k - 1], score[k], score[k + 1])
        let (x0, x1, x2) = (Double.log(candidates[k - 1]), lnq, Double.log(candidates[k + 1]))
        let d0 = (b - a) / (x1 - x0), d1 = (c - b) / (x2 - x1)
        let curvature = (d1 - d0) / ((x2 - x0) / 2)
        guard curvature < 0 else { return candidates[k] }
        let peak = (x0 + x1) / 2 - d0 / curvature
        return Double.exp(min(max(peak, x0), x2))
    }

    /// Feeds `detection`, the one confirmed track `id`'s association settled on with weight
    /// `associationWeight`; `updated` is the track's state after it (a new shadow starts from it),
    /// `stationary` its stationary probability when its filter knows one.
    public mutating func observe(
        _ id: TrackID, detection: Detection, associationWeight: Double, updated: GaussianState, stationary: Double?,
        at time: Double
    ) {
        sweep(at: time)
        guard associationWeight >= decisive else { return }
        if case .fenceSegment = detection.measurement { return }
        if let s = stationary, s >= 0.5 {
            shadows[id] = nil
            return
        }
        // Taken out while it is fed, so that its states are mutated in place, not copied.
        guard var shadow = shadows.removeValue(forKey: id) else {
            if shadows.count < maxShadows {
                shadows[id] = Shadow(states: Array(repeating: updated, count: candidates.count), updates: 0, time: time)
            }
            return
        }
        guard time > shadow.time else {
            shadows[id] = shadow
            return
        }
        let z = detection.measurementVector
        var likelihoods = [Double](repeating: 0, count: candidates.count)
        var nearest = Double.infinity
        for k in candidates.indices {
            let predicted = KalmanPredictor(transitionModel: ConstantVelocity(noiseDiffusion: candidates[k]))
                .predict(shadow.states[k], to: time)
            let prediction = detection.predictMeasurement(predicted)
            let v = prediction.innovation(z)
            let d2 = prediction.mahalanobisSquared(v)
            // A degenerate detection (singular covariance) ends the shadow; the next starts anew.
            guard d2.isFinite else { return }
            nearest = min(nearest, d2)
            likelihoods[k] = prediction.logLikelihood(mahalanobisSquared: d2)
            shadow.states[k] = KalmanUpdater.update(predicted, innovation: v, prediction: prediction)
        }
        if nearest > outlier {
            shadows[id] = Shadow(states: Array(repeating: updated, count: candidates.count), updates: 0, time: time)
            return
        }
        shadow.updates += 1
        shadow.time = time
        shadows[id] = shadow
        guard shadow.updates > warmUp else { return }
        let f = evidenceTime.map { fading(time - $0) } ?? 1
        for k in candidates.indices { logLikelihood[k] = logLikelihood[k] * f + likelihoods[k] }
        weight = weight * f + 1
        evidenceTime = max(evidenceTime ?? time, time)
    }

    /// Drops the shadows of tracks not fed for a minute (deleted, or stopped being decisive),
    /// once a minute of feed time.
    private mutating func sweep(at time: Double) {
        guard time - lastSweep >= 60 else { return }
        lastSweep = time
        shadows = shadows.filter { time - $0.value.time < 60 }
    }

    @inline(__always)
    private func fading(_ dt: Double) -> Double { dt <= 0 ? 1 : Double.exp2(-dt / halfLife) }
}
