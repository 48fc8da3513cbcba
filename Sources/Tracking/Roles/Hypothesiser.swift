/// Proposes, for every track, the detections it could have produced, with their distances and
/// likelihoods (Stone Soup's `Hypothesiser`). The missed detection is implicit in every track's
/// list (STYLE.md S5): associators always have it.
public protocol Hypothesiser: Sendable {
    associatedtype State: TrackState
    func hypothesise(_ predicted: [State], _ detections: [Detection]) -> HypothesisTable
}

/// A track–detection pairing that passed the gate.
public struct Hypothesis: Sendable, Equatable {
    public var track: Int
    public var detection: Int
    /// d² = νᵀ S⁻¹ ν.
    public var mahalanobisSquared: Double
    /// ln N(ν; 0, S).
    public var logLikelihood: Double
    public var prediction: MeasurementPrediction
    /// λ where the detection lies, when the tracker knows it there (`ClutterMap`); nil takes the
    /// scoring's one density.
    public var clutterDensity: Double?

    public init(track: Int, detection: Int, mahalanobisSquared: Double, logLikelihood: Double, prediction: MeasurementPrediction) {
        self.track = track
        self.detection = detection
        self.mahalanobisSquared = mahalanobisSquared
        self.logLikelihood = logLikelihood
        self.prediction = prediction
    }
}

/// All hypotheses of one scan, grouped by track (compressed rows): the hypotheses of track i are
/// `hypotheses[rowStart[i] ..< rowStart[i + 1]]`, in ascending detection order.
public struct HypothesisTable: Sendable {
    public var trackCount: Int
    public var detectionCount: Int
    public var hypotheses: [Hypothesis]
    public var rowStart: [Int]

    public init(trackCount: Int, detectionCount: Int, hypotheses: [Hypothesis], rowStart: [Int]) {
        self.trackCount = trackCount
        self.detectionCount = detectionCount
        self.hypotheses = hypotheses
        self.rowStart = rowStart
    }

    public func row(_ track: Int) -> Range<Int> { rowStart[track]..<rowStart[track + 1] }
}
