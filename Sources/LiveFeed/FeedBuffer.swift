import Dispatch
import GuidepostCore
import NIOConcurrencyHelpers
public import Pipeline

/// The bounded queue between a feed's sources (connections, a reader thread) and the watch:
/// a source that finds it full waits (a connection stops being read, so TCP slows its sender;
/// a reader thread blocks), so no line is dropped and memory stays at most `capacity` lines.
///
/// With `idle`, the queue notices a live stream falling silent: when no line has been offered
/// for `idle` and no source is waiting, it adds one `FeedInput.idle`, so the feed hands out the
/// scans its reorder window holds. Silence is measured where lines arrive, not where the watch
/// takes them, so a watch that is slow (or paced) never mistakes its own delay for silence.
public final class FeedBuffer: Sendable {
    private enum Waiter: Sendable {
        case task(CheckedContinuation<Void, Never>)
        case thread(DispatchSemaphore)

        func wake() {
            switch self {
            case .task(let c): c.resume()
            case .thread(let s): s.signal()
            }
        }
    }

    private struct State: Sendable {
        var items: [FeedInput] = []
        var head = 0
        var consumer: CheckedContinuation<FeedInput?, Never>?
        var producers: [Waiter] = []
        var finished = false
        var lastLine: ContinuousClock.Instant?
        var idleSent = true

        var count: Int { items.count - head }

        mutating func pop() -> FeedInput? {
            guard head < items.count else { return nil }
            let item = items[head]
            head += 1
            if head > 256, head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            return item
        }
    }

    /// Lines (and problems) held at most.
    public let capacity: Int
    /// Silence after which `FeedInput.idle` is added; nil for a source that is never live (a file).
    public let idle: Duration?
    private let state = NIOLockedValueBox(State())

    /// A queue holding at most `capacity` inputs; with `idle`, it watches for silence (call
    /// `watchForSilence()` in a task, or use `makeStream()`, which does).
    public init(capacity: Int = 1024, idle: Duration? = .seconds(1)) {
        self.capacity = max(1, capacity)
        self.idle = idle
    }

    /// The queue as the feed's input (make it once): each element taken as the feed asks for
    /// it; with `idle`, silence is watched for in a task of its own until the queue finishes.
    /// Cancelling the task that reads the stream finishes the queue (its sources stop).
    public func makeStream() -> AsyncStream<FeedInput> {
        if idle != nil { Task { await self.watchForSilence() } }
        return AsyncStream(unfolding: { await self.next() }, onCancel: { self.finish() })
    }

    /// Whether the queue has been finished (by its source, or by the feed going away).
    public var isFinished: Bool { state.withLockedValue(\.finished) }

    /// Adds `input`, waiting while the queue is full; does nothing once it is finished.
    public func send(_ input: FeedInput) async {
        while !Task.isCancelled {
            guard case .wait = offer(input) else { return }
            await withTaskCancellationHandler {
                await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                    if !park(.task(c)) { c.resume() }
                }
            } onCancel: {
                self.wakeProducers()
            }
        }
    }

    /// Adds `input` from a thread that may block (a reader of a file or standard input),
    /// waiting while the queue is full; does nothing once it is finished.
    public func sendBlocking(_ input: FeedInput) {
        while true {
            guard case .wait = offer(input) else { return }
            let semaphore = DispatchSemaphore(value: 0)
            if park(.thread(semaphore)) { semaphore.wait() }
        }
    }

    /// Ends the queue: the feed takes what is left, then sees the end; waiting sources return.
    public func finish() {
        let (consumer, producers) = state.withLockedValue { s in
            s.finished = true
            let c = s.count == 0 ? s.consumer : nil
            if c != nil { s.consumer = nil }
            let p = s.producers
            s.producers = []
            return (c, p)
        }
        consumer?.resume(returning: nil)
        for p in producers { p.wake() }
    }

    /// The next input, waiting for one; nil when the queue is finished and empty, or the task is cancelled.
    public func next() async -> FeedInput? {
        if let ready = take() { return ready }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<FeedInput?, Never>) in
                let ready: (item: FeedInput?, waiter: Waiter?)? = state.withLockedValue { s in
                    if let item = s.pop() {
                        return (item, s.producers.isEmpty ? nil : s.producers.removeFirst())
                    }
                    if s.finished { return (nil, nil) }
                    s.consumer = c
                    return nil
                }
                if let ready {
                    ready.waiter?.wake()
                    c.resume(returning: ready.item)
                }
            }
        } onCancel: {
            let c = state.withLockedValue { s in
                s.finished = true
                let c = s.consumer
                s.consumer = nil
                return c
            }
            c?.resume(returning: nil)
            self.wakeProducers()
        }
    }

    /// Adds `FeedInput.idle` every time the stream has been silent for `idle` since its last
    /// line (once per silence), until the queue is finished.
    public func watchForSilence() async {
        guard let idle else { return }
        while !isFinished, !Task.isCancelled {
            try? await Task.sleep(for: idle / 4)
            let consumer = state.withLockedValue { s -> CheckedContinuation<FeedInput?, Never>? in
                guard !s.finished, !s.idleSent, s.producers.isEmpty, let last = s.lastLine, .now - last >= idle else { return nil }
                s.idleSent = true
                if let c = s.consumer {
                    s.consumer = nil
                    return c
                }
                s.items.append(.idle)
                return nil
            }
            consumer?.resume(returning: .idle)
        }
    }

    // MARK: Inside

    private enum Offer { case done, wait }

    /// Hands `input` to a waiting feed or queues it; `.wait` when the queue is full.
    private func offer(_ input: FeedInput) -> Offer {
        let (consumer, outcome) = state.withLockedValue { s -> (CheckedContinuation<FeedInput?, Never>?, Offer) in
            if s.finished { return (nil, .done) }
            if case .line = input {
                s.lastLine = .now
                s.idleSent = false
            }
            if let c = s.consumer {
                s.consumer = nil
                return (c, .done)
            }
            guard s.count < capacity else { return (nil, .wait) }
            s.items.append(input)
            return (nil, .done)
        }
        consumer?.resume(returning: input)
        return outcome
    }

    /// Registers a source waiting for room; false (do not wait) when there is room already or
    /// the queue is finished.
    private func park(_ waiter: Waiter) -> Bool {
        state.withLockedValue { s in
            if s.finished || s.count < capacity { return false }
            s.producers.append(waiter)
            return true
        }
    }

    /// The next input if one is queued (`.some(nil)`: finished and empty), waking a waiting
    /// source now that there is room; nil when the feed must wait.
    private func take() -> FeedInput?? {
        let ready: (item: FeedInput?, waiter: Waiter?)? = state.withLockedValue { s in
            if let item = s.pop() { return (item, s.producers.isEmpty ? nil : s.producers.removeFirst()) }
            if s.finished { return (nil, nil) }
            return nil
        }
        guard let ready else { return nil }
        ready.waiter?.wake()
        return .some(ready.item)
    }

    private func wakeProducers() {
        let producers = state.withLockedValue { s in
            let p = s.producers
            s.producers = []
            return p
        }
        for p in producers { p.wake() }
    }
}
