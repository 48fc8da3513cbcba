public import GuidepostCore

/// One track inside the tracker: its filter state and bookkeeping. Tentative until its
/// existence probability confirms it; only then does it get a `TrackID`.
public struct Track<State: TrackState>: Sendable {
    /// Nil while tentative.
    public internal(set) var id: TrackID?
    public internal(set) var state: State
    public internal(set) var existence: Double
    public internal(set) var hits: Int
    public internal(set) var consecutiveMisses: Int
    public internal(set) var lastUpdate: Double
    public internal(set) var features = ClassFeatures()
    var lastThermalSize: Double?
    /// The sensors that detected this track within the tracker's `coverageMemory`, with when.
    var sightings: [Sighting] = []
    /// Sensor looks at it up to its last detection, and those that detected it (for its own P_D,
    /// `DetectionRate`); looks since its last detection wait in `pendingLooks`, since they may
    /// mean the target is gone rather than faint.
    var looks = 0.0, detections = 0.0, pendingLooks = 0.0
    /// Σ of the looking sensors' P̂_s over `looks`, and over `pendingLooks` (what
    /// `DetectionRateDispersion` compares `detections` with).
    var expected = 0.0, pendingExpected = 0.0
    /// Whether a detection updated it in the scan being processed.
    var hitThisScan = false
    /// Whether a sensor's integrated-PDA update already counted this scan as a miss.
    var missedThisScan = false
    /// While tentative: the clutter weight its detections put on the clutter map, withdrawn if
    /// it is confirmed.
    var clutterCredits: [ClutterCredit] = []
    /// The detection it was started from, kept while a `SpeedSpreadLearner` may still measure
    /// its target's speed from there.
    var origin: Detection?
    /// Sensors' looks that missed it since its last detection, held back from their P̂_s until it
    /// is detected again (`SensorDetectionRates.missesAwaitDetection`).
    var pendingMisses: [SensorMiss] = []

    public var isConfirmed: Bool { id != nil }

    public var summary: TrackSummary {
        TrackSummary(
            state: state.gaussian, existence: existence, isConfirmed: isConfirmed,
            consecutiveMisses: consecutiveMisses, hits: hits, lastUpdate: lastUpdate)
    }
}

/// Clutter weight a tentative track's detection put on the `ClutterMap`.
struct ClutterCredit: Sendable, Equatable {
    var sensor: Int
    var position: Point
    var weight: Double
    var time: Double
}

/// A confirmed track as reported after a scan.
public struct TrackReport: Sendable, Equatable {
    public var id: TrackID
    public var state: GaussianState
    public var existence: Double
    public var targetClass: TargetClass
    public var classProbability: Double
}
