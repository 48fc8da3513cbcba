public import GuidepostCore
public import Tracking

/// Turns interchange detections into the tracker's: numbers sensors in order of appearance, makes
/// a fence-zone alarm a measurement along its zone's segment, and (with `polar`) a range and
/// bearing from the sensor. The one conversion behind `guidepost track` (detections from a file)
/// and every run (detections from the simulated field), so the tracker sees the same either way.
public struct DetectionConverter: Sendable {
    /// The fence zones alarms are placed along.
    public let zones: FenceZones
    /// How range/bearing detections are measured.
    public let conversion: DetectionConversion
    private var sensors: [String: Int] = [:]

    /// A converter that has seen no sensor yet.
    public init(zones: FenceZones, conversion: DetectionConversion) {
        self.zones = zones
        self.conversion = conversion
    }

    /// The tracker's detection for record `r` (with its apparent thermal size, if given).
    public mutating func detection(_ r: DetectionRecord, size: Double?) -> Detection {
        let sensorIndex: Int
        if let known = sensors[r.sensor] { sensorIndex = known } else {
            sensorIndex = sensors.count
            sensors[r.sensor] = sensorIndex
        }
        var d = Detection(time: r.t, position: r.position, covariance: r.cov, sensor: sensorIndex, thermalSize: size)
        if r.kind == .fence, let zone = r.zone, let segment = zones.segments[zone] {
            d.measurement = .fenceSegment(FenceSegmentMeasurementModel(start: segment.0, end: segment.1))
        } else if conversion.polar, let range = r.range, let bearing = r.bearing, r.kind != .fence {
            let polar = RangeBearing(range: range, bearing: bearing * radiansPerDegree)
            let sensor = polar.origin(of: r.position)
            let noise = polar.noise(of: r.cov)
            d.measurement = .rangeBearing(
                RangeBearingMeasurementModel(
                    sensor: sensor, range: range, bearing: polar.bearing, rangeSigma: conversion.rangeSigma ?? noise.rangeSigma,
                    bearingSigma: conversion.bearingSigma.map { $0 * radiansPerDegree } ?? noise.bearingSigma))
        }
        return d
    }
}
