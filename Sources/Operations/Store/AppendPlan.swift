public import StoreCore

/// The checks an append must pass, shared by every adapter so they agree exactly on what is
/// new, what is a harmless repeat and what is a conflict.
public enum AppendPlan {
    /// What to do with one incoming event.
    public enum Decision: Hashable, Sendable {
        /// Store it.
        case insert
        /// Already stored with identical content: skip.
        case skip
    }

    /// Decides for `event`, given the run's last stored sequence number (counting events
    /// accepted earlier in the same batch) and, when (run, seq) is already stored, its stored
    /// JSON. Throws `.conflict` for a gap or a differing repeat, `.corrupt`-free by design.
    public static func decide(
        _ event: OperationsEvent, last: Int, stored: String?
    ) throws(StoreError) -> Decision {
        if let problem = event.problem {
            throw StoreError(.conflict, "event \(event.run)#\(event.seq): \(problem)")
        }
        if let stored {
            guard stored == event.jsonLine else {
                throw StoreError(
                    .conflict,
                    "event \(event.run)#\(event.seq) is already stored with different content; the log is append-only")
            }
            return .skip
        }
        guard event.seq == last + 1 else {
            throw StoreError(
                .conflict,
                "event \(event.run)#\(event.seq) would leave a gap: the run's last event is #\(last); append #\(last + 1) first")
        }
        return .insert
    }
}
