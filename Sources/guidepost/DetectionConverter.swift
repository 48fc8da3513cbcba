import GuidepostCore
import Tracking

/// Turns interchange detections into the tracker's: numbers sensors in order of appearance, makes
/// a fence-zone alarm a measurement along its zone's segment, and (with `--polar`) a range and
/// bearing from the sensor. Shared by `guidepost track` and `guidepost run`.
struct DetectionConverter {
    let zones: FenceZones
    let options: TrackOptions
    private var sensors: [String: Int] = [:]

    init(zones: FenceZones, options: TrackOptions) {
        self.zones = zones
        self.options = options
    }

    /// The tracker's detection for record `r` (with its apparent thermal size, if given).
    mutating func detection(_ r: DetectionRecord, size: Double?) -> Detection {
        let sensorIndex: Int
        if let known = sensors[r.sensor] { sensorIndex = known } else {
            sensorIndex = sensors.count
            sensors[r.sensor] = sensorIndex
        }
        var d = Detection(time: r.t, position: r.position, covariance: r.cov, sensor: sensorIndex, thermalSize: size)
        if r.kind == .fence, let zone = r.zone, let segment = zones.segments[zone] {
            d.measurement = .fenceSegment(FenceSegmentMeasurementModel(start: segment.0, end: segment.1))
        } else if options.polar, let range = r.range, let bearing = r.bearing, r.kind != .fence {
            let polar = RangeBearing(range: range, bearing: bearing * radiansPerDegree)
            let sensor = polar.origin(of: r.position)
            let noise = polar.noise(of: r.cov)
            d.measurement = .rangeBearing(
                RangeBearingMeasurementModel(
                    sensor: sensor, range: range, bearing: polar.bearing, rangeSigma: options.rangeSigma ?? noise.rangeSigma,
                    bearingSigma: options.bearingSigma.map { $0 * radiansPerDegree } ?? noise.bearingSigma))
        }
        return d
    }
}
