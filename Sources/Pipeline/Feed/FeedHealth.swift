/// How a feed is doing, for the console and the log: what it has read and handed out, what it
/// refused and dropped, and its latest problem with where it was. Counts only grow.
public struct FeedHealth: Equatable, Sendable {
    /// Lines read (good and bad), over every source of the feed.
    public var lines = 0
    /// Detections accepted into scans.
    public var detections = 0
    /// Scans handed to the engine.
    public var scans = 0
    /// Lines reported and skipped: not JSON, a missing or mistyped field, a non-finite number,
    /// an implausible covariance (`FeedProblem.Kind.badLine`).
    public var badLines = 0
    /// Detections and scan lines older than a scan already handed out, dropped (beyond the
    /// reorder window).
    public var lateLines = 0
    /// Lines longer than the source's limit, skipped unread.
    public var overLongLines = 0
    /// Lines the feed could not keep because the engine was behind (a bounded buffer was full).
    public var droppedLines = 0
    /// Connections refused: a wrong or missing token, too many at once.
    public var refusedConnections = 0
    /// Commands the engine gave the field (orders for the radios, or carried out by the simulator).
    public var orders = 0
    /// The latest problem, with its source and line.
    public var lastProblem: FeedProblem?

    /// A feed that has read nothing yet.
    public init() {}

    /// Counts `problem` under its kind and keeps it as the latest.
    public mutating func note(_ problem: FeedProblem) {
        switch problem.kind {
        case .badLine: badLines += 1
        case .late: lateLines += 1
        case .overLong: overLongLines += 1
        case .dropped(let n): droppedLines += n
        case .refused: refusedConnections += 1
        case .connection: break
        }
        lastProblem = problem
    }
}
