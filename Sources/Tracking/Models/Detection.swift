public import GuidepostCore

/// One detection as the tracker sees it: where, when, how sure, and how it was measured. The
/// tracker cannot tell whether it came from a simulator or a real sensor.
public struct Detection: Sendable, Equatable {
    /// Seconds since the scenario's start.
    public var time: Double
    /// The measured (or, for range/bearing, the converted) position.
    public var position: Point
    /// Position noise covariance, m².
    public var covariance: Covariance2
    /// How the measurement relates to the state.
    public var measurement: MeasurementKind
    /// Index of the reporting sensor in the caller's own sensor table (for diagnostics).
    public var sensor: Int
    /// Apparent thermal size in metres (height of a person, length of an animal or vehicle), when given.
    public var thermalSize: Double?

    public init(
        time: Double, position: Point, covariance: Covariance2, measurement: MeasurementKind = .position,
        sensor: Int = 0, thermalSize: Double? = nil
    ) {
        self.time = time
        self.position = position
        self.covariance = covariance
        self.measurement = measurement
        self.sensor = sensor
        self.thermalSize = thermalSize
    }
}

/// The measurement models a detection can carry; an enum so the hot loop dispatches without
/// existentials.
public enum MeasurementKind: Sendable, Equatable {
    /// z = (x, y) with noise R = the detection's covariance (linear Kalman).
    case position
    /// z = (r, θ) from a sensor at a known position, θ clockwise from grid north (EKF).
    case rangeBearing(RangeBearingMeasurementModel)
    /// A fence-zone alarm: somewhere along a segment (a linear model with elongated noise).
    case fenceSegment(FenceSegmentMeasurementModel)
}

extension Detection {
    /// The model for this detection, ready to predict what a state should produce.
    @inline(__always)
    public func predictMeasurement(_ state: GaussianState) -> MeasurementPrediction {
        switch measurement {
        case .position:
            return PositionMeasurementModel(noise: covariance).predictMeasurement(state)
        case .rangeBearing(let model):
            return model.predictMeasurement(state)
        case .fenceSegment(let model):
            return model.predictMeasurement(state)
        }
    }

    /// The measurement vector z.
    @inline(__always)
    public var measurementVector: SIMD2<Double> {
        switch measurement {
        case .position: return SIMD2(position.x, position.y)
        case .rangeBearing(let model): return SIMD2(model.range, model.bearing)
        case .fenceSegment(let model): return model.measurementVector
        }
    }
}
