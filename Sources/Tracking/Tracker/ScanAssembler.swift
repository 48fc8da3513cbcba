/// Turns a stream of detections and scan times, possibly a little out of order, into scans in
/// time order. Everything newer than `window` seconds behind the newest time seen is held back;
/// a detection older than a scan already released is reported as late and dropped.
///
/// - Complexity: O(log n) to insert, amortised O(1) per released detection, memory bounded by
///   what arrives within one window.
public struct ScanAssembler: Sendable {
    /// Seconds of reordering tolerance.
    public let window: Double
    private var pending: [(time: Double, detection: Detection?)] = []
    private var head = 0
    private var newest = -Double.infinity
    /// The time of the last scan released.
    public private(set) var released = -Double.infinity

    public init(window: Double) {
        precondition(window >= 0, "the reordering window must be ≥ 0")
        self.window = window
    }

    /// Adds a detection; false when it is older than a released scan (it is dropped).
    public mutating func add(_ detection: Detection) -> Bool { insert(detection.time, detection) }

    /// Adds a scan time at which sensors reported, possibly with nothing seen.
    @discardableResult
    public mutating func addScan(at time: Double) -> Bool { insert(time, nil) }

    private mutating func insert(_ time: Double, _ detection: Detection?) -> Bool {
        if time < released || (time == released && detection != nil) { return false }
        if time == released { return true }
        newest = max(newest, time)
        // Binary search for the insertion point after equal times (stable).
        var lo = head, hi = pending.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if pending[mid].time <= time { lo = mid + 1 } else { hi = mid }
        }
        pending.insert((time, detection), at: lo)
        return true
    }

    /// The next scan whose time is more than `window` behind the newest time (or any, when
    /// `flush`), with its detections in arrival order; nil when none is ready.
    public mutating func next(flush: Bool = false) -> (time: Double, detections: [Detection])? {
        guard head < pending.count else { return nil }
        let time = pending[head].time
        guard flush || time < newest - window else { return nil }
        var detections: [Detection] = []
        while head < pending.count, pending[head].time == time {
            if let d = pending[head].detection { detections.append(d) }
            head += 1
        }
        released = time
        if head > 4096, head * 2 > pending.count {
            pending.removeFirst(head)
            head = 0
        }
        return (time, detections)
    }
}
