import StoreCore
import Foundation
import Operations
import PostgresNIO

/// The one place where postgres-nio errors become `StoreError`s. Messages name the server
/// (`host:port`) and what to check, never the driver's types, and never the password.
enum PostgresErrors {
    static func map(_ error: any Error, doing what: String, at url: PostgresURL) -> StoreError {
        scrub(classify(error, doing: what, at: url), url)
    }

    /// The server cannot be reached (refused, timed out, dropped).
    static func unreachable(_ url: PostgresURL, doing what: String, _ reason: String) -> StoreError {
        StoreError(
            .unavailable,
            "could not \(what): PostgreSQL at \(url.endpoint) cannot be reached (\(reason)); check that the server "
                + "is running and listens on that address and port (listen_addresses, port in postgresql.conf), "
                + "and that the URL's host and port are right")
    }

    private static func classify(_ error: any Error, doing what: String, at url: PostgresURL) -> StoreError {
        if let e = error as? StoreError { return e }
        if error is PostgresDecodingError {
            return StoreError(.corrupt, "could not \(what): a stored column no longer has the expected type; "
                + "the database may have been changed by hand or by a newer version")
        }
        guard let e = error as? PSQLError else {
            if error is CancellationError { return StoreError(.unavailable, "could not \(what): cancelled") }
            return unreachable(url, doing: what, "connection failed")
        }
        switch e.code {
        case .server:
            return server(e, doing: what, at: url)
        case .connectionError:
            return unreachable(url, doing: what, reason(e.underlying))
        case .serverClosedConnection, .uncleanShutdown:
            return unreachable(url, doing: what, "the server closed the connection")
        case .clientClosedConnection, .poolClosed:
            return StoreError(.unavailable, "could not \(what): the store was closed; open it again")
        case .queryCancelled:
            return StoreError(.unavailable, "could not \(what): the query was cancelled")
        case .sslUnsupported, .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return StoreError(.unavailable, "could not \(what): TLS negotiation with \(url.endpoint) failed; use sslmode=disable")
        case .unsupportedAuthMechanism, .authMechanismRequiresPassword, .saslError:
            return StoreError(
                .unavailable,
                "could not \(what): \(url.endpoint) asks user '\(url.user)' for a password or an authentication method "
                    + "this client cannot give; put the password in PGPASSWORD or in the URL, or allow the user in pg_hba.conf")
        case .messageDecodingFailure, .unexpectedBackendMessage, .invalidCommandTag:
            return StoreError(.unavailable, "could not \(what): \(url.endpoint) answered in a way this client does not understand; is it a PostgreSQL server?")
        default:
            return StoreError(.unavailable, "could not \(what): \(e.code)")
        }
    }

    private static func server(_ e: PSQLError, doing what: String, at url: PostgresURL) -> StoreError {
        let state = e.serverInfo?[.sqlState] ?? ""
        let message = e.serverInfo?[.message] ?? "server error"
        switch state {
        case "23505":
            return StoreError(.conflict, "could not \(what): \(message) (another writer stored the same run and sequence)")
        case "23514", "P0001":
            return StoreError(.conflict, "could not \(what): \(message)")
        case "28P01", "28000":
            return StoreError(.unavailable, "could not \(what): \(message); check the user and password (PGPASSWORD) and pg_hba.conf")
        case "3D000":
            return StoreError(.unavailable, "could not \(what): \(message); create it (createdb \(url.database)) or name another database in the URL")
        case "42501":
            return StoreError(.unavailable, "could not \(what): \(message); grant user '\(url.user)' the rights on the database")
        case "53100":
            return StoreError(.unavailable, "could not \(what): \(message); check free disk space on the server")
        case "XX001", "XX002":
            return StoreError(.corrupt, "could not \(what): \(message); restore the database from a backup")
        case let s where s.hasPrefix("08") || s.hasPrefix("57") || s.hasPrefix("53"):
            return StoreError(.unavailable, "could not \(what): \(message) (SQLSTATE \(s)); retry when the server at \(url.endpoint) is back")
        default:
            return StoreError(.unavailable, "could not \(what): \(message) (SQLSTATE \(state))")
        }
    }

    /// True when `error` says the server itself is gone or cannot take writes now — the
    /// connection refused or dropped, the server shutting down or still starting, or a standby
    /// refusing a write — rather than that the request was wrong: what a failover cures.
    static func isServerLost(_ error: any Error) -> Bool {
        // Our own refusals (a fence, a conflict) and unreadable rows are answers, not a lost server.
        if error is StoreError || error is PostgresDecodingError || error is CancellationError { return false }
        // The pool's and the transport's own errors (no connection could be made, the channel
        // closed) are the server gone.
        guard let e = error as? PSQLError else { return true }
        switch e.code {
        case .connectionError, .serverClosedConnection, .uncleanShutdown: return true
        case .server:
            let state = e.serverInfo?[.sqlState] ?? ""
            return state == "25006" || state.hasPrefix("08") || state.hasPrefix("57P")
        default: return false
        }
    }

    /// A short reason for a failed connection, in words rather than the driver's types.
    private static func reason(_ underlying: (any Error)?) -> String {
        let text = underlying.map { String(describing: $0) }?.lowercased() ?? ""
        if text.contains("refused") { return "connection refused" }
        if text.contains("timed out") || text.contains("timeout") { return "connection timed out" }
        if text.contains("unreachable") { return "network unreachable" }
        if text.contains("resolve") || text.contains("lookup") || text.contains("name or service") { return "the host name does not resolve" }
        return "connection failed"
    }

    /// Belt and braces: no message may carry the password, whatever produced it.
    private static func scrub(_ error: StoreError, _ url: PostgresURL) -> StoreError {
        guard let password = url.password, password.count >= 3, error.detail.contains(password) else { return error }
        return StoreError(error.code, error.detail.replacingOccurrences(of: password, with: "***"))
    }
}
