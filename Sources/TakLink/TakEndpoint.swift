/// Where the TAK server is and how to speak to it: `tcp://HOST:PORT` (plain CoT, as on a TAK
/// server's port 8087) or `ssl://HOST:PORT` (TLS with a client certificate, as on 8089).
public struct TakEndpoint: Hashable, Sendable, CustomStringConvertible {
    /// Plain TCP or TLS.
    public enum Transport: String, Hashable, Sendable {
        case tcp
        case ssl
    }

    public var transport: Transport
    public var host: String
    public var port: Int

    public init(transport: Transport, host: String, port: Int) {
        self.transport = transport
        self.host = host
        self.port = port
    }

    /// Parses `tcp://HOST:PORT` or `ssl://HOST:PORT` (`tls://` is taken for `ssl://`; an IPv6
    /// host in brackets).
    /// - Throws: `TakError.badEndpoint` saying what is wrong.
    public init(parsing text: String) throws(TakError) {
        guard let scheme = text.firstRange(of: "://") else { throw .badEndpoint(text, reason: "no scheme") }
        let name = text[..<scheme.lowerBound].lowercased()
        let transport: Transport
        switch name {
        case "tcp": transport = .tcp
        case "ssl", "tls": transport = .ssl
        default: throw .badEndpoint(text, reason: "the scheme must be tcp or ssl, not \(name)")
        }
        var rest = text[scheme.upperBound...]
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        let host: Substring, portText: Substring
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]"), rest[rest.index(after: close)...].hasPrefix(":") else {
                throw .badEndpoint(text, reason: "an IPv6 host must be [ADDRESS]:PORT")
            }
            host = rest[rest.index(after: rest.startIndex)..<close]
            portText = rest[rest.index(close, offsetBy: 2)...]
        } else {
            guard let colon = rest.lastIndex(of: ":") else { throw .badEndpoint(text, reason: "no port") }
            host = rest[..<colon]
            portText = rest[rest.index(after: colon)...]
        }
        guard !host.isEmpty, !host.contains("/") else { throw .badEndpoint(text, reason: "no host") }
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw .badEndpoint(text, reason: "the port must be a number from 1 to 65535")
        }
        self.init(transport: transport, host: String(host), port: port)
    }

    /// Whether the server is on this machine.
    public var isLoopback: Bool { host == "localhost" || host == "::1" || host.hasPrefix("127.") }

    public var description: String {
        "\(transport.rawValue)://\(host.contains(":") ? "[\(host)]" : host):\(port)"
    }
}
