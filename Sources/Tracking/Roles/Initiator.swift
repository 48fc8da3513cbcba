/// Starts tentative tracks from detections no existing track explained (Stone Soup's `Initiator`).
public protocol Initiator: Sendable {
    associatedtype State: TrackState
    /// A prior belief for a new target seen at `detection`.
    func initiate(from detection: Detection) -> State
    /// σ_v of a new track's velocity in each axis, m/s, where the initiator has one to tune
    /// (`SpeedSpreadLearner`); nil, and setting it does nothing, otherwise.
    var newTargetSpeedSpread: Double? { get set }
}

extension Initiator {
    public var newTargetSpeedSpread: Double? {
        get { nil }
        set {}
    }
}
