public import Hummingbird
public import HummingbirdWebSocket

/// The request context of every console route and the WebSocket: who is asking (set by
/// `SessionMiddleware` from the session cookie), and a 64 KiB limit on request bodies.
public struct ConsoleContext: RequestContext, WebSocketRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let webSocket: WebSocketHandlerReference<Self>
    /// The signed-in person, nil when the request carries no live session.
    public var session: ConsoleSessions.Session?

    public init(source: Source) {
        coreContext = .init(source: source)
        webSocket = .init()
        session = nil
    }

    /// Console requests are small JSON bodies (an answer, a reason): anything larger is refused.
    public var maxUploadSize: Int { 64 * 1024 }
}
