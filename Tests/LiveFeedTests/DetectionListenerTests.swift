import GuidepostCore
import LiveFeed
import NIOCore
import NIOPosix
import Pipeline
import TestSupport
import Testing

/// The TCP listener on 127.0.0.1 (port 0): who is asking is checked on the first line, a wrong
/// or missing token closes that connection with a reason, an over-long line is reported and the
/// connection goes on, and several senders are served at once.
@Suite(.timeLimit(.minutes(1))) struct DetectionListenerTests {
    static let token = FeedToken(secret: "test-token-0123456789")
    static let detection = #"{"t": 1.0, "sensor": "tod-1", "x": 1000000.0, "y": 2000000.0, "cov": [[25.0, 0.0], [0.0, 25.0]]}"#

    /// A running listener and the queue it fills.
    static func start() async throws -> (port: Int, queue: FeedBuffer, server: Task<Void, any Error>) {
        let queue = FeedBuffer(idle: nil)
        let listener = DetectionListener(address: FeedAddress(host: "127.0.0.1", port: 0), token: token)
        let (ports, bound) = AsyncStream.makeStream(of: Int.self)
        let server = Task { try await listener.run(into: queue, bound: { bound.yield($0.port) }) }
        let port = try await within { await ports.first { _ in true } }
        return (try #require(port), queue, server)
    }

    /// A client connection to the listener.
    static func connect(_ port: Int) async throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer> {
        try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: "127.0.0.1", port: port) { channel in
            channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
        }
    }

    /// Sends `lines` on a new connection and returns what the listener answered before closing it.
    static func sendAndReadUntilClosed(_ port: Int, _ lines: [String]) async throws -> String {
        let client = try await connect(port)
        return try await within {
            try await client.executeThenClose { inbound, outbound in
                try await outbound.write(ByteBuffer(string: lines.map { $0 + "\n" }.joined()))
                var reply = ""
                for try await chunk in inbound { reply += String(buffer: chunk) }
                return reply
            }
        }
    }

    static func next(_ queue: FeedBuffer) async throws -> FeedInput {
        guard let input = try await within(20, { await queue.next() }) else { throw TimedOut(seconds: 20) }
        return input
    }

    @Test func aWrongOrMissingTokenClosesTheConnectionWithAReason() async throws {
        let (port, queue, server) = try await Self.start()
        defer { server.cancel() }
        let wrong = try await Self.sendAndReadUntilClosed(port, [#"{"feed_token": "guess"}"#, Self.detection])
        #expect(wrong.contains(#""feed": "refused""#) && wrong.contains("wrong feed token"), "\(wrong)")
        guard case .problem(let p) = try await Self.next(queue) else { Issue.record("expected a refusal"); return }
        #expect(p.kind == .refused && p.error.line == 1 && p.error.field == "feed_token")
        #expect(p.description.hasPrefix("tcp 127.0.0.1:") && p.description.contains("wrong feed token; connection closed"), "\(p)")

        let missing = try await Self.sendAndReadUntilClosed(port, [Self.detection])
        #expect(missing.contains("no feed_token"), "\(missing)")
        guard case .problem(let q) = try await Self.next(queue) else { Issue.record("expected a refusal"); return }
        #expect(q.kind == .refused && q.description.contains("no feed_token"), "\(q)")
        // Nothing the refused senders wrote after their first line reached the feed.
        let empty = try? await within(0.5) { await queue.next() }
        #expect(empty == nil)
    }

    @Test func aGoodTokenAdmitsTheLinesAndAnOverLongLineIsSkippedNotFatal() async throws {
        let (port, queue, server) = try await Self.start()
        defer { server.cancel() }
        let a = try await Self.connect(port)
        let b = try await Self.connect(port)
        try await within {
            try await a.executeThenClose { aIn, aOut in
                try await b.executeThenClose { bIn, bOut in
                    var aReplies = aIn.makeAsyncIterator(), bReplies = bIn.makeAsyncIterator()
                    try await aOut.write(ByteBuffer(string: Self.token.greeting + "\n"))
                    let accepted = try await aReplies.next().map { String(buffer: $0) } ?? ""
                    #expect(accepted.contains("accepted"), "\(accepted)")
                    try await bOut.write(ByteBuffer(string: Self.token.greeting + "\n"))
                    _ = try await bReplies.next()
                    // a: line 2 good, line 3 of 70,000 bytes, line 4 good; b: line 2 good.
                    try await aOut.write(ByteBuffer(string: Self.detection + "\n"))
                    let sources = try await [Self.next(queue)]
                    try await aOut.write(ByteBuffer(string: String(repeating: "x", count: 70_000) + "\n" + Self.detection + "\n"))
                    let more = try await [Self.next(queue), Self.next(queue)]
                    try await bOut.write(ByteBuffer(string: Self.detection + "\n"))
                    let last = try await Self.next(queue)
                    let inputs = sources + more + [last]
                    guard case .line(let l2) = inputs[0], case .problem(let long) = inputs[1], case .line(let l4) = inputs[2],
                        case .line(let other) = inputs[3]
                    else {
                        Issue.record("unexpected inputs \(inputs)")
                        return
                    }
                    #expect(l2.number == 2 && l4.number == 4 && l2.bytes == Array(Self.detection.utf8))
                    #expect(long.kind == .overLong && long.error.line == 3 && long.description.contains("70000 bytes"), "\(long)")
                    #expect(l2.source == l4.source && l2.source.hasPrefix("tcp 127.0.0.1:"))
                    #expect(other.source != l2.source && other.number == 2)
                }
            }
        }
    }
}
