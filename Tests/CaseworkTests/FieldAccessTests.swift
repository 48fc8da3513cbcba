import Casework
import Foundation
import GuidepostCore
import StoreCore
import Testing

/// Per-field read and write by role, through `CaseDesk` (the only way in): a table written here
/// from the issue's roles, checked for every role × field × action. Refusals change nothing
/// stored and are audited under the actor.
@Suite struct FieldAccessTests {
    typealias F = CaseField

    /// What each role may read (shown by `show`, or for `.audit` the trail). Written from the
    /// roles, not from `FieldAccess`: identity to those who work with the person (the unit only to
    /// the military and the NIS, family from the NIS on); public affairs only the state and where
    /// the case came from; the auditor everything but identity, and the trail.
    static let reads: [Role: Set<F>] = [
        .custodyOfficer: [.name, .birthDate, .unit, .photoReference, .notes, .status, .origin, .decision, .referral],
        .investigator: [.name, .birthDate, .unit, .family, .photoReference, .notes, .status, .origin, .decision, .referral, .support,
                        .payments],
        .settlementOfficer: [.name, .birthDate, .family, .photoReference, .notes, .status, .decision, .referral, .support, .payments],
        .protectionOfficer: [.name, .birthDate, .family, .photoReference, .notes, .status, .decision, .referral, .support, .payments],
        .publicAffairs: [.status, .origin],
        .auditor: [.status, .origin, .decision, .referral, .support, .payments, .audit],
    ]

    /// What each role may write, by the desk call that writes the field: identity by `identify`,
    /// notes by `note`, status by `advance` (an event the role records where it holds the case),
    /// the decision by `advance(.protectionDecided)`, origin by opening a case, the referral by
    /// `refer`, support by `support`, payments by `pay`. No call writes the audit trail.
    static let writes: [Role: Set<F>] = [
        .custodyOfficer: [.name, .birthDate, .unit, .photoReference, .notes, .status, .origin, .referral],
        .investigator: [.name, .birthDate, .unit, .family, .photoReference, .notes, .status, .decision, .referral, .support],
        .settlementOfficer: [.notes, .status, .referral, .support, .payments],
        .protectionOfficer: [.notes, .status, .referral, .support, .payments],
        .publicAffairs: [],
        .auditor: [],
    ]

    /// Where each role's own cases stand (so an allowed write is allowed by the case too).
    static func home(_ role: Role) -> DeskFixture.Stage {
        switch role {
        case .custodyOfficer: .questioning
        case .investigator: .protectionCentre
        case .settlementOfficer, .publicAffairs, .auditor: .settlementCentre
        case .protectionOfficer: .residence
        }
    }

    @Test func theTablesCoverEveryRoleAndTheDeskAgreesWithFieldAccess() {
        #expect(Set(Self.reads.keys) == Set(Role.allCases) && Set(Self.writes.keys) == Set(Role.allCases))
        for role in Role.allCases {
            #expect(Self.writes[role]!.subtracting([.status, .origin]).isSubset(of: Self.reads[role]!), "\(role) writes what it cannot read")
        }
    }

    // MARK: - Reads

