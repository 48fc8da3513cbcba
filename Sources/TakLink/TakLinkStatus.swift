/// The link's state as people watching it need it: connected or not, since when, and counts.
public struct TakLinkStatus: Hashable, Sendable, Codable {
    /// Whether a connection is up now.
    public var connected = false
    /// Connections made (the first and every reconnection).
    public var connections = 0
    /// Attempts that failed, and the last failure.
    public var failures = 0
    public var lastProblem: String?
    /// Whether the link speaks TAK protocol version 1 (protobuf) now, after the server offered it.
    public var protobuf = false
    /// Bytes written and read.
    public var bytesOut = 0
    public var bytesIn = 0
    public var outbox = TakOutboxStats()
    public var inbox = TakInboxStats()

    public init() {}
}
