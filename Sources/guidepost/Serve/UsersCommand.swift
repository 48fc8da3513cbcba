import ArgumentParser
import Console
import Foundation

extension Guidepost {
    /// `guidepost users add|list`: the console's accounts file.
    struct Users: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create and list the console's sign-in accounts.", subcommands: [Add.self, List.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Add an account (or set its role and password). The password is read from GUIDEPOST_PASSWORD or the first line of standard input.")
            @Argument(help: "Account name (letters, digits, '.', '-', '_'). The log records it on each decision.")
            var name: String
            @Option(help: "watch-operator, watch-commander, public-affairs or auditor.")
            var role: String
            @Option(help: "The accounts file (created with mode 0600).")
            var users = "guidepost-users.json"

            func run() async throws {
                guard let role = ConsoleRole(rawValue: role) else { throw ValidationError(ConsoleError.unknownRole(role).description) }
                let password = ProcessInfo.processInfo.environment["GUIDEPOST_PASSWORD"] ?? readLine(strippingNewline: true) ?? ""
                guard password.count >= 10 else {
                    throw ValidationError("the password must be at least 10 characters (from GUIDEPOST_PASSWORD or standard input)")
                }
                do {
                    try ConsoleAccounts.add(ConsoleAccount(name: name, role: role, password: try PasswordHash.make(password)), to: users)
                } catch { throw ValidationError(error.description) }
                print("account \(name) (\(role.rawValue)) in \(users)")
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the accounts (names and roles; never hashes).")
            @Option(help: "The accounts file.")
            var users = "guidepost-users.json"

            func run() async throws {
                let all: ConsoleAccounts
                do { all = try ConsoleAccounts.load(users) } catch { throw ValidationError(error.description) }
                for a in all.accounts { print("\(a.name)\t\(a.role.rawValue)") }
            }
        }
    }
}
