import Foundation

/// One person who may sign in to the console: a name, a role and a password hash. No real
/// name is needed; the name is what the log records on each decision.
public struct ConsoleAccount: Hashable, Sendable, Codable {
    public var name: String
    public var role: ConsoleRole
    /// `PasswordHash` form.
    public var password: String

    public init(name: String, role: ConsoleRole, password: String) {
        self.name = name
        self.role = role
        self.password = password
    }

    /// Whether `name` is a plain account name (letters, digits, `.`, `-`, `_`; at most 64).
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }
            && name.allSatisfy(\.isASCII)
    }
}

/// The accounts file (JSON, mode 0600): `{"accounts": [{"name", "role", "password"}]}`.
public struct ConsoleAccounts: Hashable, Sendable, Codable {
    public var accounts: [ConsoleAccount]

    public init(accounts: [ConsoleAccount] = []) { self.accounts = accounts }

    /// The account called `name`.
    public func account(_ name: String) -> ConsoleAccount? { accounts.first { $0.name == name } }

    /// Reads `path`; a missing file is an empty list (the first `users add` creates it).
    public static func load(_ path: String) throws(ConsoleError) -> ConsoleAccounts {
        guard FileManager.default.fileExists(atPath: path) else { return ConsoleAccounts() }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .accounts(file: path, reason: "cannot be read (\(error.localizedDescription))")
        }
        do { return try JSONDecoder().decode(ConsoleAccounts.self, from: data) } catch {
            throw .accounts(file: path, reason: "is not an accounts file ({\"accounts\": [{\"name\", \"role\", \"password\"}]}): \(error)")
        }
    }

    /// Adds or replaces `account` and writes the file with mode 0600.
    public static func add(_ account: ConsoleAccount, to path: String) throws(ConsoleError) {
        guard ConsoleAccount.isValidName(account.name) else { throw .badName(account.name) }
        var all = try load(path)
        all.accounts.removeAll { $0.name == account.name }
        all.accounts.append(account)
        all.accounts.sort { $0.name < $1.name }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            let data = try encoder.encode(all)
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            try data.write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        } catch {
            throw .accounts(file: path, reason: "cannot be written (\(error.localizedDescription))")
        }
    }
}
