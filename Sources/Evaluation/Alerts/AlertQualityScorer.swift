public import GuidepostCore

/// Scores alarm quality against truth (issue 6): whether each crossing person was alerted, the
/// alert delay after the person's first detection, and false alerts per 10 km of border per day.
///
/// Definitions (R = `matchRadius`, D = `dmzHalfWidth`, M = `approachMargin`):
/// - a **crossing person** is a human truth object that reaches the MDL from the north
///   (`HumanPath.southwardCrossing`) and is not one of our own: a truth line with a `role`
///   (`TruthRecord.role`, a ROK team) is never a crosser, wherever it walked (issue 19);
/// - an alert is **on** a truth object when one of its tracks, from the time the track joined
///   the alert (`ScoredAlert.Member.since`), is reported within R of it: ‖p_track(t) − p_truth(t)‖ ≤ R, truth interpolated
///   linearly for humans and taken within `timeTolerance` for other objects; an alert raised on
///   a report (`ScoredAlert.place`: a blast heard, a climber on the fence camera) counts that place at its raise as one such report;
/// - a crossing person is **alerted** at the first such contact while at d ≤ D + M (in the
///   DMZ or approaching it); **delay** = first alert − first detection (the simulator's
///   first-detections side file);
/// - a **false alert** is on no human at all; it is put down to an animal (or a vehicle) when
///   one came within R, else to clutter. Rate = false / (L / 10 km) / (T / 1 day).
///
/// Feed it the alerts, then every track report (`add(track:t:position:)`), then the truth in
/// any order of objects (`add(_:d:)`: only human samples are kept, so memory follows the number
/// of people and alerted tracks, not animals), then the first detections; `report` scores.
/// - Complexity: O(P·H log S) for P reports of alerted tracks, H people with S samples each,
///   plus O(1) expected per non-human truth sample (a grid of alerted reports by time and cell).
public struct AlertQualityScorer: Sendable {
    public let configuration: AlertQualityConfiguration
    public let alerts: [ScoredAlert]
    private var membership: [String: [(alert: Int, member: Int, since: Double)]] = [:]
    private var reports: [[Report]]
    private var humans: [String: HumanPath] = [:]
    /// Humans whose truth lines carry a role: our own teams, never crossers.
    private var ownForces: Set<String> = []
    private var nonHuman: [(kind: TargetClass, id: String)?]
    private var firstDetections: [String: Double] = [:]
    private var index: [CellKey: [Report]]?

    struct Report: Sendable {
        var alert: Int
        var member: Int
        var t: Double
        var position: Point
    }

    struct CellKey: Hashable, Sendable {
        var bucket: Int, cx: Int, cy: Int
    }

    public init(alerts: [ScoredAlert], configuration: AlertQualityConfiguration = AlertQualityConfiguration()) {
        self.configuration = configuration
        self.alerts = alerts
        reports = Array(repeating: [], count: alerts.count)
        nonHuman = Array(repeating: nil, count: alerts.count)
        for (i, a) in alerts.enumerated() {
            for (m, member) in a.members.enumerated() { membership[member.track, default: []].append((i, m, member.since)) }
            if let p = a.place, let raising = a.members.first {
                reports[i].append(Report(alert: i, member: 0, t: raising.since, position: p))
            }
        }
    }

    /// One report of a track (a line of tracks.jsonl); kept only for tracks in an alert, from
    /// the time they joined it.
    public mutating func add(track: String, t: Double, position: Point) {
        guard let owners = membership[track] else { return }
        for o in owners where t >= o.since {
            reports[o.alert].append(Report(alert: o.alert, member: o.member, t: t, position: position))
            index = nil
        }
    }

    /// One truth sample, in any order of time. `d` (metres north of the MDL) is needed for
    /// humans only; a human sample without it is ignored. False when this human already has a
    /// sample at this time (a repeated line: not counted again).
    @discardableResult
    public mutating func add(_ truth: TruthRecord, d: Double?) -> Bool {
        switch truth.kind {
        case .human:
            guard let d else { return true }
            if truth.role != nil { ownForces.insert(truth.id) }
            return humans[truth.id, default: HumanPath()].append(t: truth.t, position: truth.position, d: d)
        case .animal, .vehicle, .unknown:
            noteNonHuman(truth)
            return true
        }
    }

    /// The simulator's first detection of a truth object; the earliest given counts.
    public mutating func addFirstDetection(id: String, t: Double) {
        firstDetections[id] = min(t, firstDetections[id] ?? t)
    }

