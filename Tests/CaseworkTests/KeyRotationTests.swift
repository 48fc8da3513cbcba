import CaseVault
import Casework
import Foundation
import GuidepostCore
import StoreCore
import Testing

/// Key rotation without downtime: a new key-encryption key is made current, every case's data
/// key is re-wrapped under it, and every case stays readable before, during and after — with
/// old keys kept until the rotation is done.
@Suite struct KeyRotationTests {
    static let t = kst("2025-03-01 10:00")
    static let names = ["Kim Chol-Su", "김철수", "Pak Su-Nam", "Ri Yong-Ho"]

    /// A keyring with only the keys named (as an operator would after deleting old ones).
    static func only(_ ids: [String], of ring: KeyRing, current: String) throws -> KeyRing {
        let doc = try #require(try JSONSerialization.jsonObject(with: ring.json()) as? [String: Any])
        let keys = try #require(doc["keys"] as? [String: String]).filter { ids.contains($0.key) }
        let data = try JSONSerialization.data(withJSONObject: ["current": current, "keys": keys])
        return try KeyRing.parse(data, origin: "test")
    }

    /// Four cases with identity sealed under k1, and one with none.
    static func sealedUnderK1() async throws -> DeskFixture {
        let fx = try DeskFixture(keyring: .generate(id: "k1"))
        for (i, name) in names.enumerated() {
            try await fx.desk.open(CaseID("c-\(i)"), identity: CaseIdentity(name: name), at: t, as: People.custody)
        }
        try await fx.desk.open("c-bare", at: t, as: People.custody)
        return fx
    }

    static func expectAllOpen(_ fx: DeskFixture) async throws {
        for (i, name) in names.enumerated() {
            #expect(try await fx.desk.show(CaseID("c-\(i)"), at: t + 7200, as: People.custody).identity?.name == name)
        }
    }

    @Test func rotationRewrapsEveryCaseAndAllStayReadable() async throws {
        let fx = try await Self.sealedUnderK1()
        let before = await fx.store.all()
        #expect(before.compactMap(\.identity).allSatisfy { $0.keyID == "k1" })
        let rotated = try fx.with(try fx.keyring.addingNewKey(id: "k2"))
        // During the rotation (new key current, nothing re-wrapped yet) every case still opens.
        try await Self.expectAllOpen(rotated)
        #expect(try await rotated.desk.rotateKeys(actor: "ops", at: Self.t + 3600) == Self.names.count)
        let after = await fx.store.all()
        for (b, a) in zip(before, after) {
            #expect(a.identity?.keyID == (b.identity == nil ? nil : "k2"), "\(a.file.id)")
            #expect(a.identity?.box == b.identity?.box, "rotation re-wraps the data key and leaves the identity's box as it was")
            if b.identity != nil { #expect(a.identity?.wrappedKey != b.identity?.wrappedKey) }
        }
        try await Self.expectAllOpen(rotated)
        let rotations = await fx.trail().filter { $0.draft.action == "keys.rotate" }
        #expect(rotations.count == Self.names.count && rotations.allSatisfy { $0.draft.role == "system" && $0.draft.actor == "ops" })
        // A second run has nothing left to do.
        #expect(try await rotated.desk.rotateKeys(actor: "ops", at: Self.t + 3700) == 0)
    }

    @Test func afterRotationTheOldKeyCanGo() async throws {
        let fx = try await Self.sealedUnderK1()
        let ring2 = try fx.keyring.addingNewKey(id: "k2")
        _ = try await fx.with(ring2).desk.rotateKeys(actor: "ops", at: Self.t + 3600)
        let withoutK1 = try Self.only(["k2"], of: ring2, current: "k2")
        #expect(withoutK1.ids == ["k2"])
        try await Self.expectAllOpen(try fx.with(withoutK1))
    }

    @Test func beforeRotationALostOldKeyFailsSayingToKeepIt() async throws {
        let fx = try await Self.sealedUnderK1()
        let ring2 = try fx.keyring.addingNewKey(id: "k2")
        let withoutK1 = try fx.with(try Self.only(["k2"], of: ring2, current: "k2"))
        let stored = await fx.store.all()
        let error = await expectCaseError("open without k1", { $0.isSealing }) {
            _ = try await withoutK1.desk.show("c-0", at: Self.t + 3600, as: People.custody)
        }
        #expect("\(error.map { "\($0)" } ?? "")".contains("keep old keys"))
        // Rotating with the key lost fails too, and re-wraps nothing.
        await expectCaseError("rotate without k1", { $0.isSealing }) {
            _ = try await withoutK1.desk.rotateKeys(actor: "ops", at: Self.t + 3600)
        }
        #expect(await fx.store.all() == stored)
    }

    @Test func writesAfterRotationSealUnderTheNewKey() async throws {
        let fx = try await Self.sealedUnderK1()
        let rotated = try fx.with(try fx.keyring.addingNewKey(id: "k2"))
        try await rotated.desk.identify("c-0", IdentityChange(unit: "Unit 325"), at: Self.t + 60, as: People.custody)
        #expect(try await fx.stored("c-0").identity?.keyID == "k2")
        let view = try await rotated.desk.show("c-0", at: Self.t + 120, as: People.custody)
        #expect(view.identity?.name == "Kim Chol-Su" && view.identity?.unit == "Unit 325")
    }
}
