/// Corrects a predicted belief with detections (Stone Soup's `Updater`).
public protocol Updater: Sendable {
    associatedtype State: TrackState
    /// ẑ, S and P Hᵀ for `detection` given the predicted belief (the hypothesiser gates with it).
    func predictMeasurement(_ predicted: State, for detection: Detection) -> MeasurementPrediction
    /// The posterior after associating exactly one detection.
    func update(_ predicted: State, with detection: Detection, prediction: MeasurementPrediction) -> State
    /// The probabilistic-data-association posterior: a mixture of "missed" (weight β₀) and each
    /// detection j (weight βⱼ), reduced to the state type by moment matching.
    func update(_ predicted: State, weighted: [WeightedDetection], missedWeight: Double) -> State
}

/// One term of a probabilistic data association: detection, its prediction and its weight β.
public struct WeightedDetection: Sendable {
    public var detection: Detection
    public var prediction: MeasurementPrediction
    public var weight: Double

    public init(detection: Detection, prediction: MeasurementPrediction, weight: Double) {
        self.detection = detection
        self.prediction = prediction
        self.weight = weight
    }
}
