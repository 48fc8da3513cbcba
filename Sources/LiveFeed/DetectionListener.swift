import Foundation
import GuidepostCore
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Pipeline

/// A TCP listener for live detection streams: each connection sends `{"feed_token": "…"}` as its
/// first line, then detection and scan lines (DESIGN.md formats), which go into the feed's queue
/// named `tcp HOST:PORT` of the sender with their line numbers.
///
/// Who is asking is checked first: a first line without the token (or with a wrong one, or
/// none within `tokenWait`) closes that connection with a reported reason, and so does a
/// connection beyond `maxConnections`. A line longer than `lineLimit` is reported and skipped
/// without being kept, and the connection goes on. A connection that goes wrong never stops
/// the listener or the others. Binds where `address` says (the CLI keeps it on loopback unless
/// told otherwise).
public struct DetectionListener: Sendable {
    /// Where to bind.
    public var address: FeedAddress
    /// The secret every connection must present first.
    public var token: FeedToken
    /// The longest line kept, bytes.
    public var lineLimit = FeedReader.defaultLineLimit
    /// Connections served at once; one more is refused.
    public var maxConnections = 32
    /// How long a new connection has to send its token.
    public var tokenWait: Duration = .seconds(10)

    /// A listener on `address` admitting senders that present `token`.
    public init(address: FeedAddress, token: FeedToken) {
        self.address = address
        self.token = token
    }

    /// Binds, calls `bound` with the address actually bound (its port when 0 was asked for),
    /// and serves connections into `queue` until the task is cancelled.
    /// - Parameter log: told of each connection admitted and closed (problems go into the queue).
    /// - Throws: `FeedError.cannotListen` when it cannot bind.
    public func run(
        into queue: FeedBuffer, log: @escaping @Sendable (String) -> Void = { _ in },
        bound: @escaping @Sendable (FeedAddress) -> Void = { _ in }
    ) async throws(FeedError) {
        let limit = lineLimit
        let server: NIOAsyncChannel<NIOAsyncChannel<LineFrame, ByteBuffer>, Never>
        do {
            server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .bind(host: address.host, port: address.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineFrameDecoder(limit: limit)))
                        return try NIOAsyncChannel<LineFrame, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw .cannotListen(address: address.description, reason: "\(error)")
        }
        let port = server.channel.localAddress?.port ?? address.port
        bound(FeedAddress(host: address.host, port: port))
        let active = NIOLockedValueBox(0)
        let channel = server.channel
        await withTaskCancellationHandler {
            await withDiscardingTaskGroup { group in
                try? await server.executeThenClose { connections in
                    for try await connection in connections {
                        group.addTask { await serve(connection, into: queue, active: active, log: log) }
                    }
                }
            }
        } onCancel: {
            channel.close(promise: nil)
        }
    }

    /// One sender: the token, then its lines into the queue.
    func serve(
        _ connection: NIOAsyncChannel<LineFrame, ByteBuffer>, into queue: FeedBuffer, active: NIOLockedValueBox<Int>,
        log: @escaping @Sendable (String) -> Void
    ) async {
        let remote = connection.channel.remoteAddress
        let source = "tcp " + FeedAddress(host: remote?.ipAddress ?? "?", port: remote?.port ?? 0).description
        let admitted = active.withLockedValue { n in
            guard n < maxConnections else { return false }
            n += 1
            return true
        }
        let channel = connection.channel
        let authorised = NIOLockedValueBox(false)
        let timer = Task { [tokenWait] in
            try? await Task.sleep(for: tokenWait)
            if !Task.isCancelled, !authorised.withLockedValue({ $0 }) { channel.close(promise: nil) }
        }
        var lines = 0
        do {
            try await withTaskCancellationHandler {
                try await connection.executeThenClose { inbound, outbound in
                    func refuse(line: Int?, _ reason: String) async throws {
                        await queue.send(
                            .problem(
                                FeedProblem(
                                    .refused,
                                    InputError(
                                        file: source, line: line, field: line == nil ? nil : "feed_token", reason: "\(reason); connection closed",
                                        hint: #"send {"feed_token": "…"} with the token guidepost serve printed or holds in --feed-token-file, as the first line"#))))
                        try await outbound.write(ByteBuffer(string: Self.reply(refused: reason)))
                    }
                    guard admitted else {
                        try await refuse(line: nil, "too many connections (at most \(maxConnections))")
                        return
                    }
                    for try await frame in inbound {
                        lines += 1
                        if authorised.withLockedValue({ $0 }) {
                            await queue.send(frame.input(source: source, limit: lineLimit))
                            continue
                        }
                        switch frame {
                        case .overLong(let number, let length):
                            try await refuse(line: number, "the first line (\(length) bytes) is not a feed token")
                            return
                        case .line(let number, let bytes):
                            if let reason = token.refusal(of: bytes) {
                                try await refuse(line: number, reason)
                                return
                            }
                            authorised.withLockedValue { $0 = true }
                            timer.cancel()
                            try await outbound.write(ByteBuffer(string: #"{"feed": "accepted"}"# + "\n"))
                            log("\(source): feed token accepted")
                        }
                    }
                    if !authorised.withLockedValue({ $0 }) {
                        await queue.send(
                            .problem(
                                FeedProblem(
                                    .refused,
                                    InputError(
                                        file: source, reason: "no feed token within \(tokenWait) or before the connection closed; connection closed",
                                        hint: #"send {"feed_token": "…"} as the first line"#))))
                    }
                }
            } onCancel: {
                channel.close(promise: nil)
            }
        } catch {
            await queue.send(
                .problem(FeedProblem(.connection, InputError(file: source, line: lines > 0 ? lines : nil, reason: "connection failed: \(error)"))))
        }
        timer.cancel()
        if admitted {
            active.withLockedValue { $0 -= 1 }
            log("\(source): closed after \(lines) line(s)")
        }
    }

    /// The line a refused sender reads before the connection closes.
    static func reply(refused reason: String) -> String {
        let escaped = reason.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return #"{"feed": "refused", "reason": ""# + escaped + "\"}\n"
    }
}
