public import GuidepostCore

/// Fence-zone segments by zone id, in the detections' metric frame: what turns a zone's alarm
/// into a measurement along the zone (`DetectionConverter`) rather than a point at its middle.
/// A run takes them from the simulator's zones (`SimulatedField`); `guidepost track
/// --fence-zones` reads them from a file.
public struct FenceZones: Sendable {
    /// Each zone's segment, one end to the other.
    public var segments: [String: (Point, Point)] = [:]

    /// No zones: every fence alarm stays a point detection.
    public init() {}
}
