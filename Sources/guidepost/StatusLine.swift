import Foundation

/// A one-line status display on stderr (a count, when the total is unknown), shown only when
/// stderr is a terminal, at most every 0.2 s (never into a log or a pipe).
final class StatusLine {
    private let label: String
    private let enabled = isatty(2) != 0
    private var last = Date.distantPast
    private var shown = false

    init(label: String) { self.label = label }

    func show(_ text: String) {
        guard enabled, Date().timeIntervalSince(last) >= 0.2 else { return }
        last = Date()
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(label): \(text)".utf8))
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
