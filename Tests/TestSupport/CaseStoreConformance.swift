public import Casework
import Foundation
import GuidepostCore
import StoreCore

/// The case store conformance suite (STYLE.md §6.5.10): every `CaseStore` adapter must pass
/// these checks, which spell out the port's guarantees (versioned updates, the audit entry
/// written with each change, a linear hash-chained trail under concurrent writers, sealed bytes
/// kept exactly). Each run returns a list of failures (empty = passed); test targets call
/// `CaseStoreConformance.failures(of:)` with a fresh, empty store.
public enum CaseStoreConformance {
    /// Runs every check against `store` (which must start empty) and returns the failures.
    public static func failures(of store: some CaseStore) async -> [String] {
        var failures: [String] = []
        failures += await roundTrip(store)
        failures += await conflicts(store)
        failures += await trail(store)
        failures += await concurrentWriters(store)
        return failures
    }

    // MARK: - Fixtures

    static let t0 = Date(timeIntervalSince1970: 1_760_850_000)  // 2025-10-19, a custody day

    /// Sealed bytes with every byte value, so an adapter that re-encodes text or trims zeros shows.
    static func sealed(_ seed: UInt8) -> SealedIdentity {
        SealedIdentity(
            keyID: "k-\(seed)", wrappedKey: Data((0...255).map { UInt8($0) ^ seed }),
            box: Data([0, 0, seed, 0xFF, 0x0A, 0x0D, 0x22, 0x5C]) + Data(repeating: seed, count: 64) + Data([0]))
    }

    /// A file in custody, moved on by `steps` accepted events (so its version is `steps`), the
    /// last done by `by`.
    static func file(_ id: CaseID, steps: Int = 0, by: String = "conformance") -> CaseFile {
        var f = CaseFile(id: id, opened: t0, origin: CaseOrigin(run: "run-c", incident: "I-\(id)"), group: "team-1")
        advance(&f, steps: steps, by: by)
        return f
    }

    /// Moves `f` on by `steps` events: questioning, then hospital and back, over and over.
    static func advance(_ f: inout CaseFile, steps: Int, by: String) {
        for _ in 0..<steps {
            let event: CaseEvent =
                switch f.state {
                case .custody: .questioningStarted
                case .hospital: .discharged
                default: .admittedToHospital
                }
            do {
                try f.handle(event, at: f.updated.addingTimeInterval(60), by: by)
            } catch {
                preconditionFailure("conformance fixture: \(event) refused in \(f.state): \(error)")
            }
        }
    }

    static func draft(_ action: String, _ record: CaseID?, detail: String, actor: String = "conformance") -> AuditDraft {
        AuditDraft(
            at: t0.addingTimeInterval(0.123), actor: actor, role: "custody-officer", action: action, record: record?.rawValue,
            outcome: .allowed, detail: detail)
    }

    // MARK: - Checks

    /// Create, load and all round trip; a write's audit entry is the trail's new last entry.
    static func roundTrip(_ store: some CaseStore) async -> [String] {
        var failures: [String] = []
        func check(_ ok: Bool, _ what: String) { if !ok { failures.append(what) } }
        do {
            check(try await store.all().isEmpty, "a new store holds no cases")
            check(try await store.auditTrail().isEmpty, "a new store has an empty trail")
            let b = StoredCase(file: file("case-b", steps: 2), identity: sealed(7))
            let a = StoredCase(file: file("case-a"), identity: nil)
            let eb = try await store.create(b, audit: draft("case.open", "case-b", detail: "opened b"))
            let ea = try await store.create(a, audit: draft("case.open", "case-a", detail: "opened a"))
            check(try await store.load("case-b") == b, "load returns the case as created, sealed bytes and all")
            check(try await store.load("case-a") == a, "a case without identity loads without identity")
            check(try await store.all() == [a, b], "all() returns every case, sorted by id")
            let trail = try await store.auditTrail()
            check(trail.count == 2, "each create appends exactly one audit entry (got \(trail.count))")
            check(trail.map(\.seq) == [1, 2], "the trail is numbered from 1")
            check(trail == [eb, ea], "create returns the entry it appended")
            check(trail.first?.draft == draft("case.open", "case-b", detail: "opened b"), "the audit draft is kept exactly")
        } catch {
            failures.append("round trip: unexpected error: \(error)")
        }
        do {
            _ = try await store.load("no-such-case")
            failures.append("load of an unknown id: expected notFound, got a case")
        } catch {
            check(error.code == .notFound, "load of an unknown id: expected notFound, got \(error)")
        }
        return failures
    }

