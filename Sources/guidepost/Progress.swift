import Foundation

/// A one-line progress report on stderr, redrawn at most every half second, only when stderr is
/// a terminal (so logs and pipes stay clean).
final class Progress {
    private let enabled: Bool
    private var last = ContinuousClock.now
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    func tick(_ message: @autoclosure () -> String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - last > .milliseconds(500) else { return }
        last = now
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(message())".utf8))
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
