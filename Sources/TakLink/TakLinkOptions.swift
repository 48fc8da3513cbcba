public import CoT

/// How the link behaves: reconnection backoff, protocol, limits on what it reads.
public struct TakLinkOptions: Hashable, Sendable {
    /// The first wait after a failed or lost connection; doubled each failure up to `maximumBackoff`.
    public var initialBackoff: Duration = .milliseconds(250)
    public var maximumBackoff: Duration = .seconds(15)
    /// How long a connection attempt may take.
    public var connectTimeout: Duration = .seconds(5)
    /// Ask for TAK protocol version 1 (protobuf) when the server offers it; XML otherwise.
    public var protobuf = false
    /// Limits on received events (size, depth, …).
    public var limits = CoTLimits()
    /// A ping (`t-x-c-t`) this often keeps idle connections alive through servers and NATs.
    public var keepAlive: Duration = .seconds(30)
    /// The uid of Guidepost on the server (its pings and chat come from it).
    public var uid = "guidepost"

    public init() {}
}
