public import Hummingbird
import HummingbirdWebSocket
import Foundation
public import Logging
import NIOCore
public import Pipeline

/// The operators' web console over a live watch (issue 15): the page, the map, the frame as
/// JSON and as a WebSocket stream, sign-in, and people's decisions. One `buildApplication` for
/// production and tests.
public enum ConsoleServer {
    /// How the server is set up.
    public struct Options: Sendable {
        /// Address and port (loopback by default; `guidepost serve` refuses another address without accounts).
        public var host = "127.0.0.1"
        public var port = 8080
        /// Frames each WebSocket client may have queued; older ones are dropped for a slow client.
        public var clientBuffer = 4
        /// Mark the session cookie Secure (behind TLS).
        public var secureCookie = false

        public init() {}
    }

    /// The application: routes, the WebSocket and the session middleware, over `watch`.
    public static func buildApplication(
        watch: some WatchControl, map: ConsoleMap, accounts: ConsoleAccounts, options: Options = Options(),
        logger: Logger = Logger(label: "guidepost.console"), onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let sessions = ConsoleSessions()
        let router = Router(context: ConsoleContext.self)
        router.add(middleware: SessionMiddleware(sessions: sessions))
        let routes = ConsoleRoutes(watch: watch, map: map, accounts: accounts, sessions: sessions, options: options)
        routes.add(to: router)
        return Application(
            router: router, server: .http1WebSocketUpgrade(webSocketRouter: router),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "guidepost"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? options.port) }, logger: logger)
    }
}
