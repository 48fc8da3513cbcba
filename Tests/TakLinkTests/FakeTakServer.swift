import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A TCP server on loopback standing in for a TAK server whose behaviour the test decides: it
/// keeps what each connection sent, can write anything (garbage, a protocol offer) to the
/// latest connection, can stop reading (a stalled server), and can be closed and opened again
/// on the same port (a restart).
final class FakeTakServer: Sendable {
    private final class Collector: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        let server: FakeTakServer
        init(server: FakeTakServer) { self.server = server }

        func channelActive(context: ChannelHandlerContext) {
            let channel = context.channel
            server.state.withLockedValue { s in
                s.connections += 1
                s.channels.append(channel)
            }
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let buffer = unwrapInboundIn(data)
            server.state.withLockedValue { $0.received += Array(buffer.readableBytesView) }
        }
    }

    struct State {
        var received: [UInt8] = []
        var connections = 0
        var channels: [any Channel] = []
        var listener: (any Channel)?
    }

    let state = NIOLockedValueBox(State())
    let reading: Bool

    init(reading: Bool = true) {
        self.reading = reading
    }

    /// Listens on 127.0.0.1:`port` (0: a free one); the port.
    @discardableResult
    func start(port: Int = 0) async throws -> Int {
        let reading = self.reading
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.autoRead, value: reading)
            .childChannelOption(ChannelOptions.socketOption(.so_rcvbuf), value: 4096)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Collector(server: self)) }
            }
            .bind(host: "127.0.0.1", port: port).get()
        state.withLockedValue { $0.listener = listener }
        return listener.localAddress?.port ?? 0
    }

    /// Closes the listener, then every connection (a server killed): in that order, so a client
    /// reconnecting meanwhile cannot slip in on the old listener and outlive the stop.
    func stop() async {
        let listener = state.withLockedValue { s in
            defer { s.listener = nil }
            return s.listener
        }
        try? await listener?.close().get()
        let channels = state.withLockedValue { s in
            defer { s.channels = [] }
            return s.channels
        }
        for c in channels { try? await c.close().get() }
    }

    /// Writes `bytes` to the latest connection.
    func send(_ bytes: [UInt8]) async throws {
        guard let channel = state.withLockedValue({ $0.channels.last }) else { return }
        try await channel.writeAndFlush(ByteBuffer(bytes: bytes)).get()
    }

    var received: [UInt8] { state.withLockedValue(\.received) }
    var text: String { String(decoding: received, as: UTF8.self) }
    var connections: Int { state.withLockedValue(\.connections) }

    func clear() {
        state.withLockedValue { $0.received = [] }
    }
}
