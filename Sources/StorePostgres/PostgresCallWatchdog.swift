import Foundation

/// A call to the store raced against a watchdog that asks every second whether the server is
/// still the one to use. postgres-nio's pool waits for a connection to a dead server without
/// end and does not always give way to cancellation, so the call is not a child of the race:
/// whichever finishes first answers, and a call abandoned on a lost server ends with its pool.
enum PostgresCallWatchdog {
    /// The call's result, or nil when `lost` said the server had gone first. Cancelling the
    /// caller answers at once with `CancellationError`.
    static func race<T: Sendable>(
        _ call: @escaping @Sendable () async -> Result<T, any Error>, lost: @escaping @Sendable () async -> Bool
    ) async -> Result<T, any Error>? {
        let once = Once<Result<T, any Error>?>()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                once.wait(with: continuation)
                let worker = Task { once.answer(await call()) }
                let watchdog = Task {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .seconds(1))
                        if Task.isCancelled { return }
                        if await lost() {
                            once.answer(nil)
                            return
                        }
                    }
                }
                once.onAnswer {
                    worker.cancel()
                    watchdog.cancel()
                }
            }
        } onCancel: {
            once.answer(.failure(CancellationError()))
        }
    }

    /// Resumes a continuation once, whoever answers first; later answers are dropped.
    final class Once<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Value, Never>?
        /// An answer that came before anyone waited (the caller cancelled at once).
        private var early: [Value] = []
        private var answered = false
        private var cleanUp: (() -> Void)?

        func wait(with continuation: CheckedContinuation<Value, Never>) {
            lock.lock()
            if let value = early.first {
                lock.unlock()
                continuation.resume(returning: value)
                return
            }
            self.continuation = continuation
            lock.unlock()
        }

        func onAnswer(_ body: @escaping () -> Void) {
            lock.lock()
            if answered {
                lock.unlock()
                body()
                return
            }
            cleanUp = body
            lock.unlock()
        }

        func answer(_ value: Value) {
            lock.lock()
            guard !answered else {
                lock.unlock()
                return
            }
            answered = true
            let c = continuation
            continuation = nil
            if c == nil { early = [value] }
            let clean = cleanUp
            cleanUp = nil
            lock.unlock()
            c?.resume(returning: value)
            clean?()
        }
    }
}
