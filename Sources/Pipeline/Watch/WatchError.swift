public import Operations
public import StoreCore

/// Why the watch refused a request or stopped. Each says what to do.
public enum WatchError: Error, Sendable, CustomStringConvertible {
    /// The decision was refused by the engine; nothing changed.
    case refused(DecisionError)
    /// The store failed; the decision (if any) was not committed.
    case store(StoreError)
    /// A logged decision no longer applies when the run is re-derived (the feed or code changed).
    case replayDiverged(seq: Int, reason: String)
    case unknownIncident(String)
    /// A decision was sent to a replay: decisions are made on the live watch.
    case replayOnly(String)
    /// A clock control the watch does not have (a live watch cannot be paused or moved in time).
    case notReplay(String)
    /// A clock control with a value out of range.
    case badPlayback(String)
    /// The alert or incident is in a sector another instance of the cluster watches: decide it
    /// on that instance's console (`sector`, `owner`).
    case elsewhere(id: String, sector: String, owner: String)
    /// No sector of this cluster member has that alert or incident now.
    case unknown(String)

    public var description: String {
        switch self {
        case .refused(let e): e.description
        case .store(let e): "the store failed: \(e); nothing was committed, try again"
        case .replayDiverged(let seq, let reason):
            "event \(seq) of the stored run is a decision that no longer applies (\(reason)): the feed or the code changed since; start a new run id"
        case .unknownIncident(let id): "no incident \(id) in this watch"
        case .replayOnly(let what): "this is a replay of a stored run: \(what) is decided on the live watch, not here"
        case .notReplay(let what): "the live watch cannot \(what): only a replay (guidepost serve --replay) can"
        case .badPlayback(let why): why
        case .elsewhere(let id, let sector, let owner):
            "\(id) is in sector \(sector), which \(owner) watches: decide it on \(owner)'s console (this one shows it, read-only)"
        case .unknown(let id): "no sector this instance watches has \(id) now (it may have passed to another instance)"
        }
    }
}
