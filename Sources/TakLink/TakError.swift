/// What went wrong with a TAK server link or its configuration, said so a person can fix it.
public enum TakError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `--tak` is not `tcp://HOST:PORT` or `ssl://HOST:PORT`.
    case badEndpoint(String, reason: String)
    /// A certificate, key or CA file could not be read or used.
    case badCertificate(path: String, reason: String)
    /// TLS was asked for without the files it needs, or files were given for plain TCP.
    case tlsOptions(String)
    /// The connection could not be made or was lost.
    case connection(String)
    /// The server closed the connection.
    case closedByServer

    public var description: String {
        switch self {
        case .badEndpoint(let text, let reason):
            "TAK server \"\(text)\": \(reason) (write tcp://HOST:PORT, or ssl://HOST:PORT with --tak-cert, --tak-key and --tak-ca)"
        case .badCertificate(let path, let reason): "\(path): \(reason) (give a PEM file)"
        case .tlsOptions(let what): what
        case .connection(let what): "TAK server: \(what)"
        case .closedByServer: "TAK server closed the connection"
        }
    }
}
