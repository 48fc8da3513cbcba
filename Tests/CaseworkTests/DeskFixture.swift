import CaseVault
import Casework
import Foundation
import GuidepostCore
import StoreCore
import Testing

/// A `CaseDesk` over a fresh `InMemoryCaseStore`, sealing with a fresh keyring: what every
/// desk-level test starts from. (Here, not in TestSupport: TestSupport may not import CaseVault.)
struct DeskFixture {
    let store: InMemoryCaseStore
    let keyring: KeyRing
    let desk: CaseDesk

    init(keyring: KeyRing = .generate(), store: InMemoryCaseStore = InMemoryCaseStore()) throws {
        self.store = store
        self.keyring = keyring
        desk = CaseDesk(store: store, sealer: EnvelopeSealer(keyring: keyring), table: try EntitlementTable.bundled())
    }

    /// The same store seen through another keyring (a rotation, a lost key).
    func with(_ keyring: KeyRing) throws -> DeskFixture { try DeskFixture(keyring: keyring, store: store) }

    /// The identity every journey opens with (everything a custody officer may write).
    static let identity = CaseIdentity(
        name: "Kim Chol-Su", birthDate: "1998-03-07", unit: "Unit 2091 Pyongyang Guard", photoReference: "photo-vault/0042",
        notes: [CaseNote(at: kst("2025-01-01 09:00"), by: People.custody.user, text: "says his cousin Ri Yong-Ho is in Kaesong")])
    static let family = ["Kim Ok-Sun"]

    /// How far a journey goes; every step is the real desk call by the role that does it.
    enum Stage: Int, Comparable {
        case custody, questioning, protectionCentre, decided, settlementCentre, residence
        static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    /// Opens `id` and walks it to `stage` along the law's path, one hour between steps, the last
    /// step at `end`. Investigators add the family at the protection centre; `decision` is the
    /// protection decision; the receiving protection officer is `People.protection`.
    @discardableResult
    func bring(
        _ id: CaseID, to stage: Stage, endingAt end: Date = kst("2025-01-10 10:00"),
        decision: ProtectionDecision = .protected, household: Int = 1
    ) async throws -> CaseFile {
        var steps: [(Date) async throws -> Void] = []
        steps.append { t in
            try await desk.open(
                id, origin: CaseOrigin(run: "run-7", incident: "I-\(id)"), identity: Self.identity, at: t, as: People.custody)
        }
        if stage >= .questioning {
            steps.append { t in try await desk.advance(id, .questioningStarted, at: t, as: People.custody) }
        }
        if stage >= .protectionCentre {
            steps.append { t in try await desk.refer(id, to: .protectionCentre, at: t, as: People.custody) }
            steps.append { t in try await desk.accept(id, at: t, as: People.investigator) }
            steps.append { t in try await desk.identify(id, IdentityChange(family: Self.family), at: t, as: People.investigator) }
            steps.append { t in
                try await desk.support(id, SupportProfile(householdSize: household), at: t, as: People.investigator)
            }
        }
        if stage >= .decided {
            steps.append { t in try await desk.advance(id, .protectionDecided(decision), at: t, as: People.investigator) }
            if Approval.needed(for: .protectionDecided(decision)) != nil {
                steps.append { t in try await desk.approve(id, at: t, as: People.investigator2) }
            }
        }
        if stage >= .settlementCentre {
            steps.append { t in try await desk.refer(id, to: .settlementCentre, at: t, as: People.investigator) }
            steps.append { t in try await desk.accept(id, at: t, as: People.settlement) }
        }
        if stage >= .residence {
            steps.append { t in
                try await desk.refer(id, to: .residenceProtection, assignee: People.protection.user, at: t, as: People.settlement)
            }
            steps.append { t in try await desk.accept(id, at: t, as: People.protection) }
        }
        for (i, step) in steps.enumerated() {
            try await step(end.addingTimeInterval(-3600 * Double(steps.count - 1 - i)))
        }
        return try await store.load(id).file
    }

    /// The stored case (file and sealed bytes) exactly.
    func stored(_ id: CaseID) async throws -> StoredCase { try await store.load(id) }

    func trail() async -> [AuditEntry] { await store.auditTrail() }
}

/// The users of the tests, one per role, each with its role's agency and default scope.
enum People {
    static let custody = Principal(user: "sgt-kim", role: .custodyOfficer, group: "gop-3")
    static let investigator = Principal(user: "inv-lee", role: .investigator, group: "team-1")
    static let investigator2 = Principal(user: "inv-park", role: .investigator, group: "team-1")
    static let settlement = Principal(user: "hana-choi", role: .settlementOfficer, group: "anseong")
    static let protection = Principal(user: "po-jung", role: .protectionOfficer, group: "nowon")
    static let press = Principal(user: "pa-han", role: .publicAffairs)
    static let auditor = Principal(user: "aud-yoon", role: .auditor)

    /// The default user of `role`.
    static func of(_ role: Role) -> Principal {
        switch role {
        case .custodyOfficer: custody
        case .investigator: investigator
        case .settlementOfficer: settlement
        case .protectionOfficer: protection
        case .publicAffairs: press
        case .auditor: auditor
        }
    }
}

/// `YYYY-MM-DD HH:MM` in Korea (UTC+9).
func kst(_ text: String) -> Date {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(secondsFromGMT: 9 * 3600)
    f.dateFormat = text.count > 10 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd"
    guard let d = f.date(from: text) else { preconditionFailure("bad test date \(text)") }
    return d
}

/// Runs `body`, which must throw a `CaseError` matching `what`; returns the error.
@discardableResult
func expectCaseError(
    _ what: String, sourceLocation: SourceLocation = #_sourceLocation, _ matches: (CaseError) -> Bool = { _ in true },
    _ body: () async throws -> Void
) async -> CaseError? {
    do {
        try await body()
        Issue.record("\(what): expected a refusal, got success", sourceLocation: sourceLocation)
        return nil
    } catch let e as CaseError {
        #expect(matches(e), "\(what): unexpected \(e)", sourceLocation: sourceLocation)
        return e
    } catch {
        Issue.record("\(what): expected a CaseError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

extension CaseError {
    var isRefused: Bool { if case .refused = self { true } else { false } }
    var isNotFound: Bool { if case .notFound = self { true } else { false } }
    var isSealing: Bool { if case .sealing = self { true } else { false } }
    var isRuleBroken: Bool { if case .ruleBroken = self { true } else { false } }
}
