/// How an interchange detection that carries a range and bearing becomes the tracker's
/// measurement: as a position with its covariance, or in polar form from the sensor (an EKF
/// measurement) with the noise given here or taken from the detection's covariance. The
/// values come from the tracker's configuration (`Pipeline.TrackerConfiguration`), which holds
/// the defaults.
public struct DetectionConversion: Hashable, Sendable {
    /// Whether range/bearing detections are filtered in polar form.
    public var polar: Bool
    /// Range noise of polar measurements, metres; nil takes it from each detection's covariance.
    public var rangeSigma: Double?
    /// Bearing noise of polar measurements, **degrees**; nil takes it from each detection's covariance.
    public var bearingSigma: Double?

    /// A conversion; see the properties.
    public init(polar: Bool, rangeSigma: Double?, bearingSigma: Double?) {
        self.polar = polar
        self.rangeSigma = rangeSigma
        self.bearingSigma = bearingSigma
    }
}
