import ArgumentParser
import CaseVault
import Casework
import Foundation
import StoreCore

extension Guidepost.Case {
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The audit trail (auditors): every read, change and refusal; --verify checks the hash chain.",
            discussion: """
                Each entry carries the hash of the one before, so an edited, removed or reordered entry breaks \
                the chain where it was changed. --verify prints the head hash: record it elsewhere (a signed \
                log, a printout) and a later check proves nothing before it was rewritten.
                """)
        @Flag(help: "Check the chain and exit 1 if any entry was altered.") var verify = false
        @Option(help: "Only the entries about this case.") var record: String?
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            let trail = try await CaseText.run { () async throws(CaseError) in try await desk.auditTrail(at: now, as: who) }
            if verify {
                let problems = AuditChain.verify(trail)
                for p in problems { print(p) }
                guard problems.isEmpty else {
                    FileHandle.standardError.write(Data("guidepost case audit: the audit trail was altered (\(problems.count) problem(s))\n".utf8))
                    throw ExitCode.failure
                }
                print("audit trail intact: \(trail.count) entries; head \(trail.last?.hash ?? AuditChain.genesis)")
                return
            }
            for e in trail where record == nil || e.draft.record == record {
                let d = e.draft
                print("#\(e.seq)  \(CaseText.instant(d.at))  \(d.actor) (\(d.role))  \(d.action)  \(d.record ?? "-")  \(d.outcome.rawValue)  \(d.detail)")
            }
        }
    }

    struct Keys: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a keyring (new) or add a key and make it current (add); prints no key material.",
            discussion: "After `add`, run `guidepost case rotate-keys` to re-wrap every case under the new key; keep the old key in the file until it reports 0 left.")
        @Argument(help: "new or add.") var verb: String
        @Option(help: "The keyring file (written with mode 0600).") var keys: String
        @Option(help: "The new key's id.") var id: String = "k1"

        func run() async throws {
            switch verb {
            case "new":
                guard !FileManager.default.fileExists(atPath: keys) else { throw ValidationError("\(keys) exists; use `add` to add a key") }
                try CaseText.run { () throws(CaseError) in try KeyRing.generate(id: id).write(to: keys) }
                print("keyring \(keys): key \(id), current")
            case "add":
                let ring = try CaseText.run { () throws(CaseError) in try KeyRing.load(path: keys).addingNewKey(id: id) }
                try CaseText.run { () throws(CaseError) in try ring.write(to: keys) }
                print("keyring \(keys): key \(id) added and current (\(ring.ids.count) keys); now run `guidepost case rotate-keys --keys \(keys)`")
            default:
                throw ValidationError("keys takes `new` or `add`")
            }
        }
    }

    struct RotateKeys: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate-keys",
            abstract: "Re-wrap every case's data key under the keyring's current key (online: cases stay readable throughout).")
        @Option(name: .customLong("db"), help: "The store.") var db: String = "guidepost.sqlite"
        @Option(help: "The keyring file (default: $GUIDEPOST_CASE_KEYS).") var keys: String?
        @Option(help: "Who runs the rotation (recorded in the audit trail).") var operatorName: String = "key-custodian"

        func run() async throws {
            let options = try CaseOptions.parse(["--db", db, "--as", operatorName] + (keys.map { ["--keys", $0] } ?? []))
            let ring = try CaseText.run { () throws(CaseError) in try KeyRing.load(path: keys) }
            let desk = try await options.desk()
            let n = try await CaseText.run { () async throws(CaseError) in try await desk.rotateKeys(actor: operatorName, at: Date()) }
            print("re-wrapped \(n) case(s) under \(ring.current)")
        }
    }
}
