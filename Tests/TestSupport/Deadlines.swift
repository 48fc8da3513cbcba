/// A live test's wait ran past its deadline.
public struct TimedOut: Error, CustomStringConvertible {
    public var seconds: Double
    /// What was awaited.
    public var what: String

    public init(seconds: Double, what: String = "") {
        self.seconds = seconds
        self.what = what
    }

    public var description: String { "timed out after \(seconds) s" + (what.isEmpty ? "" : " waiting for \(what)") }
}

/// `body`'s value, or `TimedOut` after `seconds`: a live test (a socket, a server, a child
/// process) fails instead of hanging CI.
public func within<T: Sendable>(_ seconds: Double = 20, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw TimedOut(seconds: seconds) }
        return value
    }
}

/// Waits until `condition` holds, polling every 20 ms, at most `seconds` (then `TimedOut`
/// naming `what`).
public func eventually(_ seconds: Double = 10, _ what: String = "", _ condition: @escaping @Sendable () -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(seconds)
    while !condition() {
        guard ContinuousClock.now < deadline else { throw TimedOut(seconds: seconds, what: what) }
        try await Task.sleep(for: .milliseconds(20))
    }
}
