import CoT
import DequeModule
import NIOConcurrencyHelpers

/// The bounded queue between the watch and the TAK link. The watch never waits on it: `send`
/// returns at once whatever the server does. When the link falls behind (a slow or stalled
/// server, a reconnection), position updates are coalesced by uid — the newest replaces the one
/// waiting — and beyond `positionCapacity` the oldest waiting position is dropped; alerts,
/// routes, chat, markers and removals are never dropped (a newer version of the same uid
/// replaces the waiting one, so they stay bounded by what the watch has open). Sticky events are
/// remembered and queued again on every reconnection.
public final class TakOutbox: Sendable {
    private struct State: Sendable {
        var urgent: Deque<TakOutgoing> = []
        var positions: Deque<TakOutgoing> = []
        var sticky: [String: TakOutgoing] = [:]
        var stickyOrder: [String] = []
        var consumer: CheckedContinuation<TakOutgoing?, Never>?
        var closed = false
        var stats = TakOutboxStats()

        mutating func pop() -> TakOutgoing? {
            if let first = urgent.popFirst() { return first }
            return positions.popFirst()
        }
    }

    /// Position updates waiting at most.
    public let positionCapacity: Int
    private let state = NIOLockedValueBox(State())

    public init(positionCapacity: Int = 512) {
        self.positionCapacity = max(1, positionCapacity)
    }

    /// Queues `item` (never waits). A sticky item is remembered for reconnections; a removal
    /// forgets the sticky item it removes.
    public func send(_ item: TakOutgoing) {
        let consumer: (CheckedContinuation<TakOutgoing?, Never>, TakOutgoing)? = state.withLockedValue { s in
            guard !s.closed else { return nil }
            s.stats.queued += 1
            if item.sticky {
                if s.sticky.updateValue(item, forKey: item.event.uid) == nil { s.stickyOrder.append(item.event.uid) }
            }
            if let removed = item.removes, s.sticky.removeValue(forKey: removed) != nil {
                s.stickyOrder.removeAll { $0 == removed }
            }
            if let c = s.consumer {
                s.consumer = nil
                s.stats.sent += 1
                return (c, item)
            }
            Self.enqueue(item, into: &s, capacity: positionCapacity)
            s.stats.waiting = s.urgent.count + s.positions.count
            return nil
        }
        if let (c, item) = consumer { c.resume(returning: item) }
    }

    private static func enqueue(_ item: TakOutgoing, into s: inout State, capacity: Int) {
        let uid = item.event.uid
        if item.droppable {
            if let i = s.positions.firstIndex(where: { $0.event.uid == uid }) {
                s.positions[i] = item
                s.stats.dropped += 1
                return
            }
            s.positions.append(item)
            while s.positions.count > capacity {
                s.positions.removeFirst()
                s.stats.dropped += 1
            }
        } else if item.kind != .chat, let i = s.urgent.firstIndex(where: { $0.event.uid == uid && $0.kind == item.kind }) {
            s.urgent[i] = item
        } else {
            s.urgent.append(item)
        }
    }

    /// Queues every sticky event again (the link calls it on each (re)connection, before
    /// anything else goes out): alerts still open, routes standing, markers of open incidents.
    public func resendSticky() {
        state.withLockedValue { s in
            for uid in s.stickyOrder.reversed() {
                guard let item = s.sticky[uid] else { continue }
                if let i = s.urgent.firstIndex(where: { $0.event.uid == uid }) { s.urgent.remove(at: i) }
                s.urgent.prepend(item)
                s.stats.resent += 1
            }
            s.stats.waiting = s.urgent.count + s.positions.count
        }
    }

    /// The sticky events now, in the order they were first kept.
    public var sticky: [TakOutgoing] {
        state.withLockedValue { s in s.stickyOrder.compactMap { s.sticky[$0] } }
    }

    /// The next event to write: urgent ones first, then positions; waits for one; nil once the
    /// queue is closed or the waiting task is cancelled.
    public func next() async -> TakOutgoing? {
        if let item = take() { return item }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<TakOutgoing?, Never>) in
                let ready: TakOutgoing?? = state.withLockedValue { s in
                    if let item = s.pop() {
                        s.stats.sent += 1
                        s.stats.waiting = s.urgent.count + s.positions.count
                        return .some(item)
                    }
                    if s.closed || Task.isCancelled { return .some(nil) }
                    s.consumer = c
                    return .none
                }
                if let ready { c.resume(returning: ready) }
            }
        } onCancel: {
            let c = state.withLockedValue { s in
                defer { s.consumer = nil }
                return s.consumer
            }
            c?.resume(returning: nil)
        }
    }

    private func take() -> TakOutgoing? {
        state.withLockedValue { s in
            guard let item = s.pop() else { return nil }
            s.stats.sent += 1
            s.stats.waiting = s.urgent.count + s.positions.count
            return item
        }
    }

    /// Puts back an event the link took but could not write (the connection broke): it goes
    /// out first after reconnecting, unless it is a position (a newer one will come).
    public func putBack(_ item: TakOutgoing) {
        state.withLockedValue { s in
            s.stats.sent -= 1
            if item.droppable {
                s.stats.dropped += 1
            } else if !item.sticky {
                s.urgent.prepend(item)
            }
            s.stats.waiting = s.urgent.count + s.positions.count
        }
    }

    /// Ends the queue: a waiting `next()` returns nil and later sends are ignored.
    public func close() {
        let c = state.withLockedValue { s in
            s.closed = true
            defer { s.consumer = nil }
            return s.consumer
        }
        c?.resume(returning: nil)
    }

    /// The counts so far.
    public var stats: TakOutboxStats { state.withLockedValue(\.stats) }
}
