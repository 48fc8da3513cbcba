import CaseVault
import Casework
import Foundation
import GuidepostCore
import Operations
import Pipeline
import Scenario
import StoreCore
import TestSupport
import Testing
@testable import guidepost

/// Custody opens a case (the composition root links Operations to Casework), and the case runs
/// to its end: the 2025-10-19 soldier to residence protection, the 2019 fishermen home.
@Suite struct CaseworkRunTests {
    static let t0 = ISO8601DateFormatter().date(from: "2026-01-01T00:00:00+09:00")!
    static let investigator = Principal(user: "inv.lee", role: .investigator)
    static let secondInvestigator = Principal(user: "inv.choi", role: .investigator)
    static let hanawon = Principal(user: "han.kang", role: .settlementOfficer)
    static let protection = Principal(user: "po.yoon", role: .protectionOfficer)
    static let press = Principal(user: "pa.jung", role: .publicAffairs)

    static func desk() throws -> CaseDesk {
        CaseDesk(store: InMemoryCaseStore(), sealer: EnvelopeSealer(keyring: KeyRing.generate()), table: try EntitlementTable.bundled())
    }

    static func opened(_ scenario: String, desk: CaseDesk) async throws -> (CaseID, RunPipeline.Result) {
        let (result, resolved) = try await ScenarioPlays.shared.play(scenario)
        let start = try #require(ISO8601DateFormatter().date(from: resolved.document.start.description))
        let ids = try await CaseOpening.open(result.caseworkRequests, incidents: result.incidents, run: result.run, start: start, desk: desk)
        #expect(ids.count == 1, "\(scenario): one person, one case (got \(ids))")
        // A resumed run opens nothing twice.
        let again = try await CaseOpening.open(result.caseworkRequests, incidents: result.incidents, run: result.run, start: start, desk: desk)
        #expect(again.isEmpty)
        return (try #require(ids.first), result)
    }

    @Test func theSoldierOf2025GoesFromCustodyToResidenceProtection() async throws {
        let desk = try Self.desk()
        let (id, result) = try await Self.opened("2025-10-19-central-front-soldier-pursuers", desk: desk)
        let custody = try #require(result.incidents.first?.history.first { $0.event.name == .custodySecured })
        var file = try await desk.store.load(id).file
        #expect(file.state == .militaryQuestioning)
        #expect(file.origin == CaseOrigin(run: result.run.rawValue, incident: "I-1"))
        #expect(file.referral?.to == .protectionCentre, "Operations handed him to the protection centre: the case waits for it to accept")
        let start = ISO8601DateFormatter().date(from: "2025-10-19T06:00:00+09:00")!  // the scenario's start
        #expect(abs(file.opened.timeIntervalSince(start) - custody.t) < 1, "the case opens at custody")

        var at = file.opened.addingTimeInterval(6 * 3600)
        func later(_ days: Double) -> Date { at = at.addingTimeInterval(days * 86400); return at }
        try await desk.accept(id, at: later(0), as: Self.investigator)
        try await desk.identify(id, IdentityChange(name: "Ri Chol-su", birthDate: "2002-04-11", unit: "7th Corps"), at: later(0.1), as: Self.investigator)
        try await desk.advance(id, .protectionDecided(.protected), at: later(100), as: Self.investigator)
        try await desk.refer(id, to: .settlementCentre, at: later(1), as: Self.investigator)
        try await desk.accept(id, at: later(1), as: Self.hanawon)
        try await desk.refer(id, to: .residenceProtection, assignee: "po.yoon", at: later(84), as: Self.hanawon)
        try await desk.accept(id, at: later(1), as: Self.protection)
        file = try await desk.store.load(id).file
        #expect(file.state == .residenceProtection)
        #expect(file.agency == .residenceProtection && file.assignee == "po.yoon")
        // Entitlements: 2026 amounts for one person.
        let view = try await desk.show(id, at: later(1), as: Self.protection)
        let due = Dictionary(uniqueKeysWithValues: (view.entitlements ?? []).map { ($0.item, $0.due) })
        #expect(due["settlement-grant"] == 9_000_000 && due["housing-grant"] == 16_000_000)
        #expect(view.identity?.name == "Ri Chol-su")
        // Public affairs sees the state, never the person.
        let pa = try await desk.show(id, at: later(0), as: Self.press)
        #expect(pa.identity == nil && pa.state == .residenceProtection)
        try await desk.advance(id, .closed(.residenceProtectionEnded), at: later(5 * 365 + 2), as: Self.protection)
        #expect(try await desk.store.load(id).file.state == .closed)
        #expect(AuditChain.verify(try await desk.store.auditTrail()).isEmpty)
    }

    @Test func theFishermenOf2019GoHomeOnAVerifiedFreeWill() async throws {
        let desk = try Self.desk()
        let (id, _) = try await Self.opened("2019-07-27-east-sea-fishermen-return", desk: desk)
        var file = try await desk.store.load(id).file
        #expect(file.state == .repatriationRequested, "they asked to go home during questioning")
        #expect(file.returnRequestedBy == CaseOpening.officer.user)
        #expect(file.referral?.to == .protectionCentre, "handed over: the protection centre takes the case on")
        var at = file.updated
        func later(_ hours: Double) -> Date { at = at.addingTimeInterval(hours * 3600); return at }
        try await desk.accept(id, at: later(1), as: Self.investigator)
        #expect(try await desk.store.load(id).file.state == .repatriationRequested, "a transfer: the case changes hands, not state")
        try await desk.advance(id, .freeWillVerified(verifier: "MOU official"), at: later(6), as: Self.investigator)
        try await desk.advance(id, .northNotified(.liaisonOffice), at: later(4), as: Self.investigator)
        try await desk.advance(id, .handedBack(.atSea), at: later(20), as: Self.secondInvestigator)
        try await desk.advance(id, .closed(.repatriated), at: later(1), as: Self.investigator)
        file = try await desk.store.load(id).file
        #expect(file.state == .closed)
        #expect(file.history.map(\.event.name) == [
            .questioningStarted, .returnRequested, .freeWillVerified, .northNotified, .handedBack, .closed,
        ])
        // Nothing to pay a person who went home.
        #expect(Entitlements.statement(file, table: desk.table).isEmpty)
    }

    @Test func theCommandLineRefusesAndAuditsWhatARoleMayNotDo() async throws {
        let dir = try TemporaryFolder()
        let users = dir.path("users.json")
        try Data("""
            {"users": [{"user": "sgt.park", "role": "custody-officer"}, {"user": "pa.jung", "role": "public-affairs"},
                       {"user": "aud.seo", "role": "auditor"}]}
            """.utf8).write(to: URL(fileURLWithPath: users))
        let db = dir.path("cases.sqlite")
        let keys = dir.path("keys.json")
        func run(_ args: [String]) throws -> (Int32, String) {
            try StoreCommandTests.launch(args + ["--db", db, "--users", users, "--keys", keys, "--at", "2025-10-19T08:00:00+09:00"])
        }
        #expect(try StoreCommandTests.launch(["case", "keys", "new", "--keys", keys]).0 == 0)
        #expect(try run(["case", "open", "C-1", "--name", "Ri Chol-su", "--as", "sgt.park"]).0 == 0)
        let (paStatus, paOut) = try run(["case", "show", "C-1", "--as", "pa.jung"])
        #expect(paStatus == 0 && !paOut.contains("Ri") && paOut.contains("withheld from your role: name"))
        #expect(try run(["case", "advance", "C-1", "questioning-started", "--as", "pa.jung"]).0 == 1)
        let (_, trail) = try run(["case", "audit", "--as", "aud.seo"])
        #expect(trail.contains("pa.jung (public-affairs)  case.advance questioning-started  C-1  refused"))
        #expect(!trail.contains("Ri Chol"))
        #expect(try run(["case", "audit", "--verify", "--as", "aud.seo"]).0 == 0)
        let raw = try Data(contentsOf: URL(fileURLWithPath: db))
        #expect(raw.range(of: Data("Ri Chol-su".utf8)) == nil, "the name is sealed at rest")
    }

    @Test func keysRotateOnTheCommandLineAndTheOldKeyCanThenGo() async throws {
        let dir = try TemporaryFolder()
        let users = dir.path("users.json")
        try Data(#"{"users": [{"user": "sgt.park", "role": "custody-officer"}]}"#.utf8).write(to: URL(fileURLWithPath: users))
        let db = dir.path("cases.sqlite")
        let keys = dir.path("keys.json")
        func run(_ args: [String]) throws -> (Int32, String) {
            try StoreCommandTests.launch(args + ["--db", db, "--users", users, "--keys", keys, "--at", "2025-10-19T08:00:00+09:00"])
        }
        #expect(try StoreCommandTests.launch(["case", "keys", "new", "--keys", keys, "--id", "k1"]).0 == 0)
        #expect(try run(["case", "open", "C-1", "--name", "Ri Chol-su", "--as", "sgt.park"]).0 == 0)
        #expect(try StoreCommandTests.launch(["case", "keys", "add", "--keys", keys, "--id", "k2"]).0 == 0)
        let (status, out) = try StoreCommandTests.launch(["case", "rotate-keys", "--db", db, "--keys", keys])
        #expect(status == 0 && out.contains("re-wrapped 1 case(s) under k2"), "\(out)")
        // Drop k1 from the file: the case still opens, under k2.
        let ring = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: keys))) as? [String: Any]
        var trimmed = try #require(ring)
        var list = try #require(trimmed["keys"] as? [String: String])
        list["k1"] = nil
        trimmed["keys"] = list
        try JSONSerialization.data(withJSONObject: trimmed).write(to: URL(fileURLWithPath: keys))
        let (showStatus, show) = try run(["case", "show", "C-1", "--as", "sgt.park"])
        #expect(showStatus == 0 && show.contains("name: Ri Chol-su"), "\(show)")
        // And a keyring without the key a case is under says so (here: no keys at all).
        try JSONSerialization.data(withJSONObject: ["current": "k3", "keys": ["k3": Data(count: 32).base64EncodedString()]])
            .write(to: URL(fileURLWithPath: keys))
        #expect(try run(["case", "show", "C-1", "--as", "sgt.park"]).0 == 1)
    }
}
