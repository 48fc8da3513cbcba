import Casework
import Foundation
import GuidepostCore
import Testing

/// The case lifecycle (`CaseFile.handle`) against an oracle written here from domain.md §5, not
/// read from `CaseTransition.table`: every state, reached by a legal path, against every event;
/// what the law allows is accepted, everything else refused with the file unchanged.
@Suite struct CaseLifecycleTests {
    static let t0 = kst("2025-10-19 08:00")
    /// Who records every step of the paths (including the request to go home).
    static let officer = "officer-a"
    /// Who tries each candidate event: someone else, so four eyes never blocks it here.
    static let other = "officer-b"

    /// A state reached by a legal path, and what the oracle needs to know about the path.
    struct Scenario: CustomStringConvertible {
        var name: String
        var path: [CaseEvent]
        /// The state the path ends in (checked).
        var state: CaseState
        /// The protection decision taken on the path, if any.
        var decision: ProtectionDecision? = nil
        /// Where a detour (hospital, a request to go home, a closure) returns to.
        var resumesTo: CaseState? = nil
        var description: String { name }
    }

    static let q = CaseEvent.questioningStarted
    static let handed = CaseEvent.handedToProtectionCentre
    static let asked = CaseEvent.returnRequested
    static func decided(_ d: ProtectionDecision) -> [CaseEvent] { [q, handed, .protectionDecided(d)] }
    static let hanawon = decided(.protected) + [.enteredSettlementCentre]
    static let residence = hanawon + [.completedSettlementCentre]
    static let repatriation: [CaseEvent] = [q, asked, .freeWillVerified(verifier: "UNC MAC"), .northNotified(.unc)]

    static let scenarios: [Scenario] = [
        Scenario(name: "custody", path: [], state: .custody),
        Scenario(name: "questioning", path: [q], state: .militaryQuestioning),
        Scenario(name: "protection centre", path: [q, handed], state: .protectionCentre),
        Scenario(name: "decided protected", path: decided(.protected), state: .protectionDecided, decision: .protected),
        Scenario(
            name: "decided special", path: decided(.specialProtection), state: .protectionDecided, decision: .specialProtection),
        Scenario(name: "decided not protected", path: decided(.notProtected), state: .protectionDecided, decision: .notProtected),
        Scenario(name: "Hanawon", path: hanawon, state: .settlementCentre, decision: .protected),
        Scenario(name: "Hanawon (special)", path: decided(.specialProtection) + [.enteredSettlementCentre], state: .settlementCentre,
                 decision: .specialProtection),
        Scenario(name: "residence protection", path: residence, state: .residenceProtection, decision: .protected),
        Scenario(name: "return asked in custody", path: [asked], state: .repatriationRequested, resumesTo: .custody),
        Scenario(
            name: "return asked at Hanawon", path: hanawon + [asked], state: .repatriationRequested, decision: .protected,
            resumesTo: .settlementCentre),
        Scenario(
            name: "free will verified", path: Array(repatriation.prefix(3)), state: .freeWillVerified, resumesTo: .militaryQuestioning),
        Scenario(name: "north notified", path: repatriation, state: .northNotified, resumesTo: .militaryQuestioning),
        Scenario(name: "handed back", path: repatriation + [.handedBack(.atSea)], state: .handedBack),
        Scenario(name: "hospital from custody", path: [.admittedToHospital], state: .hospital, resumesTo: .custody),
        Scenario(
            name: "hospital from protection centre", path: [q, handed, .admittedToHospital], state: .hospital,
            resumesTo: .protectionCentre),
        Scenario(name: "closed after 5 years", path: residence + [.closed(.residenceProtectionEnded)], state: .closed,
                 decision: .protected, resumesTo: .residenceProtection),
        Scenario(name: "closed not protected", path: decided(.notProtected) + [.closed(.notProtected)], state: .closed,
                 decision: .notProtected, resumesTo: .protectionDecided),
        Scenario(name: "closed repatriated", path: repatriation + [.handedBack(.panmunjom), .closed(.repatriated)], state: .closed,
                 resumesTo: .handedBack),
        Scenario(name: "died in questioning", path: [q, .closed(.died)], state: .closed, resumesTo: .militaryQuestioning),
    ]

