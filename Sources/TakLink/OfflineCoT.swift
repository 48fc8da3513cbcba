public import CoT
public import GuidepostCore
public import Operations
import Pipeline

/// A tracker's and an alert log's files as the CoT stream the watch would have sent (for
/// `guidepost cot`: loading a past night onto a TAK server or a device, offline). Each scan time
/// of the tracks becomes a frame of the tracks then and the alerts awaiting an answer then, mapped by `WatchCoT` exactly as the live link maps the
/// watch's frames, stamped `start` plus the record's time: the same files give the same bytes.
public struct OfflineCoT {
    public var options: WatchCoT.Options

    public init(options: WatchCoT.Options = .init()) {
        self.options = options
    }

    /// The events for `tracks` (sorted by time) and `events` (an alert log), in time order.
    public func events(tracks: [TrackRecord], events log: [OperationsEvent], start: CoTTime) -> [CoTEvent] {
        var mapper = WatchCoT(options: options)
        var byTime: [Double: [TrackRecord]] = [:]
        for r in tracks where r.t.isFinite { byTime[r.t, default: []].append(r) }
        let changes = log.filter { $0.t.isFinite }.sorted { $0.t < $1.t }
        var next = 0
        let times = byTime.keys.sorted()
        var open: [String: WatchFrame.AlertView] = [:]
        var order: [String] = []
        var out: [CoTEvent] = []
        var alertOfTrack: [String: String] = [:]
        for (n, t) in times.enumerated() {
            // The alert log up to this scan (a frame is a scan: between scans there are no tracks).
            while next < changes.count, changes[next].t <= t {
                let e = changes[next]
                next += 1
                switch e.kind {
                case .alertRaised(let a):
                    open[a.id.rawValue] = WatchFrame.AlertView(
                        id: a.id.rawValue, raised: a.t, track: a.track, x: a.x, y: a.y, targetClass: a.targetClass.rawValue,
                        confidence: a.confidence, reason: a.reason.rawValue, status: "open", timeToMDL: a.timeToMDL,
                        timeToFence: a.timeToFence)
                    order.append(a.id.rawValue)
                    alertOfTrack[a.track] = a.id.rawValue
                case .alertEscalated(let id, _):
                    open[id.rawValue]?.status = "escalated"
                case .alertAcknowledged(let id, _), .alertDismissed(let id, _), .alertMerged(let id, _, _):
                    open[id.rawValue] = nil
                default:
                    break
                }
            }
            order.removeAll { open[$0] == nil }
            var alerts: [WatchFrame.AlertView] = []
            for (rank, id) in order.enumerated() {
                guard var a = open[id] else { continue }
                a.rank = rank + 1
                alerts.append(a)
            }
            let views = (byTime[t] ?? []).map { r in
                WatchFrame.TrackView(
                    id: r.track, x: r.x, y: r.y, vx: r.vx, vy: r.vy, targetClass: r.targetClass.rawValue, probability: r.classProbability,
                    timeToMDL: r.timeToMDL, timeToFence: r.timeToFence, alert: alertOfTrack[r.track].flatMap { open[$0] == nil ? nil : $0 },
                    sigma: r.cov.map(Self.largestSigma))
            }
            let frame = WatchFrame(
                frame: n + 1, t: t, clock: nil, fedAt: 0, ended: false, tracks: views, teams: [], blueForce: [], alerts: alerts, incidents: [],
                lastEvent: 0)
            out += mapper.events(for: frame, at: start.adding(seconds: t)).map(\.event)
        }
        return out
    }

    static func largestSigma(_ c: Covariance2) -> Double {
        let half = (c.xx - c.yy) / 2
        return max((c.xx + c.yy) / 2 + (half * half + c.xy * c.xy).squareRoot(), 0).squareRoot()
    }
}
