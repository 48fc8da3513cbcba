public import GuidepostCore

/// What one `advance(to:)` produced, each list in time order: the four files of a run.
public struct SimulationOutput: Sendable {
    public var detections: [SimulatedDetection] = []
    public var scans: [ScanRecord] = []
    public var truth: [TruthRecord] = []
    public var events: [SimulationEvent] = []
    /// Every sensor look at a present actor in range and arc: (sensor kind, light, fog, true
    /// range, seen?). Filled only when the engine's `recordsLooks` is on (for `--stats`).
    public var looks: [Look] = []

    public init() {}

    /// One look of a sensor at an actor, for measuring Pd against range.
    public struct Look: Hashable, Sendable {
        public var kind: SensorKind
        public var light: Light
        public var foggy: Bool
        public var range: Double
        public var targetClass: TargetClass
        public var moving: Bool
        /// Whether the line of sight was clear (always computed when looks are recorded).
        public var inSight: Bool
        public var seen: Bool
    }
}
