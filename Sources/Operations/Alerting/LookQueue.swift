public import GuidepostCore

/// The operators of each sector as a resource (issue 21): every look at an alert — slewing a
/// camera or TOD to it and watching — takes one operator `seconds`; a sector has `operators`
/// of them; looks wait in a queue, most urgent first (`Alert.rankedBefore`: the sooner at the
/// MDL, then the likelier a person), and a look asked again for the same alert (a second look
/// after "cannot tell") goes before first looks, since a person is already waiting on it.
///
/// A value with no clock: `ask` queues, `start(at:)` hands out the looks free operators can
/// begin, `finish` frees the operator when the view is in. `waits` keeps each look's wait for
/// the figures (looks per operator-hour, the queue's waiting time).
public struct LookQueue: Hashable, Sendable {
    /// The looks' parameters (assumptions, docs/simulation.md "The look").
    public struct Configuration: Hashable, Sendable {
        /// Operators making looks in each sector at once; nil: as many as there are looks (no wait).
        public var operators: Int?
        /// Seconds one look takes: about 10 s to slew and focus, 30 s of dwell.
        public var seconds: Double
        /// Looks an alert gets while the view says "cannot tell" before a team is sent to look.
        public var maximumLooks: Int

        public init(operators: Int? = 6, seconds: Double = 40, maximumLooks: Int = 2) {
            self.operators = operators
            self.seconds = seconds
            self.maximumLooks = maximumLooks
        }

        /// One second a look and no queue: the camera check as it was before looks were counted.
        public static let instant = Configuration(operators: nil, seconds: 1, maximumLooks: 1)
    }

    /// A look asked for and not yet begun.
    public struct Request: Hashable, Sendable {
        public var alert: AlertID
        /// The policy's index of the alert.
        public var index: Int
        public var sector: Int
        public var asked: Double
        /// Which look of this alert it is (1 for the first).
        public var look: Int
    }

    /// A look under way.
    public struct Running: Hashable, Sendable {
        public var request: Request
        public var started: Double
        public var ends: Double
    }

    public let configuration: Configuration
    /// Looks waiting for an operator, in the order asked.
    public private(set) var waiting: [Request] = []
    /// Looks under way (and those past their end whose view is not in yet), by alert.
    public private(set) var running: [AlertID: Running] = [:]
    /// Looks made so far, per alert.
    public private(set) var looksOf: [AlertID: Int] = [:]
    /// Each look begun so far: its wait (start − asked), seconds.
    public private(set) var waits: [Double] = []

    public init(configuration: Configuration = Configuration()) { self.configuration = configuration }

    /// Queues a look at alert `id` (policy index `index`) in `sector`, asked at `t`; a look already
    /// waiting or under way for it is not asked twice. Returns whether it was queued.
    @discardableResult
    public mutating func ask(_ id: AlertID, index: Int, sector: Int, at t: Double) -> Bool {
        guard running[id].map({ $0.ends <= t }) ?? true, !waiting.contains(where: { $0.alert == id }) else { return false }
        waiting.append(Request(alert: id, index: index, sector: sector, asked: t, look: (looksOf[id] ?? 0) + 1))
        return true
    }


    /// Looks alert `id` has had (begun) so far.
    public func looks(of id: AlertID) -> Int { looksOf[id] ?? 0 }

    /// The looks free operators begin at `t`, most urgent first (`before` orders two requests of
    /// the same rank): operators whose look has run its `seconds` are free again.
    public mutating func start(at t: Double, before: (Request, Request) -> Bool) -> [Running] {
        // A look past its end frees its operator; its record waits for the view (`finish`) an
        // hour, for a field that answers late, then goes (a field that never answers).
        for (id, r) in running where r.ends + 3600 < t { running[id] = nil }
        guard !waiting.isEmpty else { return [] }
        let order = waiting.indices.sorted { a, b in
            let x = waiting[a], y = waiting[b]
            if (x.look > 1) != (y.look > 1) { return x.look > 1 }
            return before(x, y)
        }
        var busy: [Int: Int] = [:]
        for r in running.values where r.ends > t { busy[r.request.sector, default: 0] += 1 }
        var begun: [Running] = []
        var taken = Set<Int>()
        for i in order {
            let request = waiting[i]
            if let n = configuration.operators, busy[request.sector, default: 0] >= n { continue }
            busy[request.sector, default: 0] += 1
            taken.insert(i)
            let run = Running(request: request, started: t, ends: t + configuration.seconds)
            running[request.alert] = run
            looksOf[request.alert, default: 0] += 1
            waits.append(t - request.asked)
            begun.append(run)
        }
        waiting = waiting.indices.filter { !taken.contains($0) }.map { waiting[$0] }
        return begun
    }

    /// The look at alert `id` is answered: its operator is free. Returns the look, if one was under way.
    @discardableResult
    public mutating func finish(_ id: AlertID) -> Running? {
        running.removeValue(forKey: id)
    }

    /// Drops a waiting look at alert `id` (answered by a person or escalated before anyone looked).
    public mutating func cancel(_ id: AlertID) {
        waiting.removeAll { $0.alert == id }
    }
}
