public import Casework
public import Crypto
public import Foundation

/// The key-encryption keys (KEKs) that wrap each case's data key: one current key that new
/// seals use, and older ones kept so cases sealed under them stay readable while a rotation
/// re-wraps them (no downtime).
///
/// Kept outside the database and the repository: a JSON file (mode 0600) or the
/// `GUIDEPOST_CASE_KEYS` environment variable, `{"current": "k2", "keys": {"k1": "<base64 of
/// 32 bytes>", "k2": "…"}}`. `description` never prints key material.
public struct KeyRing: Sendable, CustomStringConvertible {
    public let current: String
    let keys: [String: SymmetricKey]

    /// The environment variable that may hold the keyring's JSON.
    public static let environmentVariable = "GUIDEPOST_CASE_KEYS"

    public init(current: String, keys: [String: SymmetricKey]) throws(CaseError) {
        guard keys[current] != nil else { throw .sealing("the current key '\(current)' is not in the keyring") }
        for (id, key) in keys where key.bitCount != 256 {
            throw .sealing("key '\(id)' has \(key.bitCount) bits; keys are 256-bit (32 bytes, base64)")
        }
        self.current = current
        self.keys = keys
    }

    /// The key named `id`.
    func key(_ id: String) throws(CaseError) -> SymmetricKey {
        guard let k = keys[id] else {
            throw .sealing("key '\(id)' is not in the keyring: add it back (keep old keys until `guidepost case rotate-keys` has re-wrapped every case)")
        }
        return k
    }

    /// The key ids, sorted.
    public var ids: [String] { keys.keys.sorted() }

    public var description: String { "keyring (current \(current); \(ids.count) key(s): \(ids.joined(separator: ", ")))" }

    // MARK: - Files

    struct Document: Codable {
        var current: String
        var keys: [String: String]
    }

    /// Parses the keyring's JSON; `origin` names it in errors (a path or the variable).
    public static func parse(_ data: Data, origin: String) throws(CaseError) -> KeyRing {
        let doc: Document
        do { doc = try JSONDecoder().decode(Document.self, from: data) } catch {
            throw .sealing("\(origin) is not a keyring: expected {\"current\": ID, \"keys\": {ID: base64}}")
        }
        var keys: [String: SymmetricKey] = [:]
        for (id, text) in doc.keys {
            guard let bytes = Data(base64Encoded: text) else { throw .sealing("\(origin): key '\(id)' is not base64") }
            keys[id] = SymmetricKey(data: bytes)
        }
        return try KeyRing(current: doc.current, keys: keys)
    }

    /// Reads the keyring from `path`, else from `GUIDEPOST_CASE_KEYS`.
    public static func load(path: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws(CaseError) -> KeyRing {
        if let path {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw .sealing("cannot read the keyring \(path): create one with `guidepost case keys new --keys \(path)`")
            }
            return try parse(data, origin: path)
        }
        guard let text = environment[environmentVariable] else {
            throw .sealing("no keyring: give --keys FILE or set \(environmentVariable) (create one with `guidepost case keys new --keys FILE`)")
        }
        return try parse(Data(text.utf8), origin: environmentVariable)
    }

    /// This keyring with a new random key made current (the old ones kept for reading).
    public func addingNewKey(id: String) throws(CaseError) -> KeyRing {
        guard keys[id] == nil else { throw .sealing("the keyring already has a key '\(id)'") }
        var k = keys
        k[id] = SymmetricKey(size: .bits256)
        return try KeyRing(current: id, keys: k)
    }

    /// A new keyring with one random key.
    public static func generate(id: String = "k1") -> KeyRing {
        // One 256-bit key that is current: cannot fail.
        (try? KeyRing(current: id, keys: [id: SymmetricKey(size: .bits256)]))!
    }

    /// The keyring as JSON, for a file written with mode 0600.
    public func json() -> Data {
        let doc = Document(current: current, keys: keys.mapValues { $0.withUnsafeBytes { Data($0).base64EncodedString() } })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return (try? encoder.encode(doc)) ?? Data()
    }

    /// Writes the keyring to `path`, readable by its owner only.
    public func write(to path: String) throws(CaseError) {
        let created = FileManager.default.createFile(atPath: path, contents: json(), attributes: [.posixPermissions: 0o600])
        guard created else { throw .sealing("cannot write the keyring to \(path)") }
        do { try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path) } catch {
            throw .sealing("cannot make \(path) private (mode 0600)")
        }
    }
}
