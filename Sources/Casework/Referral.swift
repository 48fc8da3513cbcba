public import Foundation

/// A hand-over waiting for the receiving side (Primero's referrals and transfers): the case
/// stays with the sending agency until someone there accepts, which moves it (and applies the
/// lifecycle event the hand-over stands for), or rejects, which leaves it where it was.
public struct Referral: Hashable, Sendable, Codable {
    /// The receiving agency.
    public var to: Agency
    /// The receiving team or office, if named.
    public var group: String?
    /// The receiving officer, if named (needed for a `self`-scoped receiver to see it).
    public var assignee: String?
    /// The lifecycle event that accepting applies (nil for a plain transfer between groups).
    public var event: CaseEventName?
    public var by: String
    public var at: Date

    public init(to: Agency, group: String?, assignee: String?, event: CaseEventName?, by: String, at: Date) {
        self.to = to
        self.group = group
        self.assignee = assignee
        self.event = event
        self.by = by
        self.at = at
    }

    /// The hand-overs between agencies the law lays down (domain.md §5.1–5.2, §5.4): from which
    /// agency, in which state, to which agency, with which event (nil: the case changes hands
    /// without moving on, as a person asking to go home passes from the military to the
    /// protection centre, which verifies their free will and arranges the handback).
    public struct Route: Hashable, Sendable {
        public let from: Agency
        public let state: CaseState
        public let to: Agency
        public let event: CaseEventName?
    }

    public static let routes: [Route] = [
        Route(from: .military, state: .militaryQuestioning, to: .protectionCentre, event: .handedToProtectionCentre),
        Route(from: .protectionCentre, state: .protectionDecided, to: .settlementCentre, event: .enteredSettlementCentre),
        Route(from: .settlementCentre, state: .settlementCentre, to: .residenceProtection, event: .completedSettlementCentre),
        Route(from: .military, state: .repatriationRequested, to: .protectionCentre, event: nil),
    ]

    /// The route for a hand-over from `agency` in `state` to `to`, if the law has one.
    public static func route(from agency: Agency, state: CaseState, to: Agency) -> Route? {
        routes.first { $0.from == agency && $0.state == state && $0.to == to }
    }
}
