import FieldSimulation
import GuidepostCore
import Operations
import Pipeline
import Synchronization
import Tracking
import Testing

/// `DetectionFeed`: DESIGN.md detections and scan lines in, scans in time order out; every
/// class of bad line reported with its source and line and skipped, the feed going on.
@Suite(.timeLimit(.minutes(1))) struct DetectionFeedTests {
    /// Problems as the feed reports them.
    final class Reports: Sendable {
        let list = Mutex<[FeedProblem]>([])
        var all: [FeedProblem] { list.withLock { $0 } }
        func add(_ p: FeedProblem) { list.withLock { $0.append(p) } }
    }

    static func detection(t: Double, x: Double = 1_000_000, y: Double = 2_000_000, sensor: String = "tod-1", kind: String = "thermal") -> String {
        #"{"t": \#(t), "sensor": "\#(sensor)", "x": \#(x), "y": \#(y), "cov": [[25.0, 0.0], [0.0, 25.0]], "kind": "\#(kind)"}"#
    }

    /// A finished stream of `texts` as lines 1, 2, … of `feed.jsonl`, with `idle` after the lines numbered in `idleAfter`.
    static func stream(_ texts: [String], idleAfter: Set<Int> = [], finish: Bool = true) -> (AsyncStream<FeedInput>, AsyncStream<FeedInput>.Continuation) {
        let (stream, c) = AsyncStream.makeStream(of: FeedInput.self)
        for (i, text) in texts.enumerated() {
            c.yield(.line(FeedLine(source: "feed.jsonl", number: i + 1, text: text)))
            if idleAfter.contains(i + 1) { c.yield(.idle) }
        }
        if finish { c.finish() }
        return (stream, c)
    }

    static func drain(_ feed: DetectionFeed) async -> [FieldScan] {
        var out: [FieldScan] = []
        while let s = await feed.nextScan() { out.append(s) }
        return out
    }

    @Test func goodLinesBecomeScansInTimeOrderWithTheirKinds() async {
        // Out of order within the 2 s window, two detections at one time, a scan line with nothing seen.
        let lines = [
            Self.detection(t: 10), Self.detection(t: 12, kind: "radar"), Self.detection(t: 11, sensor: "cam-3", kind: "camera"),
            #"{"t": 13.0}"#, Self.detection(t: 12, x: 1_000_050, sensor: "fence", kind: "fence"), Self.detection(t: 16),
        ]
        let reports = Reports()
        let feed = DetectionFeed(lines: Self.stream(lines).0, window: 2, report: reports.add)
        let scans = await Self.drain(feed)
        #expect(scans.map(\.t) == [10, 11, 12, 13, 16])
        #expect(scans.map(\.detections.count) == [1, 1, 2, 0, 1])
        #expect(scans[2].kinds == [.radar, .fence])
        #expect(scans[1].kinds == [.camera])
        #expect(scans[2].detections.map(\.position.x) == [1_000_000, 1_000_050])
        #expect(reports.all.isEmpty)
        #expect(feed.health.lines == 6 && feed.health.detections == 5 && feed.health.scans == 5 && feed.health.badLines == 0)
    }

    @Test func eachClassOfBadLineIsReportedWithItsLineAndSkipped() async {
        let bad: [(text: String, field: String?, says: String)] = [
            ("this is not json", nil, "expected"),
            (#"{"t": 3, "sensor": "tod-1", "x": 1000000, "y": 2000000}"#, "cov", "missing"),
            (#"{"t": 4, "sensor": "tod-1", "x": NaN, "y": 2000000, "cov": [[25, 0], [0, 25]]}"#, "x", "number"),
            (#"{"t": 5, "sensor": "tod-1", "x": 1e999, "y": 2000000, "cov": [[25, 0], [0, 25]]}"#, "x", "finite"),
            (#"{"t": 6, "sensor": "tod-1", "x": 1000000, "y": 2000000, "cov": [[25, 30], [30, 25]]}"#, "cov", "positive"),
            (#"{"t": 7, "sensor": "tod-1", "x": 1000000, "y": 2000000, "cov": [[0, 0], [0, 0]]}"#, "cov", "positive definite"),
            (#"{"t": 8, "sensor": "tod-1", "x": 1000000, "y": 2000000, "cov": [[1e12, 0], [0, 1e12]]}"#, "cov", "says nothing"),
            (#"{"t": 9, "sensor": "tod-1", "x": 1000000, "y": 2000000, "cov": [[25, 0], [0, 25]], "kind": "sonar"}"#, "kind", "unknown"),
            (#"{"t": 1e999}"#, "t", "finite"),
            (#"{"sensor": "tod-1"}"#, "t", "missing"),
            (#"[1, 2, 3]"#, nil, "'{'"),
        ]
        // A good line after each bad one: all of them still make scans.
        var lines: [String] = []
        for (i, b) in bad.enumerated() {
            lines.append(b.text)
            lines.append(Self.detection(t: Double(100 + i)))
        }
        let reports = Reports()
        let feed = DetectionFeed(lines: Self.stream(lines).0, window: 0, report: reports.add)
        let scans = await Self.drain(feed)
        #expect(scans.map(\.t) == (0..<bad.count).map { Double(100 + $0) })
        let problems = reports.all
        #expect(problems.count == bad.count)
        for (i, b) in bad.enumerated() where i < problems.count {
            let p = problems[i]
            #expect(p.kind == .badLine)
            #expect(p.error.file == "feed.jsonl" && p.error.line == 2 * i + 1, "\(p)")
            if let field = b.field { #expect(p.error.field == field, "\(p)") }
            #expect(p.description.hasPrefix("feed.jsonl:\(2 * i + 1):"), "\(p)")
            #expect(p.description.contains(b.says), "\(b.text) → \(p)")
        }
        #expect(feed.health.badLines == bad.count && feed.health.lines == 2 * bad.count)
        #expect(feed.health.lastProblem == problems.last)
    }

    @Test func aLineOlderThanAScanHandedOutIsLateReportedAndDropped() async {
        let lines = [Self.detection(t: 10), Self.detection(t: 20), Self.detection(t: 5), #"{"t": 6}"#, Self.detection(t: 19), Self.detection(t: 30)]
        let reports = Reports()
        let feed = DetectionFeed(lines: Self.stream(lines).0, window: 2, report: reports.add)
        let scans = await Self.drain(feed)
        // 19 is within the window of 20 (10 was released when 20 came): it is put in order.
        #expect(scans.map(\.t) == [10, 19, 20, 30])
        let late = reports.all
        #expect(late.map(\.kind) == [.late, .late])
        #expect(late.map(\.error.line) == [3, 4])
        #expect(late.allSatisfy { $0.description.contains("came after the scan at t = 10.0") }, "\(late)")
        #expect(feed.health.lateLines == 2 && feed.health.badLines == 0)
    }

    @Test func aSilentLiveStreamHandsOutWhatTheWindowHolds() async {
        // The stream stays open: without the source's word that it has gone quiet, the scans at
        // 1 and 2 would wait for a line 2 s later.
        let (stream, input) = Self.stream([Self.detection(t: 1), Self.detection(t: 2)], idleAfter: [2], finish: false)
        let feed = DetectionFeed(lines: stream, window: 2)
        let first = await feed.nextScan()
        let second = await feed.nextScan()
        #expect(first?.t == 1 && second?.t == 2)
        // The stream goes on after the silence; a line older than what came out is late.
        input.yield(.line(FeedLine(source: "feed.jsonl", number: 3, text: Self.detection(t: 1.5))))
        input.yield(.line(FeedLine(source: "feed.jsonl", number: 4, text: Self.detection(t: 3))))
        input.finish()
        let rest = await Self.drain(feed)
        #expect(rest.map(\.t) == [3])
        #expect(feed.health.lateLines == 1)
    }

    @Test func problemsFromTheSourceAreCountedAndOrdersAreRecordedNotCarriedOut() async {
        let (stream, input) = Self.stream([Self.detection(t: 1)], finish: false)
        input.yield(.problem(FeedProblem(.overLong, InputError(file: "tcp 127.0.0.1:5000", line: 7, reason: "a line of 70000 bytes"))))
        input.yield(.problem(FeedProblem(.refused, InputError(file: "tcp 127.0.0.1:5001", line: 1, reason: "wrong feed token"))))
        input.finish()
        let reports = Reports()
        let orders = Mutex<[FieldCommand]>([])
        let feed = DetectionFeed(lines: stream, report: reports.add, order: { c in orders.withLock { $0.append(c) } })
        #expect(await Self.drain(feed).map(\.t) == [1])
        #expect(feed.health.overLongLines == 1 && feed.health.refusedConnections == 1)
        #expect(feed.health.lastProblem?.description == "tcp 127.0.0.1:5001:1: wrong feed token")
        let command = FieldCommand.checkCamera(alert: AlertID("A-1"), at: Point(x: 1, y: 2))
        feed.carryOut(command)
        #expect(feed.orders == [command] && feed.health.orders == 1)
        #expect(orders.withLock { $0 } == [command])
    }

    @Test func fenceZoneIdsOnTheWireMeanTheScenariosZones() throws {
        let (scenario, border) = try bundledScenario("2021-02-16-goseong-swimmer")
        let zones = FenceZones(of: scenario, border: border, seed: 1)
        #expect(!zones.segments.isEmpty)
    }
}
