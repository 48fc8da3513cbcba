/// Where a detection listener binds: `HOST:PORT` (`127.0.0.1:7010`, `[::1]:7010`, `0.0.0.0:7010`).
public struct FeedAddress: Hashable, Sendable, CustomStringConvertible {
    /// The host or address to bind.
    public var host: String
    /// The port; 0 lets the system pick a free one.
    public var port: Int

    /// The address `host`:`port`.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`; an IPv6 host in brackets.
    /// - Throws: `FeedError.badAddress` saying what is wrong.
    public init(parsing text: String) throws(FeedError) {
        let host: Substring, portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else {
                throw .badAddress(text, reason: "an IPv6 host must be [ADDRESS]:PORT")
            }
            host = text[text.index(after: text.startIndex)..<close]
            portText = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":") else { throw .badAddress(text, reason: "no port") }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        guard !host.isEmpty else { throw .badAddress(text, reason: "no host") }
        guard let port = Int(portText), (0...65535).contains(port) else {
            throw .badAddress(text, reason: "the port must be a number from 0 to 65535")
        }
        self.init(host: String(host), port: port)
    }

    /// Whether only this machine can reach the address.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// `HOST:PORT`, brackets around an IPv6 host.
    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