    /// Refused writes (`.conflict` on an existing id or a stale version) change neither the case
    /// nor the trail; a fresh update stores the case with its entry.
    static func conflicts(_ store: some CaseStore) async -> [String] {
        var failures: [String] = []
        func check(_ ok: Bool, _ what: String) { if !ok { failures.append(what) } }
        do {
            let before = try await store.load("case-b")
            let trailBefore = try await store.auditTrail()
            let clash = StoredCase(file: file("case-b"), identity: sealed(9))
            failures += await StoreExpectation.failures(expecting: .conflict, "create of an existing id") { () async throws(StoreError) in
                _ = try await store.create(clash, audit: draft("case.open", "case-b", detail: "clash"))
            }
            var stale = before
            stale.identity = sealed(11)
            advance(&stale.file, steps: 1, by: "stale")
            // `before` is at version 2: expecting 1 is stale.
            failures += await StoreExpectation.failures(expecting: .conflict, "update with a stale expectedVersion") { () async throws(StoreError) in
                _ = try await store.update(stale, expectedVersion: before.file.version - 1, audit: draft("case.advance", "case-b", detail: "stale"))
            }
            let ghost = StoredCase(file: file("case-ghost", steps: 1), identity: nil)
            do {
                try await store.update(ghost, expectedVersion: 0, audit: draft("case.advance", "case-ghost", detail: "ghost"))
                failures.append("update of an unknown case: expected a failure, got success")
            } catch {
                check(error.code == .notFound || error.code == .conflict, "update of an unknown case: expected notFound, got \(error)")
            }
            check(try await store.load("case-b") == before, "refused writes leave the case unchanged")
            check(try await store.auditTrail() == trailBefore, "refused writes append nothing to the trail")
            check(try await store.all().map(\.file.id) == ["case-a", "case-b"], "refused writes create no case")
            // The right version goes through, with exactly its own entry.
            let entry = try await store.update(stale, expectedVersion: before.file.version, audit: draft("case.advance", "case-b", detail: "fresh"))
            check(try await store.load("case-b") == stale, "an update with the current version stores the case exactly")
            let after = try await store.auditTrail()
            check(after.count == trailBefore.count + 1, "an update appends exactly one audit entry")
            check(after.last == entry && entry.draft.detail == "fresh", "update returns the entry it appended")
        } catch {
            failures.append("conflicts: unexpected error: \(error)")
        }
        return failures
    }

    /// `audit(_:)` alone appends one entry and touches no case; the trail verifies.
    static func trail(_ store: some CaseStore) async -> [String] {
        var failures: [String] = []
        func check(_ ok: Bool, _ what: String) { if !ok { failures.append(what) } }
        do {
            let cases = try await store.all()
            let before = try await store.auditTrail()
            var refused = draft("case.show", "case-a", detail: "outside the user's scope", actor: "outsider")
            refused.outcome = .refused
            let entry = try await store.audit(refused)
            let after = try await store.auditTrail()
            check(after.count == before.count + 1 && after.last == entry, "audit(_:) appends exactly the entry it returns")
            check(entry.draft == refused, "audit(_:) keeps the draft exactly (a refusal stays a refusal)")
            check(Array(after.dropLast()) == before, "audit(_:) leaves earlier entries as they were")
            check(try await store.all() == cases, "audit(_:) changes no case")
            check(after.map(\.seq) == Array(1...after.count), "the trail is numbered 1, 2, 3, … without gaps")
            let problems = AuditChain.verify(after)
            check(problems.isEmpty, "the trail verifies: \(problems)")
        } catch {
            failures.append("trail: unexpected error: \(error)")
        }
        return failures
    }

