public import StoreCore
import Foundation

/// Where a PostgreSQL event log lives, parsed from a URL:
/// `postgres://user[:password]@host[:port]/database` (or `postgresql://`).
///
/// The port defaults to 5432, the user to `PGUSER` (else `postgres`), the database to the
/// user's name, and the password to `PGPASSWORD` when the URL has none. `?host=/dir` connects
/// through the Unix socket in `/dir`. Connections are plain TCP: `sslmode` may be `disable`,
/// `allow` or `prefer`; anything that demands TLS is refused with a message saying so.
///
/// Several hosts, as libpq writes them (`postgres://user@h1:5432,h2:5433/db`), name a primary
/// and its standbys: with `?target_session_attrs=read-write` the log connects to whichever of
/// them accepts writes, and after a failover (the primary gone, a standby promoted) finds the
/// new primary by itself (`PostgresEventLog`).
///
/// `description` never shows the password: it prints `***` in its place.
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    /// One server of a URL: host and TCP port.
    public struct Endpoint: Sendable, Hashable {
        public var host: String
        public var port: Int
    }

    /// Every server the URL names, in order (the first is `host`, `port`); one for a plain URL.
    public var endpoints: [Endpoint]
    /// libpq's `target_session_attrs`: `any` (the default) or `read-write` (only a server that
    /// accepts writes will do: a primary, never a standby in recovery).
    public var targetSessionAttrs: String
    /// True when the URL names more than one server, or asks for a writable one: connections
    /// are then made to whichever server is writable, and found again after a failover.
    public var failsOver: Bool { endpoints.count > 1 || targetSessionAttrs == "read-write" }

    /// The server's host name or address (for a Unix socket, the socket's folder).
    public var host: String
    /// The server's TCP port (also the number in the Unix socket's file name).
    public var port: Int
    /// The role to connect as.
    public var user: String
    /// The password, if any (from the URL or `PGPASSWORD`).
    public var password: String?
    /// The database to open.
    public var database: String
    /// True when `host` is the folder of a Unix socket rather than a TCP host.
    public var isUnixSocket: Bool

    /// Parses `string`, taking defaults from `environment` (`PGUSER`, `PGPASSWORD`; nil: the
    /// process's environment).
    /// - Throws: `StoreError.unavailable` naming what is wrong and the form expected; the
    ///   message shows the URL with its password replaced by `***`.
    public init(_ string: String, environment: [String: String]? = nil) throws(StoreError) {
        let environment = environment ?? ProcessInfo.processInfo.environment
        let shown = Self.redacting(string)
        func refuse(_ reason: String) -> StoreError {
            StoreError(.unavailable, "'\(shown)' is not a usable PostgreSQL URL: \(reason); "
                + "write postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE (the password may come from PGPASSWORD)")
        }
        guard Self.isPostgresURL(string) else { throw refuse("it must start with postgres:// or postgresql://") }
        // libpq's host list (h1:p1,h2:p2) does not parse as one URL authority: the first host
        // goes to URLComponents, the rest are parsed here.
        var single = string
        var more: [String] = []
        if let scheme = string.range(of: "://") {
            let rest = string[scheme.upperBound...]
            let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
            let authority = rest[..<end]
            let hostsStart = authority.lastIndex(of: "@").map { authority.index(after: $0) } ?? authority.startIndex
            let hosts = authority[hostsStart...].split(separator: ",", omittingEmptySubsequences: false)
            if hosts.count > 1 {
                guard hosts.allSatisfy({ !$0.isEmpty }) else { throw refuse("the host list has an empty entry") }
                more = hosts.dropFirst().map(String.init)
                single = String(string[..<hostsStart]) + hosts[0] + String(string[end...])
            }
        }
        guard let parts = URLComponents(string: single) else { throw refuse("it does not parse as a URL") }
        let query = parts.queryItems ?? []
        let attrs = query.first { $0.name == "target_session_attrs" }?.value ?? "any"
        guard ["any", "read-write"].contains(attrs) else {
            throw refuse("target_session_attrs=\(attrs) is not supported; use read-write (the primary) or any")
        }
        targetSessionAttrs = attrs
        let socketFolder = query.first { $0.name == "host" }?.value
        if let mode = query.first(where: { $0.name == "sslmode" })?.value,
            !["disable", "allow", "prefer"].contains(mode)
        {
            throw refuse("sslmode=\(mode) needs TLS, which this build does not offer; use sslmode=disable on a trusted network")
        }
        let host = parts.host ?? ""
        if let socketFolder, !socketFolder.isEmpty {
            guard socketFolder.hasPrefix("/") else { throw refuse("?host= must be the absolute folder of the server's Unix socket") }
            self.host = socketFolder
            isUnixSocket = true
        } else {
            guard !host.isEmpty else { throw refuse("the host is missing") }
            self.host = host
            isUnixSocket = false
        }
        // A non-numeric port already made URLComponents fail above.
        let port = parts.port ?? 5432
        guard (1...65535).contains(port) else { throw refuse("the port must be between 1 and 65535") }
        self.port = port
        var endpoints = [Endpoint(host: self.host, port: port)]
        for entry in more {
            guard !isUnixSocket else { throw refuse("a Unix socket (?host=) cannot be combined with a host list") }
            guard let extra = URLComponents(string: "postgres://" + entry), let h = extra.host, !h.isEmpty else {
                throw refuse("'\(entry)' in the host list is not HOST[:PORT]")
            }
            let p = extra.port ?? 5432
            guard (1...65535).contains(p) else { throw refuse("the port must be between 1 and 65535") }
            endpoints.append(Endpoint(host: h, port: p))
        }
        self.endpoints = endpoints
        let user = parts.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"] ?? "postgres"
        self.user = user
        password = parts.password ?? environment["PGPASSWORD"]
        var path = parts.path
        if path.hasPrefix("/") { path.removeFirst() }
        guard !path.contains("/") else { throw refuse("the path must be just the database name") }
        database = path.isEmpty ? user : path
    }

    /// True when `string` names a PostgreSQL server (`postgres://` or `postgresql://`) rather
    /// than, say, a file path.
    public static func isPostgresURL(_ string: String) -> Bool {
        let lower = string.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// `string` with any password in its authority (`user:password@`) replaced by `***`;
    /// other strings (file paths, URLs without a password) come back unchanged. Works on
    /// malformed URLs too, so error messages can always show what the user typed.
    public static func redacting(_ string: String) -> String {
        guard let scheme = string.range(of: "://") else { return string }
        let rest = string[scheme.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@") else { return string }
        let credentials = authority[..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return string }
        return String(string[..<colon]) + ":***" + String(string[at...])
    }

    /// Where the server is, for messages: `host:port` (every host of a list, comma-separated),
    /// or the socket's path.
    public var endpoint: String {
        isUnixSocket ? "\(host)/.s.PGSQL.\(port)" : endpoints.map { "\($0.host):\($0.port)" }.joined(separator: ",")
    }

    /// This URL narrowed to one of its servers (what a connection pool is opened on).
    public func only(_ server: Endpoint) -> PostgresURL {
        var one = self
        one.host = server.host
        one.port = server.port
        one.endpoints = [server]
        return one
    }

    /// The URL with the password, if any, shown as `***`.
    public var description: String {
        let credentials = password == nil ? user : "\(user):***"
        return isUnixSocket
            ? "postgres://\(credentials)@:\(port)/\(database)?host=\(host)"
            : "postgres://\(credentials)@\(hostsForURL)/\(database)" + (targetSessionAttrs == "any" ? "" : "?target_session_attrs=\(targetSessionAttrs)")
    }

    private var hostsForURL: String {
        endpoints.map { "\($0.host.contains(":") ? "[\($0.host)]" : $0.host):\($0.port)" }.joined(separator: ",")
    }
}
