/// What the outbound queue has done so far: the link's health as the watch commander sees it.
public struct TakOutboxStats: Hashable, Sendable, Codable {
    /// Events handed to the queue.
    public var queued = 0
    /// Events written to the server.
    public var sent = 0
    /// Position updates dropped because a newer one of the same track replaced them or the queue
    /// was full (never an alert, route, chat, marker or removal).
    public var dropped = 0
    /// Events waiting now.
    public var waiting = 0
    /// Sticky events re-sent after reconnections.
    public var resent = 0

    public init() {}
}
