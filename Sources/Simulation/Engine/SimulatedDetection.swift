public import GuidepostCore

/// A detection as written to detections.jsonl, with what the simulator knows and the file does
/// not: which actor caused it (nil for clutter, nuisance alarms and false heat spots). Tests and
/// `--stats` score sensors with it; Tracking never sees it.
public struct SimulatedDetection: Hashable, Sendable {
    public var record: DetectionRecord
    /// The actor (group) seen, e.g. `soldier` or `wild-boar-17`; nil for a false alarm.
    public var source: String?
    /// The scenario actor it belongs to (`wild-boar` for `wild-boar-17`).
    public var actor: ActorID?
    /// The true range from the sensor, metres (nil for a false alarm).
    public var trueRange: Double?

    public init(record: DetectionRecord, source: String? = nil, actor: ActorID? = nil, trueRange: Double? = nil) {
        self.record = record
        self.source = source
        self.actor = actor
        self.trueRange = trueRange
    }
}
