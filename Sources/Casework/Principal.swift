/// Who is acting: every call into casework takes one, and every call is audited under it.
public struct Principal: Hashable, Sendable, Codable {
    /// The user's id (a login name, never the subject of a case).
    public var user: String
    public var role: Role
    public var agency: Agency
    public var scope: Scope
    /// The user's team or office, for the `group` scope and group referrals.
    public var group: String?

    /// A user of `role`, with that role's agency and default scope unless given.
    public init(user: String, role: Role, agency: Agency? = nil, scope: Scope? = nil, group: String? = nil) {
        self.user = user
        self.role = role
        self.agency = agency ?? role.agency
        self.scope = scope ?? role.defaultScope
        self.group = group
    }

    /// Whether this user may see `file` at all.
    public func canSee(_ file: CaseFile) -> Bool {
        if let r = file.referral, r.to == agency, r.group == nil || r.group == group, scope != .selfOnly || r.assignee == user {
            return true
        }
        switch scope {
        case .all: return true
        case .agency: return file.agency == agency
        case .group: return file.agency == agency && group != nil && file.group == group
        case .selfOnly: return file.agency == agency && file.assignee == user
        }
    }
}
