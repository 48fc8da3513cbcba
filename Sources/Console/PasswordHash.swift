import Crypto
import CryptoExtras
import Foundation

/// Passwords stored as scrypt hashes (`scrypt$N$r$p$salt$hash`, salt and hash in base64): a
/// memory-hard standard KDF from swift-crypto, with its cost stored beside it so a later,
/// dearer setting still verifies old hashes.
public enum PasswordHash {
    /// The cost of new hashes: N = 2^15, r = 8, p = 1 (32 MiB, tens of milliseconds here).
    public static let defaultCost = (rounds: 1 << 15, blockSize: 8, parallelism: 1)

    /// A new hash of `password` with a random 16-byte salt.
    public static func make(_ password: String, rounds: Int = defaultCost.rounds) throws(ConsoleError) -> String {
        let salt = randomBytes(16)
        let hash = try derive(password, salt: salt, rounds: rounds, blockSize: defaultCost.blockSize, parallelism: defaultCost.parallelism)
        return "scrypt$\(rounds)$\(defaultCost.blockSize)$\(defaultCost.parallelism)$\(Data(salt).base64EncodedString())$\(Data(hash).base64EncodedString())"
    }

    /// Whether `password` matches `stored` (compared in constant time). A malformed hash never matches.
    public static func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "scrypt", let n = Int(parts[1]), let r = Int(parts[2]), let p = Int(parts[3]),
            n >= 2, n <= 1 << 20, n & (n - 1) == 0, (1...32).contains(r), (1...16).contains(p),
            let salt = Data(base64Encoded: String(parts[4])), let expected = Data(base64Encoded: String(parts[5])), !expected.isEmpty,
            let got = try? derive(password, salt: Array(salt), rounds: n, blockSize: r, parallelism: p)
        else { return false }
        guard got.count == expected.count else { return false }
        var diff: UInt8 = 0
        for (a, b) in zip(got, expected) { diff |= a ^ b }
        return diff == 0
    }

    static func derive(_ password: String, salt: [UInt8], rounds: Int, blockSize: Int, parallelism: Int) throws(ConsoleError) -> [UInt8] {
        do {
            let key = try KDF.Scrypt.deriveKey(
                from: Array(password.utf8), salt: salt, outputByteCount: 32, rounds: rounds, blockSize: blockSize, parallelism: parallelism)
            return key.withUnsafeBytes { Array($0) }
        } catch {
            throw .hashing("scrypt failed: \(error)")
        }
    }
}