    /// Every event a case can be sent, each variant of each payload that matters.
    static let candidates: [CaseEvent] =
        [q, handed] + ProtectionDecision.allCases.map(CaseEvent.protectionDecided)
        + [.enteredSettlementCentre, .completedSettlementCentre, asked, .returnWithdrawn, .freeWillVerified(verifier: "NNSC")]
        + NotificationChannel.allCases.map(CaseEvent.northNotified) + HandbackPlace.allCases.map(CaseEvent.handedBack)
        + [.admittedToHospital, .discharged] + CloseReason.allCases.map(CaseEvent.closed) + [.reopened]

    /// The law (domain.md §5), in our words: where `event` takes a case in scenario `s`, or nil
    /// when it must be refused.
    static func oracle(_ event: CaseEvent, in s: Scenario) -> CaseState? {
        // §5.1–5.2: military custody → questioning → protection centre → decision → Hanawon
        // (protected or special only) → 5 years of residence protection → closed.
        // §5.4: a person who wants to go back may ask at any point before resettlement ends in
        // residence protection; free will verified, the North notified, handed back, closed;
        // the request may be withdrawn until the handback, resuming where the case was.
        // Hospital (2017 JSA) is possible in the same pre-resettlement states and resumes where it was.
        // Death closes any open case; a closed case is reopened where it was closed from.
        let beforeResettlement: [CaseState] = [.custody, .militaryQuestioning, .protectionCentre, .protectionDecided, .settlementCentre]
        let settles = s.decision == .protected || s.decision == .specialProtection
        switch (s.state, event) {
        case (.closed, .reopened): return s.resumesTo
        case (.closed, _): return nil
        case (_, .closed(.died)): return .closed
        case (.custody, .questioningStarted): return .militaryQuestioning
        case (.militaryQuestioning, .handedToProtectionCentre): return .protectionCentre
        case (.protectionCentre, .protectionDecided): return .protectionDecided
        case (.protectionDecided, .enteredSettlementCentre): return settles ? .settlementCentre : nil
        case (.protectionDecided, .closed(.notProtected)): return s.decision == .notProtected ? .closed : nil
        case (.settlementCentre, .completedSettlementCentre): return .residenceProtection
        case (.residenceProtection, .closed(.residenceProtectionEnded)): return .closed
        case (let state, .returnRequested) where beforeResettlement.contains(state): return .repatriationRequested
        case (let state, .admittedToHospital) where beforeResettlement.contains(state): return .hospital
        case (.hospital, .discharged): return s.resumesTo
        case (.repatriationRequested, .freeWillVerified): return .freeWillVerified
        case (.freeWillVerified, .northNotified): return .northNotified
        case (.northNotified, .handedBack): return .handedBack
        case (.handedBack, .closed(.repatriated)): return .closed
        case (.repatriationRequested, .returnWithdrawn), (.freeWillVerified, .returnWithdrawn), (.northNotified, .returnWithdrawn):
            return s.resumesTo
        default: return nil
        }
    }

    static func walk(_ path: [CaseEvent]) throws -> CaseFile {
        var f = CaseFile(id: "c-1", opened: t0)
        for (i, e) in path.enumerated() {
            // Four eyes: the verification on a path is recorded by a third officer.
            let by = e.name == .freeWillVerified ? "officer-c" : officer
            try f.handle(e, at: t0.addingTimeInterval(Double(i + 1) * 600), by: by)
        }
        return f
    }

    @Test func theScenariosReachEveryStateAndTheCandidatesNameEveryEvent() throws {
        #expect(Set(try Self.scenarios.map { try Self.walk($0.path).state }) == Set(CaseState.allCases))
        #expect(Set(Self.candidates.map(\.name)) == Set(CaseEventName.allCases))
    }