    @Test(arguments: Role.allCases)
    func eachRoleSeesExactlyItsFields(_ role: Role) async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-read", to: .settlementCentre, endingAt: kst("2025-03-01 10:00"))
        try await fx.desk.pay("c-read", item: "emergency-living", amount: 300_000, at: kst("2025-03-02 10:00"), as: People.settlement)
        try await fx.desk.refer("c-read", to: .residenceProtection, assignee: "po-x", at: kst("2025-03-03 10:00"), as: People.settlement)
        // Everyone may see the case (scope all): only the fields differ.
        let who = Principal(user: "reader-\(role.rawValue)", role: role, scope: .all)
        let view = try await fx.desk.show("c-read", at: kst("2025-03-04 10:00"), as: who)
        let id = view.identity
        let shown: [F: Bool] = [
            .name: id?.name == DeskFixture.identity.name,
            .birthDate: id?.birthDate == DeskFixture.identity.birthDate,
            .unit: id?.unit == DeskFixture.identity.unit,
            .family: id?.family == DeskFixture.family,
            .photoReference: id?.photoReference == DeskFixture.identity.photoReference,
            .notes: id?.notes.map(\.text) == DeskFixture.identity.notes.map(\.text),
            .status: view.state == .settlementCentre && view.history?.isEmpty == false && view.deadline != nil,
            .origin: view.origin?.incident == "I-c-read",
            .decision: view.decision == .protected,
            .referral: view.agency == .settlementCentre && view.referral?.to == .residenceProtection && view.assignee != nil,
            .support: view.support?.householdSize == 1,
            .payments: view.payments?.map(\.amount) == [300_000] && view.entitlements?.isEmpty == false,
        ]
        let hidden: [F: Bool] = [
            .name: id?.name == nil, .birthDate: id?.birthDate == nil, .unit: id?.unit == nil, .family: id?.family.isEmpty ?? true,
            .photoReference: id?.photoReference == nil, .notes: id?.notes.isEmpty ?? true,
            .status: view.state == nil && view.history == nil && view.deadline == nil && view.opened == nil,
            .origin: view.origin == nil, .decision: view.decision == nil,
            .referral: view.agency == nil && view.referral == nil && view.assignee == nil && view.group == nil,
            .support: view.support == nil, .payments: view.payments == nil && view.entitlements == nil,
        ]
        for field in F.allCases where field != .audit {
            let may = Self.reads[role]!.contains(field)
            #expect(may ? shown[field]! : hidden[field]!, "\(role) \(may ? "should" : "should not") see \(field)")
            #expect(view.withheld.contains(field) == !may, "\(role): \(field) listed as withheld: \(view.withheld.contains(field))")
        }
        // The trail.
        let before = await fx.trail()
        if Self.reads[role]!.contains(.audit) {
            let trail = try await fx.desk.auditTrail(at: kst("2025-03-05 10:00"), as: who)
            #expect(trail.count == before.count + 1, "the auditor's read of the trail is itself in the trail")
        } else {
            await expectCaseError("\(role) reads the trail", { $0.isRefused }) {
                _ = try await fx.desk.auditTrail(at: kst("2025-03-05 10:00"), as: who)
            }
            let after = await fx.trail()
            #expect(after.count == before.count + 1 && after.last?.draft.outcome == .refused && after.last?.draft.actor == who.user)
        }
    }

    // MARK: - Writes

    /// The desk call that writes `field` as `who`, on `id` (held by `who`'s agency where it can be).
    static func write(_ field: F, on id: CaseID, as who: Principal, at t: Date, desk: CaseDesk) async throws {
        switch field {
        case .name: try await desk.identify(id, IdentityChange(name: "Pak Su-Nam"), at: t, as: who)
        case .birthDate: try await desk.identify(id, IdentityChange(birthDate: "1999-12-31"), at: t, as: who)
        case .unit: try await desk.identify(id, IdentityChange(unit: "Unit 325"), at: t, as: who)
        case .family: try await desk.identify(id, IdentityChange(family: ["Pak Mi-Ran"]), at: t, as: who)
        case .photoReference: try await desk.identify(id, IdentityChange(photoReference: "photo-vault/7"), at: t, as: who)
        case .notes: try await desk.note(id, "asked for a Bible", at: t, as: who)
        case .status:
            let event: CaseEvent = who.role == .protectionOfficer ? .closed(.residenceProtectionEnded) : .admittedToHospital
            try await desk.advance(id, event, at: t, as: who)
        case .origin:
            try await desk.open(
                CaseID(id.rawValue + "-new"), origin: CaseOrigin(run: "run-9", incident: "I-9"), at: t, as: who)
        case .decision: try await desk.advance(id, .protectionDecided(.protected), at: t, as: who)
        case .referral: try await desk.refer(id, to: who.agency, group: "desk-2", at: t, as: who)
        case .support: try await desk.support(id, SupportProfile(householdSize: 2, disability: true), at: t, as: who)
        case .payments: try await desk.pay(id, item: "emergency-living", amount: 200_000, at: t, as: who)
        case .audit: preconditionFailure("no call writes the audit trail")
        }
    }

    static let writable = F.allCases.filter { $0 != .audit }

    @Test(arguments: Role.allCases, writable)
    func eachRoleWritesExactlyItsFields(_ role: Role, _ field: F) async throws {
        let fx = try DeskFixture()
        let id: CaseID = "c-write"
        try await fx.bring(id, to: Self.home(role), endingAt: kst("2025-03-01 10:00"))
        let who = People.of(role)
        let t = kst("2025-03-02 10:00")
        let before = try await fx.stored(id)
        let trailBefore = await fx.trail()
        let target: CaseID = field == .origin ? CaseID(id.rawValue + "-new") : id
        if Self.writes[role]!.contains(field) {
            try await Self.write(field, on: id, as: who, at: t, desk: fx.desk)
            let trail = await fx.trail()
            #expect(trail.count == trailBefore.count + 1)
            #expect(trail.last?.draft.outcome == .allowed && trail.last?.draft.actor == who.user && trail.last?.draft.record == target.rawValue)
            if field != .origin { #expect(try await fx.stored(id).file.version == before.file.version + 1, "\(role) wrote \(field)") }
        } else {
            await expectCaseError("\(role) writes \(field)", { $0.isRefused }) {
                try await Self.write(field, on: id, as: who, at: t, desk: fx.desk)
            }
            #expect(try await fx.stored(id) == before, "a refused write of \(field) by \(role) changed the stored case")
            #expect(await fx.store.all().count == 1, "a refused open created a case")
            let trail = await fx.trail()
            #expect(Array(trail.dropLast()) == trailBefore && trail.count == trailBefore.count + 1, "one audit entry for the refusal")
            let last = trail.last?.draft
            #expect(last?.outcome == .refused && last?.actor == who.user && last?.role == role.rawValue && last?.record == target.rawValue)
        }
    }
}
