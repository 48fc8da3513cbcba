public import Foundation

/// Who is signed in: a random 256-bit token (the HttpOnly cookie) per sign-in, kept in memory
/// with its account and expiry. A restart signs everyone out; nothing secret is stored.
public actor ConsoleSessions {
    /// A signed-in person.
    public struct Session: Hashable, Sendable {
        public var user: String
        public var role: ConsoleRole
        public var expires: Date
    }

    var byToken: [String: Session] = [:]
    let lifetime: TimeInterval

    /// Sessions last `lifetime` seconds from sign-in (a watch shift, 12 h by default).
    public init(lifetime: TimeInterval = 12 * 3600) { self.lifetime = lifetime }

    /// Starts a session for `account`; returns its token.
    public func start(_ account: ConsoleAccount) -> String {
        let token = randomBytes(32).map { String(format: "%02x", $0) }.joined()
        byToken[token] = Session(user: account.name, role: account.role, expires: Date().addingTimeInterval(lifetime))
        return token
    }

    /// The live session of `token`, if any.
    public func session(_ token: String) -> Session? {
        guard let s = byToken[token] else { return nil }
        guard s.expires > Date() else {
            byToken[token] = nil
            return nil
        }
        return s
    }

    /// Ends the session of `token`.
    public func end(_ token: String) { byToken[token] = nil }
}