    @Test(arguments: scenarios)
    func everyEventIsAcceptedExactlyWhereTheLawAllowsIt(_ s: Scenario) throws {
        let start = try Self.walk(s.path)
        #expect(start.state == s.state, "the path to '\(s.name)' ends in \(start.state)")
        #expect(start.decision == s.decision)
        let later = start.updated.addingTimeInterval(3600)
        for event in Self.candidates {
            var f = start
            let expected = Self.oracle(event, in: s)
            do {
                try f.handle(event, at: later, by: Self.other)
                #expect(expected != nil, "'\(s.name)': \(event) was accepted (→ \(f.state)); the law does not allow it")
                #expect(f.state == expected, "'\(s.name)': \(event) led to \(f.state), not \(String(describing: expected))")
                #expect(f.version == start.version + 1 && f.history.count == start.history.count + 1)
                let entry = f.history.last
                #expect(entry?.at == later && entry?.by == Self.other && entry?.from == s.state && entry?.event == event && entry?.to == f.state)
                if case .protectionDecided(let d) = event { #expect(f.decision == d) }
            } catch {
                #expect(expected == nil, "'\(s.name)': \(event) was refused (\(error)); the law leads it to \(expected!)")
                #expect(f == start, "'\(s.name)': refusing \(event) changed the file")
            }
        }
    }

    @Test func anEventDatedBeforeTheLastChangeIsRefusedAndChangesNothing() throws {
        let start = try Self.walk([Self.q, Self.handed])
        var f = start
        #expect(throws: CaseError.eventBeforeLastChange(event: .protectionDecided)) {
            try f.handle(.protectionDecided(.protected), at: start.updated.addingTimeInterval(-1), by: Self.other)
        }
        #expect(f == start)
        try f.handle(.protectionDecided(.protected), at: start.updated, by: Self.other)
        #expect(f.state == .protectionDecided)
    }

    @Test func freeWillIsVerifiedByFourEyes() throws {
        let start = try Self.walk([Self.q, Self.asked])  // the request recorded by officer-a
        var f = start
        // The officer who recorded the request cannot record the verification…
        #expect(throws: CaseError.self) { try f.handle(.freeWillVerified(verifier: "UNC MAC"), at: start.updated, by: Self.officer) }
        #expect(f == start)
        // …nor be named as the verifier by someone else.
        #expect(throws: CaseError.self) { try f.handle(.freeWillVerified(verifier: Self.officer), at: start.updated, by: Self.other) }
        #expect(f == start)
        // A verifier must be named.
        #expect(throws: CaseError.self) { try f.handle(.freeWillVerified(verifier: "  "), at: start.updated, by: Self.other) }
        #expect(f == start)
        try f.handle(.freeWillVerified(verifier: "NNSC"), at: start.updated, by: Self.other)
        #expect(f.state == .freeWillVerified)
        #expect(f.history.last?.event == .freeWillVerified(verifier: "NNSC"), "who verified is recorded")
    }

    @Test func detoursNestAndUnwindInOrder() throws {
        // Hospital from the protection centre, die there, reopen: back in hospital; discharge:
        // back at the protection centre, where the decision can still be made.
        var f = try Self.walk([Self.q, Self.handed, .admittedToHospital, .closed(.died)])
        var t = f.updated
        func next(_ e: CaseEvent) throws { t += 60; try f.handle(e, at: t, by: Self.other) }
        try next(.reopened)
        #expect(f.state == .hospital)
        try next(.discharged)
        #expect(f.state == .protectionCentre)
        try next(.protectionDecided(.notProtected))
        try next(.returnRequested)
        try next(.returnWithdrawn)
        #expect(f.state == .protectionDecided && f.decision == .notProtected, "a withdrawn request resumes the decided case")
        try next(.closed(.notProtected))
        #expect(f.state == .closed)
    }
}
