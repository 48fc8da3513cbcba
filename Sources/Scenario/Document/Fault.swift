public import GuidepostCore

/// An equipment fault during the scenario: a sensor, a fence zone or whatever sensor covers a
/// place goes dead, degrades, stops recording or runs with an offset clock.
public struct Fault: Hashable, Sendable, Codable {
    public var kind: Kind
    /// A listed sensor's id.
    public var sensor: SensorID?
    /// A fence zone of the default deployment (e.g. "17").
    public var zone: FenceZoneID?
    /// Any sensor of `sensorKind` covering this place (within `radius`, default 200 m).
    public var at: Position?
    /// Metres around `at` (default 200).
    public var radius: Double?
    /// With `at`: only sensors of this kind (default: all).
    public var sensorKind: SensorKind?
    /// Start and end of the fault (default: the whole scenario).
    public var from: TimeReference?
    /// End of the fault (default: the end of the run).
    public var until: TimeReference?
    /// For `degraded`: the detection probability while degraded.
    public var pd: Probability?
    /// For `clock-offset`: seconds the recorder's clock is off by (positive = ahead).
    public var offset: Double?
    /// Free text: what broke, from the source.
    public var note: String?

    public enum Kind: String, ScenarioTerm, Hashable {
        /// No output at all.
        case dead
        /// Detects with probability `pd` only.
        case degraded
        /// Sees and alarms, but its video is not kept (a replay shows nothing).
        case unrecorded
        /// Sees and records, but raises no event in the control room.
        case noAlarm = "no-alarm"
        /// Its recorder's clock is `offset` seconds off.
        case clockOffset = "clock-offset"
    }

    enum CodingKeys: String, CodingKey {
        case kind, sensor, zone, at, radius, sensorKind = "sensor_kind", from, until, pd, offset, note
    }
}
