import CaseVault
import Casework
import Foundation
import GuidepostCore
import StoreCore
import Testing

/// Identity at rest and in views: what the store holds never contains a name, a birth date, a
/// unit or a note's text; sealed bytes do not open on another case or once altered; public
/// affairs and the auditor never see identity.
@Suite struct IdentityProtectionTests {
    static let t = kst("2025-03-01 10:00")

    /// Identities in mixed case and Hangul, with notes that name people.
    static let people: [(CaseID, CaseIdentity)] = [
        ("c-latin", CaseIdentity(
            name: "Kim Chol-Su", birthDate: "1998-03-07", unit: "Unit 2091 Pyongyang Guard", family: ["Kim Ok-Sun"],
            photoReference: "photo-vault/0042", notes: [CaseNote(at: t, by: "sgt-kim", text: "Cousin Ri Yong-Ho lives in Kaesong")])),
        ("c-hangul", CaseIdentity(
            name: "김철수", birthDate: "2001-11-23", unit: "제5군단 정찰대", family: ["이영희"],
            photoReference: "사진/0007", notes: [CaseNote(at: t, by: "sgt-kim", text: "사촌 리용호가 개성에 산다")])),
        ("c-upper", CaseIdentity(name: "PAK SU-NAM", birthDate: "1987-01-02", unit: "KPA 8TH CORPS", notes: [])),
    ]

    /// Every value that must not appear anywhere at rest, and its birth date in the other spellings.
    static func secrets(_ id: CaseIdentity) -> [String] {
        var out = [id.name, id.birthDate, id.unit, id.photoReference].compactMap { $0 } + id.family + id.notes.map(\.text)
        out += id.identifyingTerms.filter { $0.count >= 4 }
        return out
    }

    static func contains(_ haystack: Data, _ needle: String) -> Bool {
        for variant in Set([needle, needle.lowercased(), needle.uppercased()]) {
            let bytes = Data(variant.utf8)
            if !bytes.isEmpty, haystack.range(of: bytes) != nil { return true }
        }
        return false
    }

    func sealedFixture() async throws -> DeskFixture {
        let fx = try DeskFixture()
        for (id, identity) in Self.people {
            var opening = identity
            opening.family = []  // custody may not write family; the investigator adds it
            try await fx.desk.open(id, identity: opening, at: Self.t, as: People.custody)
            try await fx.desk.advance(id, .questioningStarted, at: Self.t + 60, as: People.custody)
            try await fx.desk.refer(id, to: .protectionCentre, at: Self.t + 120, as: People.custody)
            try await fx.desk.accept(id, at: Self.t + 180, as: People.investigator)
            if !identity.family.isEmpty {
                try await fx.desk.identify(id, IdentityChange(family: identity.family), at: Self.t + 240, as: People.investigator)
            }
            try await fx.desk.note(id, "later note about \(identity.name ?? "")", at: Self.t + 300, as: People.investigator)
        }
        return fx
    }

    @Test func nothingAtRestHoldsIdentityInTheClear() async throws {
        let fx = try await sealedFixture()
        let encoder = JSONEncoder()
        let trail = try encoder.encode(await fx.trail())
        for (id, identity) in Self.people {
            let stored = try await fx.stored(id)
            let sealed = try #require(stored.identity)
            let json = try encoder.encode(stored)
            // The investigator opens exactly what was written (so the secrets were really there).
            let opened = try await fx.desk.show(id, at: Self.t + 400, as: People.investigator).identity
            #expect(opened?.name == identity.name && opened?.family == identity.family)
            #expect(opened?.notes.map(\.text) == identity.notes.map(\.text) + ["later note about \(identity.name ?? "")"])
            for secret in Self.secrets(identity) {
                #expect(!Self.contains(json, secret), "\(id): '\(secret)' in the stored case JSON")
                #expect(!Self.contains(sealed.box, secret) && !Self.contains(sealed.wrappedKey, secret), "\(id): '\(secret)' in sealed bytes")
                #expect(!Self.contains(trail, secret), "\(id): '\(secret)' in the audit trail")
            }
            #expect(!Self.contains(json, "later note"))
        }
    }