    /// Many writers at once: 16 tasks each create their own case, update it 3 times and audit
    /// twice; then 8 tasks race on one case's version, 3 rounds, exactly one winning per round.
    /// The trail ends linear, verifiable and exactly as long as the successful writes.
    static func concurrentWriters(_ store: some CaseStore) async -> [String] {
        var failures: [String] = []
        func check(_ ok: Bool, _ what: String) { if !ok { failures.append(what) } }
        let writers = 16, updates = 3, audits = 2, racers = 8, rounds = 3
        do {
            let start = try await store.auditTrail().count
            let errors = await withTaskGroup(of: String?.self) { group in
                for w in 0..<writers {
                    group.addTask {
                        let id = CaseID("busy-\(w)")
                        do {
                            var s = StoredCase(file: file(id), identity: sealed(UInt8(w)))
                            try await store.create(s, audit: draft("case.open", id, detail: "writer \(w) open"))
                            for u in 0..<updates {
                                let version = s.file.version
                                advance(&s.file, steps: 1, by: "writer-\(w)")
                                try await store.update(s, expectedVersion: version, audit: draft("case.advance", id, detail: "writer \(w) update \(u)"))
                                try await store.audit(draft("case.show", id, detail: "writer \(w) read \(u)"))
                            }
                            for r in 0..<audits { try await store.audit(draft("case.list", nil, detail: "writer \(w) list \(r)")) }
                        } catch {
                            return "writer \(w): \(error)"
                        }
                        return nil
                    }
                }
                var out: [String] = []
                for await e in group { if let e { out.append(e) } }
                return out
            }
            failures += errors
            for w in 0..<writers {
                let s = try await store.load(CaseID("busy-\(w)"))
                check(s.file.version == updates && s.identity == sealed(UInt8(w)), "writer \(w)'s case holds its last update")
            }
            // The race: every racer read the same version; only one update may land.
            let contested: CaseID = "contested"
            try await store.create(StoredCase(file: file(contested), identity: nil), audit: draft("case.open", contested, detail: "contested open"))
            var winners: [String] = []
            for round in 0..<rounds {
                let base = try await store.load(contested)
                let outcomes = await withTaskGroup(of: (String, StoreError.Code?).self) { group in
                    for r in 0..<racers {
                        group.addTask {
                            var mine = base
                            let who = "racer-\(round)-\(r)"
                            advance(&mine.file, steps: 1, by: who)
                            do throws(StoreError) {
                                try await store.update(mine, expectedVersion: base.file.version, audit: draft("case.advance", contested, detail: who))
                                return (who, nil)
                            } catch {
                                return (who, error.code)
                            }
                        }
                    }
                    var out: [(String, StoreError.Code?)] = []
                    for await o in group { out.append(o) }
                    return out
                }
                let won = outcomes.filter { $0.1 == nil }.map(\.0)
                check(won.count == 1, "round \(round): exactly one of \(racers) racers wins a version (won: \(won))")
                check(outcomes.allSatisfy { $0.1 == nil || $0.1 == .conflict }, "round \(round): the losers get .conflict")
                let stored = try await store.load(contested)
                check(stored.file.version == base.file.version + 1, "round \(round): the version moved on by one")
                check(won.count == 1 && stored.file.history.last?.by == won[0], "round \(round): the stored case is the winner's")
                winners += won
            }
            let trail = try await store.auditTrail()
            let expected = start + writers * (1 + 2 * updates + audits) + 1 + rounds
            check(trail.count == expected, "the trail has exactly one entry per successful write (\(trail.count), expected \(expected))")
            check(trail.map(\.seq) == Array(1...trail.count), "under concurrent writers the trail stays numbered without gaps")
            let problems = AuditChain.verify(trail)
            check(problems.isEmpty, "under concurrent writers the trail stays linear and verifiable: \(problems.prefix(3))")
            let raced = trail.filter { $0.draft.record == contested.rawValue && $0.draft.action == "case.advance" }.map(\.draft.detail)
            check(raced == winners, "only the winners' updates are in the trail, in order (\(raced) vs \(winners))")
            for w in 0..<writers {
                let mine = trail.filter { $0.draft.detail.hasPrefix("writer \(w) ") }.map(\.draft.detail)
                let order = ["writer \(w) open"] + (0..<updates).flatMap { ["writer \(w) update \($0)", "writer \(w) read \($0)"] }
                    + (0..<audits).map { "writer \(w) list \($0)" }
                check(mine == order, "writer \(w)'s entries are all there, in the order written")
            }
        } catch {
            failures.append("concurrent writers: unexpected error: \(error)")
        }
        return failures
    }
}