    /// Marks alerts with a report within R of a non-human object at about the same time.
    private mutating func noteNonHuman(_ truth: TruthRecord) {
        if index == nil { index = buildIndex() }
        let r = configuration.matchRadius, tol = configuration.timeTolerance
        let cell = CellKey(bucket: 0, cx: Self.cell(truth.x, r), cy: Self.cell(truth.y, r))
        var buckets = [Self.cell(truth.t - tol, 2 * tol)]
        let upper = Self.cell(truth.t + tol, 2 * tol)
        if upper != buckets[0] { buckets.append(upper) }
        for b in buckets {
            var key = cell
            key.bucket = b
            guard let candidates = index?[key] else { continue }
            for c in candidates where nonHuman[c.alert] == nil {
                if abs(c.t - truth.t) <= tol, c.position.distance(to: truth.position) <= r {
                    nonHuman[c.alert] = (truth.kind, truth.id)
                }
            }
        }
    }

    /// Alerted reports thinned to one per member track per `timeTolerance`, each filed under
    /// its time bucket (width 2·tolerance) and the 3 × 3 cells (side R) around its own, so
    /// a truth sample finds every report within R in its own cell.
    private func buildIndex() -> [CellKey: [Report]] {
        let r = configuration.matchRadius, tol = configuration.timeTolerance
        var out: [CellKey: [Report]] = [:]
        for list in reports {
            var last: [Int: Double] = [:]
            // In time order, whatever the order of the tracks file, so thinning keeps one per interval.
            for rep in list.sorted(by: { $0.t < $1.t }) {
                if let l = last[rep.member], rep.t - l < tol { continue }
                last[rep.member] = rep.t
                let b = Self.cell(rep.t, 2 * tol), cx = Self.cell(rep.position.x, r), cy = Self.cell(rep.position.y, r)
                for dx in -1...1 {
                    for dy in -1...1 { out[CellKey(bucket: b, cx: cx + dx, cy: cy + dy), default: []].append(rep) }
                }
            }
        }
        return out
    }

    static func cell(_ v: Double, _ size: Double) -> Int { Int((v / size).rounded(.down)) }

    /// The figures, for `borderLength` metres of border over `duration` seconds.
    public func report(borderLength: Double, duration: Double) -> AlertQualityReport {
        let c = configuration
        let ids = humans.keys.sorted()
        let paths = ids.compactMap { humans[$0] }
        // Our own teams match alerts as other humans (not false), but never cross.
        let crossingAt = zip(ids, paths).map { ownForces.contains($0) ? nil : $1.southwardCrossing }
        var firstAlert = [(t: Double, alert: String)?](repeating: nil, count: ids.count)
        var outcomes: [AlertQualityReport.AlertOutcome] = []
        for (a, alert) in alerts.enumerated() {
            var crosser: (t: Double, h: Int)?
            var other: (t: Double, h: Int)?
            for rep in reports[a] {
                // A contact before the alert counts (acted on later) is made when it counts.
                let when = max(rep.t, alert.t)
                for (h, path) in paths.enumerated() {
                    guard let at = path.at(rep.t), at.position.distance(to: rep.position) <= c.matchRadius else { continue }
                    if crossingAt[h] != nil {
                        if crosser.map({ when < $0.t }) ?? true { crosser = (when, h) }
                        if at.d <= c.dmzHalfWidth + c.approachMargin, firstAlert[h].map({ when < $0.t }) ?? true {
                            firstAlert[h] = (when, alert.id)
                        }
                    } else if other.map({ when < $0.t }) ?? true {
                        other = (when, h)
                    }
                }
            }
            if let crosser {
                outcomes.append(.init(id: alert.id, match: .crosser, truth: ids[crosser.h]))
            } else if let other {
                outcomes.append(.init(id: alert.id, match: .otherHuman, truth: ids[other.h]))
            } else if let n = nonHuman[a] {
                outcomes.append(.init(id: alert.id, match: n.kind == .vehicle ? .vehicle : .animal, truth: n.id))
            } else {
                outcomes.append(.init(id: alert.id, match: .clutter, truth: nil))
            }
        }
        var crossings: [AlertQualityReport.Crossing] = []
        var nonCrossing = 0
        for (h, id) in ids.enumerated() {
            guard let crossed = crossingAt[h] else {
                if paths[h].entersDMZ(halfWidth: c.dmzHalfWidth) { nonCrossing += 1 }
                continue
            }
            crossings.append(.init(
                id: id, crossedAt: crossed, firstDetection: firstDetections[id], firstAlert: firstAlert[h]?.t,
                alert: firstAlert[h]?.alert))
        }
        return AlertQualityReport(
            crossings: crossings, alerts: outcomes, nonCrossingHumans: nonCrossing, borderLength: borderLength,
            duration: duration)
    }
}