    @Test func theCheckCanSeeAPlaintextLeak() throws {
        // The search above would find a name if it were stored as JSON or UTF-8, in any case.
        let leaked = try JSONEncoder().encode(Self.people[1].1)
        #expect(Self.contains(leaked, "김철수") && Self.contains(Data("xx kim chol-su xx".utf8), "Kim Chol-Su"))
    }

    @Test func aSealedIdentityMovedToAnotherCaseDoesNotOpen() async throws {
        let fx = try await sealedFixture()
        let sealer = EnvelopeSealer(keyring: fx.keyring)
        let latin = try #require(try await fx.stored("c-latin").identity)
        #expect(throws: CaseError.self) { try sealer.open(latin, for: "c-hangul") }
        #expect(try sealer.open(latin, for: "c-latin").name == "Kim Chol-Su")
        // Swapped in the store behind the desk's back: the desk refuses to open it.
        var victim = try await fx.stored("c-hangul")
        victim.identity = latin
        try await fx.store.update(victim, expectedVersion: victim.file.version, audit: AuditDraft(
            at: Self.t, actor: "intruder", role: "none", action: "tamper", record: "c-hangul", outcome: .allowed, detail: "swap"))
        await expectCaseError("open a moved identity", { $0.isSealing }) {
            _ = try await fx.desk.show("c-hangul", at: Self.t + 500, as: People.investigator)
        }
    }

    @Test func alteringAnyByteFailsToOpen() async throws {
        let fx = try await sealedFixture()
        let sealer = EnvelopeSealer(keyring: fx.keyring)
        let sealed = try #require(try await fx.stored("c-latin").identity)
        for part in ["box", "wrappedKey"] {
            let bytes = part == "box" ? sealed.box : sealed.wrappedKey
            for i in Set([0, 11, 12, bytes.count / 2, bytes.count - 17, bytes.count - 1]) {
                var altered = sealed
                var b = bytes
                b[b.startIndex + i] ^= 0x01
                if part == "box" { altered.box = b } else { altered.wrappedKey = b }
                do {
                    _ = try sealer.open(altered, for: "c-latin")
                    Issue.record("\(part) byte \(i) altered, yet it opened")
                } catch {
                    #expect(error.isSealing, "\(part) byte \(i): \(error)")
                }
            }
        }
        var renamed = sealed
        renamed.keyID = "k9"
        #expect(throws: CaseError.self) { try sealer.open(renamed, for: "c-latin") }
    }

    @Test func publicAffairsSeesNoIdentityNorTheCaseWork() async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .settlementCentre, endingAt: kst("2025-03-01 10:00"))
        try await fx.desk.pay("c-1", item: "emergency-living", amount: 100_000, at: kst("2025-03-02 10:00"), as: People.settlement)
        let view = try await fx.desk.show("c-1", at: kst("2025-03-03 10:00"), as: People.press)
        #expect(view.identity == nil)
        #expect(view.referral == nil && view.agency == nil && view.assignee == nil && view.group == nil)
        #expect(view.support == nil && view.payments == nil && view.entitlements == nil && view.decision == nil)
        #expect(view.state == .settlementCentre, "public affairs does see the state")
        #expect(!"\(view)".contains("Kim") && !"\(view)".contains("1998"))
    }

    @Test func theAuditorSeesTheTrailButNoIdentity() async throws {
        let fx = try await sealedFixture()
        let view = try await fx.desk.show("c-latin", at: Self.t + 500, as: People.auditor)
        #expect(view.identity == nil && view.state == .protectionCentre)
        let trail = try await fx.desk.auditTrail(at: Self.t + 600, as: People.auditor)
        #expect(trail.contains { $0.draft.action == "case.show" && $0.draft.actor == People.auditor.user })
        #expect(AuditChain.verify(trail).isEmpty)
        for (_, identity) in Self.people {
            for secret in Self.secrets(identity) { #expect(!trail.contains { $0.draft.detail.contains(secret) }) }
        }
    }
}
