import Casework
import Foundation
import GuidepostCore

/// The casework users a deployment knows, read from a JSON file (`--users`, or
/// `GUIDEPOST_USERS`): `{"users": [{"user": "kim.custody", "role": "custody-officer",
/// "group": "1st-div", "scope": "agency"}]}`. `agency` and `scope` default to the role's.
/// The command line trusts the account it is run under to say `--as`; the web console adds
/// passwords and sessions.
struct CaseUsers {
    var byName: [String: Principal]

    struct Document: Decodable {
        struct User: Decodable {
            var user: String
            var role: Role
            var agency: Agency?
            var scope: Scope?
            var group: String?
        }
        var users: [User]
    }

    static func load(_ path: String) throws -> CaseUsers {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw CaseCommandError("cannot read the users file \(path): give --users FILE (see docs/casework.md for its format)")
        }
        let doc: Document
        do { doc = try JSONDecoder().decode(Document.self, from: data) } catch {
            throw CaseCommandError("\(InputError(decoding: error, file: path)); roles are \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var out: [String: Principal] = [:]
        for u in doc.users {
            guard out[u.user] == nil else { throw CaseCommandError("\(path): user '\(u.user)' is listed twice") }
            out[u.user] = Principal(user: u.user, role: u.role, agency: u.agency, scope: u.scope, group: u.group)
        }
        return CaseUsers(byName: out)
    }

    func principal(_ name: String, file: String) throws -> Principal {
        guard let p = byName[name] else { throw CaseCommandError("no user '\(name)' in \(file)") }
        return p
    }
}
