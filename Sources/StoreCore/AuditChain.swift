import Crypto
import Foundation

/// Links audit drafts into a hash chain and checks a stored chain (the tamper evidence of the
/// audit trail). Every store adapter calls `link` inside the transaction that appends the
/// entry, after reading the last entry under a lock, so the chain stays linear with any number
/// of concurrent writers.
public enum AuditChain {
    /// The `previousHash` of the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// The entry that follows `previous` (or starts the trail when `previous` is nil).
    public static func link(_ draft: AuditDraft, after previous: AuditEntry?) -> AuditEntry {
        let seq = (previous?.seq ?? 0) + 1
        let prior = previous?.hash ?? genesis
        return AuditEntry(seq: seq, draft: draft, previousHash: prior, hash: hash(seq: seq, draft: draft, previousHash: prior))
    }

    /// The canonical bytes an entry's hash covers: every field, in a fixed order, separated by
    /// a byte no field can contain unescaped (fields are JSON-escaped strings).
    public static func canonical(seq: Int, draft: AuditDraft, previousHash: String) -> String {
        func q(_ s: String) -> String {
            let data = (try? JSONEncoder().encode(s)) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
        return [
            "\(seq)", "\(draft.millis)", q(draft.actor), q(draft.role), q(draft.action), q(draft.record ?? ""),
            draft.outcome.rawValue, q(draft.detail), previousHash,
        ].joined(separator: "\u{1F}")
    }

    /// SHA-256 of the canonical form, lowercase hex.
    public static func hash(seq: Int, draft: AuditDraft, previousHash: String) -> String {
        let digest = SHA256.hash(data: Data(canonical(seq: seq, draft: draft, previousHash: previousHash).utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    /// Checks a trail read back from a store, in `seq` order: numbering without gaps, each
    /// entry's link to the one before, and each entry's own hash. Returns every problem found
    /// (empty when the trail is intact), each naming the entry.
    public static func verify(_ entries: [AuditEntry]) -> [AuditProblem] {
        var problems: [AuditProblem] = []
        var previous: AuditEntry?
        for e in entries {
            let expectedSeq = (previous?.seq ?? 0) + 1
            if e.seq != expectedSeq {
                problems.append(AuditProblem(seq: e.seq, reason: "expected entry #\(expectedSeq) here: an entry is missing or out of order"))
            }
            if e.previousHash != (previous?.hash ?? genesis) {
                problems.append(AuditProblem(seq: e.seq, reason: "does not link to the entry before it: that entry was changed or removed"))
            }
            if e.hash != hash(seq: e.seq, draft: e.draft, previousHash: e.previousHash) {
                problems.append(AuditProblem(seq: e.seq, reason: "its content does not match its hash: the entry was edited"))
            }
            previous = e
        }
        return problems
    }
}

/// One break in the audit chain.
public struct AuditProblem: Hashable, Sendable, CustomStringConvertible {
    public var seq: Int
    public var reason: String

    public init(seq: Int, reason: String) {
        self.seq = seq
        self.reason = reason
    }

    public var description: String { "audit entry #\(seq): \(reason)" }
}
