public import FieldSimulation
import GuidepostCore
public import Operations
import Tracking

/// A live detection stream as the watch's feed: lines in DESIGN.md's detections format
/// (`{"t":…,"sensor":…,"x":…,"y":…,"cov":[[…],[…]]}`, optional `kind`, `range`, `bearing`,
/// `snr`, `zone`, `size`) and scan lines (`{"t": 12.0}`: sensors reported, nothing seen) become
/// `FieldScan`s in time order, through the same conversion as `guidepost track` and every run.
///
/// Lines may come a little out of order: each scan is held until the stream has moved `window`
/// seconds past it (`ScanAssembler`). A live stream that falls silent does not hold a scan back:
/// when its source says it has been idle (`FeedInput.idle`, after a second or so of wall-clock
/// silence), everything held comes out. A line older than a scan already handed out is late:
/// reported and dropped.
///
/// A bad line — not JSON, a missing or mistyped field, a non-finite number, a covariance that is
/// not positive definite or absurdly large, a late time — is reported with its source and line,
/// counted in `health`, and skipped; the feed never ends because of one. It ends when its input
/// ends (a file, standard input); the scans still held come out first.
///
/// Commands go to radios in a deployment, not to a simulator: `carryOut` records them as
/// orders (counted, reported, the latest kept for inspection) and changes nothing in the feed.
/// There are no field reports in the detections format, so no scan carries any.
///
/// - Complexity: O(log n) per line for the ordering; memory bounded by what arrives within one
///   window plus the sensors named so far.
public final class DetectionFeed: WatchFeed {
    /// Seconds a scan is held for lines arriving out of order.
    public let window: Double
    /// The latest orders, oldest first (at most `ordersKept`; `health.orders` counts them all).
    public private(set) var orders: [FieldCommand] = []
    /// How many orders `orders` keeps.
    public static var ordersKept: Int { 1000 }
    public private(set) var health = FeedHealth()

    private var input: AsyncStream<FeedInput>.Iterator
    private var converter: DetectionConverter
    private var assembler: ScanAssembler
    /// The sensor kind of each held detection, by scan time, in arrival order (as the assembler keeps them).
    private var kinds: [Double: [SensorKind]] = [:]
    private var flushing = false
    private var ended = false
    private let report: @Sendable (FeedProblem) -> Void
    private let order: @Sendable (FieldCommand) -> Void

    /// A feed over `lines`.
    /// - Parameters:
    ///   - zones: fence zones, so a zone's alarm is measured along its segment.
    ///   - conversion: how range/bearing detections are measured (`TrackerConfiguration`'s).
    ///   - window: seconds to hold a scan for lines arriving out of order (≥ 0).
    ///   - report: told of each problem as it is counted (the CLI prints it).
    ///   - order: told of each command the engine gives (the CLI prints it as an order).
    public init(
        lines: AsyncStream<FeedInput>, zones: FenceZones = FenceZones(),
        conversion: DetectionConversion = TrackerConfiguration().detectionConversion, window: Double = 2,
        report: @escaping @Sendable (FeedProblem) -> Void = { _ in },
        order: @escaping @Sendable (FieldCommand) -> Void = { _ in }
    ) {
        input = lines.makeAsyncIterator()
        converter = DetectionConverter(zones: zones, conversion: conversion)
        assembler = ScanAssembler(window: max(0, window))
        self.window = max(0, window)
        self.report = report
        self.order = order
    }

    public func nextScan(isolation: isolated (any Actor)? = #isolation) async -> FieldScan? {
        while true {
            if let scan = release(flush: ended || flushing) { return scan }
            if ended { return nil }
            var iterator = input
            let item = await iterator.next(isolation: isolation)
            input = iterator
            switch item {
            case nil: ended = true
            case .line(let line): take(line)
            case .problem(let problem): note(problem)
            case .idle: flushing = true
            }
        }
    }

    public func carryOut(_ command: FieldCommand) {
        health.orders += 1
        orders.append(command)
        if orders.count > Self.ordersKept { orders.removeFirst(orders.count - Self.ordersKept) }
        order(command)
    }

    /// Parses one line into the held scans, or reports why not.
    func take(_ line: FeedLine) {
        health.lines += 1
        flushing = false
        let record: FeedRecord
        do { record = try FeedRecord.parse(line) } catch {
            note(FeedProblem(.badLine, error))
            return
        }
        switch record {
        case .scan(let t):
            if !assembler.addScan(at: t) { late(line, t: t, what: "scan") }
        case .detection(let r, let size):
            if assembler.add(converter.detection(r, size: size)) {
                kinds[r.t, default: []].append(r.kind ?? .thermal)
                health.detections += 1
            } else {
                late(line, t: r.t, what: "detection")
            }
        }
    }

    func late(_ line: FeedLine, t: Double, what: String) {
        note(
            FeedProblem(
                .late,
                InputError(
                    file: line.source, line: line.number, field: "t",
                    reason: "\(what) at t = \(t) came after the scan at t = \(assembler.released) was handed out; dropped",
                    hint: "send lines within \(window) s of each other's order")))
    }

    func note(_ problem: FeedProblem) {
        health.note(problem)
        report(problem)
    }

    /// The next scan that is ready (any held one, when `flush`).
    func release(flush: Bool) -> FieldScan? {
        guard let ready = assembler.next(flush: flush) else { return nil }
        var k = kinds.removeValue(forKey: ready.time) ?? []
        if k.count != ready.detections.count { k = Array(repeating: .thermal, count: ready.detections.count) }
        health.scans += 1
        return FieldScan(t: ready.time, detections: ready.detections, kinds: k)
    }
}
