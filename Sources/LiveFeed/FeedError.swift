/// Why a feed could not start; each says what to do. (Problems with the lines themselves are
/// never errors: they are `FeedProblem`s, reported and skipped.)
public enum FeedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--listen-detections` was not `HOST:PORT`.
    case badAddress(String, reason: String)
    /// The listener could not bind.
    case cannotListen(address: String, reason: String)
    /// A detections file (or the token file) could not be read.
    case cannotOpen(path: String, reason: String)
    /// The token file holds no usable token.
    case badToken(path: String, reason: String)

    public var description: String {
        switch self {
        case .badAddress(let text, let reason):
            "'\(text)' is not an address to listen on: \(reason) (give HOST:PORT, e.g. 127.0.0.1:7010 or [::1]:7010; port 0 picks a free one)"
        case .cannotListen(let address, let reason):
            "cannot listen for detections on \(address): \(reason) (pick another port, or stop what holds this one)"
        case .cannotOpen(let path, let reason):
            "cannot read \(path): \(reason) (check the path and its permissions)"
        case .badToken(let path, let reason):
            "the feed token in \(path) is not usable: \(reason) (put one line of at least \(FeedToken.minimumLength) printable characters in it, e.g. `openssl rand -hex 32 > \(path)`)"
        }
    }
}
