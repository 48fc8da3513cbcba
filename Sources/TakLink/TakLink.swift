import CoT
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// Guidepost's connection to a TAK server, as a client: it writes what the watch puts in its
/// `outbox` and sorts what the server relays into its `inbox`. It reconnects with backoff
/// whenever the connection fails or is lost, and on each connection sends the sticky events
/// (open alerts, standing routes, incident markers) first, since servers do not replay them to
/// a client that joins late. Nothing the server sends stops it: a malformed or hostile frame
/// is counted, reported and skipped.
///
/// CoT goes as XML unless `options.protobuf` is set and the server offers TAK protocol version 1
/// (`t-x-takp-v`): then the link asks (`t-x-takp-q`) and switches on the server's yes
/// (`t-x-takp-r`).
public final class TakLink: Sendable {
    public let endpoint: TakEndpoint
    public let outbox: TakOutbox
    public let inbox: TakInbox
    public let options: TakLinkOptions
    private let tls: NIOSSLContext?
    private let state = NIOLockedValueBox(TakLinkStatus())

    /// A link to `endpoint`; `tls` is required for `ssl://` and refused for `tcp://`.
    /// - Throws: `TakError` when the TLS files are missing, unexpected or unusable.
    public init(
        endpoint: TakEndpoint, tls: TakTLSFiles? = nil, options: TakLinkOptions = .init(), outbox: TakOutbox = .init(),
        inbox: TakInbox = .init()
    ) throws(TakError) {
        switch (endpoint.transport, tls) {
        case (.ssl, nil): throw .tlsOptions("\(endpoint) needs --tak-cert, --tak-key and --tak-ca (TAK servers check the client's certificate)")
        case (.tcp, .some): throw .tlsOptions("--tak-cert, --tak-key and --tak-ca go with an ssl:// server, not \(endpoint)")
        default: break
        }
        self.endpoint = endpoint
        self.options = options
        self.outbox = outbox
        self.inbox = inbox
        self.tls = try tls?.context()
    }

    /// The link's state and counts now.
    public var status: TakLinkStatus {
        var s = state.withLockedValue { $0 }
        s.outbox = outbox.stats
        s.inbox = inbox.stats
        return s
    }

    /// Keeps the link up until the task is cancelled or the outbox is closed, reporting each
    /// connection, loss and refused frame through `log`.
    public func run(log: @escaping @Sendable (String) -> Void) async {
        var backoff = options.initialBackoff
        while !Task.isCancelled {
            do {
                let channel = try await connect()
                backoff = options.initialBackoff
                state.withLockedValue {
                    $0.connected = true
                    $0.connections += 1
                    $0.protobuf = false
                }
                log("TAK: connected to \(endpoint)")
                let closedByUs = try await session(channel, log: log)
                state.withLockedValue { $0.connected = false }
                if closedByUs { return }
                log("TAK: \(endpoint) closed the connection; reconnecting in \(backoff)")
            } catch {
                state.withLockedValue {
                    $0.connected = false
                    $0.failures += 1
                    $0.lastProblem = "\(error)"
                }
                if Task.isCancelled { return }
                log("TAK: \(endpoint): \(Self.describe(error)); trying again in \(backoff)")
            }
            do { try await Task.sleep(for: backoff) } catch { return }
            backoff = min(backoff * 2, options.maximumBackoff)
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let e = error as? TakError { return e.description }
        if let e = error as? IOError { return "connection failed (\(e.description))" }
        return "\(error)"
    }

    private func connect() async throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer> {
        let tls = self.tls
        let host = endpoint.host
        let isAddress = host.contains(":") || host.allSatisfy { $0.isNumber || $0 == "." }
        let timeout = TimeAmount.nanoseconds(Int64(options.connectTimeout.components.seconds) * 1_000_000_000
            + options.connectTimeout.components.attoseconds / 1_000_000_000)
        return try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(timeout)
            .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .connect(host: host, port: endpoint.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls {
                        let handler = try NIOSSLClientHandler(context: tls, serverHostname: isAddress ? nil : host)
                        try channel.pipeline.syncOperations.addHandler(handler)
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }

    /// One connection's life: the sticky events first, then the outbox written and the server
    /// read until either side ends. True when it ended because the outbox was closed.
    private func session(_ channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>, log: @escaping @Sendable (String) -> Void) async throws -> Bool {
        outbox.resendSticky()
        let protobuf = NIOLockedValueBox(false)
        return try await channel.executeThenClose { inbound, outbound in
            try await withThrowingTaskGroup(of: Bool.self) { group in
                group.addTask {
                    try await self.read(inbound, outbound: outbound, protobuf: protobuf, log: log)
                    return false
                }
                group.addTask {
                    try await self.write(outbound, protobuf: protobuf)
                }
                group.addTask {
                    while !Task.isCancelled {
                        try await Task.sleep(for: self.options.keepAlive)
                        self.outbox.send(TakOutgoing(kind: .control, event: TakEvents.ping(uid: self.options.uid, at: TakClock.now())))
                    }
                    return false
                }
                defer { group.cancelAll() }
                return try await group.next() ?? false
            }
        }
    }

    /// Writes the outbox until it closes (true) or the connection breaks (throws).
    private func write(_ outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>, protobuf: NIOLockedValueBox<Bool>) async throws -> Bool {
        while let item = await outbox.next() {
            let bytes = protobuf.withLockedValue { $0 } ? TakProtocol.streamFrame(item.event) : CoTXML.encodedBytes(item.event)
            do {
                try await outbound.write(ByteBuffer(bytes: bytes))
            } catch {
                outbox.putBack(item)
                throw error
            }
            state.withLockedValue { $0.bytesOut += bytes.count }
        }
        return !Task.isCancelled
    }

    /// Reads the server until it closes (throws `closedByServer`): events into the inbox, the
    /// protocol offer answered, refused frames counted and reported.
    private func read(
        _ inbound: NIOAsyncChannelInboundStream<ByteBuffer>, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>,
        protobuf: NIOLockedValueBox<Bool>, log: @escaping @Sendable (String) -> Void
    ) async throws {
        var framer = CoTStreamFramer(limits: options.limits)
        var negotiation = TakNegotiation(wantsTakProtocol: options.protobuf)
        for try await buffer in inbound {
            state.withLockedValue { $0.bytesIn += buffer.readableBytes }
            framer.append(buffer.readableBytesView)
            // Frame by frame: the server's yes and its first protobuf frame can share one read,
            // so the framer's mode must change between the two.
            while let frame = framer.nextFrame() {
                let event: CoTEvent
                do throws(CoTError) {
                    event = try frame.event(limits: options.limits)
                } catch {
                    inbox.refused()
                    log("TAK: refused from \(endpoint): \(error)")
                    continue
                }
                guard TakNegotiation.isNegotiation(event) else {
                    inbox.receive(event)
                    continue
                }
                let answer = negotiation.receive(event, at: TakClock.now())
                for reply in answer.send {
                    try await outbound.write(ByteBuffer(bytes: CoTXML.encodedBytes(reply)))
                }
                if let mode = answer.switchTo {
                    framer.mode = mode
                    let on = mode == .takProtocol
                    protobuf.withLockedValue { $0 = on }
                    state.withLockedValue { $0.protobuf = on }
                    if on { log("TAK: \(endpoint) speaks TAK protocol version 1 (protobuf) from now on") }
                }
                if answer.closeConnection { throw TakError.connection("the server's protocol negotiation failed; reconnecting") }
            }
        }
        throw TakError.closedByServer
    }
}
