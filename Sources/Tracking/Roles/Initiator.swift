/// Starts tentative tracks from detections no existing track explained (Stone Soup's `Initiator`).
public protocol Initiator: Sendable {
    associatedtype State: TrackState
    /// A prior belief for a new target seen at `detection`.
    func initiate(from detection: Detection) -> State
}
