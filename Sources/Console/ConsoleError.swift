/// Why the console could not start or an account could not be read or written. Each says what to do.
public enum ConsoleError: Error, Hashable, Sendable, CustomStringConvertible {
    case hashing(String)
    case accounts(file: String, reason: String)
    case unknownRole(String)
    case badName(String)
    case noAccounts(address: String)

    public var description: String {
        switch self {
        case .hashing(let why): "cannot hash the password: \(why)"
        case .accounts(let file, let reason): "\(file): \(reason)"
        case .unknownRole(let r):
            "unknown role \(r): use one of \(ConsoleRole.allCases.map(\.rawValue).joined(separator: ", "))"
        case .badName(let n): "account name \(n.debugDescription) must be 1–64 letters, digits, '.', '-' or '_'"
        case .noAccounts(let address):
            "the console would listen on \(address) with no accounts: create them with `guidepost users add NAME --role ROLE --users FILE` and pass --users FILE (demo accounts exist on loopback only)"
        }
    }
}
