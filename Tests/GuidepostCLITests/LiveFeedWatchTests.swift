import Border
import Foundation
import GuidepostCore
import LiveFeed
import NIOCore
import NIOPosix
import Operations
import Pipeline
import Scenario
import Synchronization
import TestSupport
import Testing
@testable import guidepost

/// A live detection stream over TCP through the watch: a person walking south across the 2021
/// Goseong swimmer's window, one detection a second with garbage interleaved, becomes a track and
/// an alert in the engine; the garbage is reported with its line and skipped; and the watch logs
/// exactly what it logs when the same lines come from a file (the engine cannot tell the feeds
/// apart).
@Suite(.timeLimit(.minutes(10)))
struct LiveFeedWatchTests {
    static let scenario = "2021-02-16-goseong-swimmer"
    static let token = FeedToken(secret: "live-feed-test-token-0123")

    final class Problems: Sendable {
        let list = Mutex<[FeedProblem]>([])
        var all: [FeedProblem] { list.withLock { $0 } }
        func add(_ p: FeedProblem) { list.withLock { $0.append(p) } }
    }

    /// The walk: 1.3 m/s due south (in the border's frame) from 500 m north of the MDL, a thermal
    /// detection of a 1.7 m figure each second (none every 10th second, when only the scan is
    /// reported), and a bad line every 60 lines: not JSON, NaN, a covariance that is not positive
    /// definite, and one line of 70,000 bytes. Returns the lines, the bad ones' indices and the last time.
    static func walk(_ border: BorderModel, s: Double) -> (lines: [String], bad: [Int], last: Double) {
        var lines: [String] = []
        var bad: [Int] = []
        let garbage = [
            "not json at all", #"{"t": NaN, "sensor": "tod-x", "x": 0, "y": 0, "cov": [[1, 0], [0, 1]]}"#,
            #"{"t": 4000, "sensor": "tod-x", "x": 1, "y": 2, "cov": [[25, 40], [40, 25]]}"#, String(repeating: "z", count: 70_000),
        ]
        var last = 0.0
        for i in 0..<700 {
            let t = 3700.0 + Double(i)
            let p = border.line.point(AlongBorderCoordinate(s: s, d: 500 - 1.3 * Double(i)))
            if i % 10 == 9 {
                lines.append(#"{"t": \#(t)}"#)
            } else {
                lines.append(
                    #"{"t": \#(t), "sensor": "tod-test", "x": \#(p.x), "y": \#(p.y), "cov": [[25.0, 0.0], [0.0, 25.0]], "kind": "thermal", "size": 1.7}"#)
            }
            if i % 60 == 30 {
                bad.append(lines.count)
                lines.append(garbage[(i / 60) % garbage.count])
            }
            last = t
        }
        return (lines, bad, last)
    }

    @Test func aPersonWalkingSouthOverTCPIsTrackedAndAlertedAndAFileOfTheSameLinesLogsTheSame() async throws {
        let (resolved, border) = try ScenarioFile.load(repositoryRoot() + "/scenarios/\(Self.scenario).yaml")
        let s = resolved.s.lowerBound + 0.3 * (resolved.s.upperBound - resolved.s.lowerBound)
        let (lines, bad, last) = Self.walk(border, s: s)
        let run = RunID("feed-test")

        // Over TCP: a listener on 127.0.0.1, port 0; the watch unpaced, as `serve --listen-detections` runs it.
        let live = try ServeSetup.liveWatch(resolved, border: border, seed: 216, run: run, operatorModel: "person", dispatch: .commander)
        let queue = FeedBuffer()
        let tcpProblems = Problems()
        let feed = DetectionFeed(lines: queue.makeStream(), zones: live.zones, conversion: live.conversion, report: tcpProblems.add)
        let tcpLog = InMemoryEventLog()
        let watch = WatchSession(engine: live.engine, field: feed, log: tcpLog, run: run, end: live.end, speed: .infinity, clock: nil)
        let listener = DetectionListener(address: FeedAddress(host: "127.0.0.1", port: 0), token: Self.token)
        let (ports, bound) = AsyncStream.makeStream(of: Int.self)
        let server = Task { try await listener.run(into: queue, bound: { bound.yield($0.port) }) }
        let watching = Task { try await watch.run() }
        defer {
            watching.cancel()
            server.cancel()
        }
        let port = try #require(try await within(20) { await ports.first { _ in true } })
        let client = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: "127.0.0.1", port: port) { channel in
            channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
        }
        let frame = try await within(300) {
            try await client.executeThenClose { inbound, outbound in
                var replies = inbound.makeAsyncIterator()
                try await outbound.write(ByteBuffer(string: Self.token.greeting + "\n"))
                let accepted = try await replies.next().map { String(buffer: $0) } ?? ""
                #expect(accepted.contains("accepted"))
                try await outbound.write(ByteBuffer(string: lines.map { $0 + "\n" }.joined()))
                // The connection stays open: the last scans come out of the reorder window when
                // the stream falls silent, not when it ends.
                while await watch.current().t < last { try await Task.sleep(for: .milliseconds(50)) }
                return await watch.current()
            }
        }
        let health = await watch.feedHealth()
        watching.cancel()
        _ = await watching.result
        let tcpEvents = try await tcpLog.events(run: run)

        // A person is tracked and alerted on.
        #expect(!frame.tracks.isEmpty)
        let raised = tcpEvents.compactMap { e -> Alert? in if case .alertRaised(let a) = e.kind { a } else { nil } }
        // Raised within seconds of his first detection, before the classifier can tell: human or,
        // still undecided, unknown (alerted on as a possible person) — never an animal.
        #expect(!raised.isEmpty && raised.allSatisfy { $0.targetClass == .human || $0.targetClass == .unknown }, "\(raised)")
        // Every bad line reported with the connection and its line (the token is line 1), and skipped.
        let reported = tcpProblems.all
        #expect(reported.count == bad.count, "\(reported)")
        #expect(reported.map(\.error.line) == bad.map { $0 + 2 })
        #expect(reported.allSatisfy { $0.error.file.hasPrefix("tcp 127.0.0.1:") })
        #expect(health.badLines == bad.count - health.overLongLines && health.overLongLines >= 1)
        #expect(health.scans == lines.count - bad.count && health.lateLines == 0)

        // The same lines from a file: the same log, the engine's closing events after it.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString).jsonl").path
        try lines.map { $0 + "\n" }.joined().write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let again = try ServeSetup.liveWatch(resolved, border: border, seed: 216, run: run, operatorModel: "person", dispatch: .commander)
        let fileProblems = Problems()
        let fileFeed = DetectionFeed(
            lines: try FeedReader.file(path), zones: again.zones, conversion: again.conversion, report: fileProblems.add)
        let fileLog = InMemoryEventLog()
        let replay = WatchSession(engine: again.engine, field: fileFeed, log: fileLog, run: run, end: again.end, speed: .infinity, clock: nil)
        try await within(300) { try await replay.run() }
        let fileEvents = try await fileLog.events(run: run)
        #expect(fileEvents.count > tcpEvents.count)
        #expect(Array(fileEvents.prefix(tcpEvents.count)) == tcpEvents)
        #expect(fileEvents.dropFirst(tcpEvents.count).allSatisfy { $0.t == again.end })
        #expect(fileProblems.all.map(\.error.line) == bad.map { $0 + 1 })
        #expect(fileProblems.all.allSatisfy { $0.error.file == path })
    }
}
