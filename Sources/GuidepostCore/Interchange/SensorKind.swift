/// What kind of sensor made a detection (DESIGN.md detections, field `kind`).
public enum SensorKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// Thermal observation device (TOD).
    case thermal
    /// Ground surveillance radar.
    case radar
    /// A fence-sensor zone alarm (optical mesh or top-of-fence load trigger).
    case fence
    /// A CCTV or IR camera.
    case camera
}
