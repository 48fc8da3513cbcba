public import Foundation

/// A lifecycle event one officer proposes and a second must approve before it takes effect
/// (Primero's approvals). Which events need it is `Approval.needed(for:)`; until the second
/// officer approves or declines, the case takes no other lifecycle event.
public struct Approval: Hashable, Sendable, Codable {
    public var event: CaseEvent
    public var by: String
    public var at: Date

    public init(event: CaseEvent, by: String, at: Date) {
        self.event = event
        self.by = by
        self.at = at
    }

    /// Whether `event` takes a second officer's approval, and why.
    ///
    /// Special protection is decided by the NIS director, not the investigating officer
    /// (domain.md §5.2 item 3); a refusal of protection ends the person's settlement support,
    /// so it too is not one officer's decision alone.
    public static func needed(for event: CaseEvent) -> String? {
        switch event {
        case .protectionDecided(.specialProtection): "special protection is decided above the investigating officer (domain.md §5.2 item 3)"
        case .protectionDecided(.notProtected): "refusing protection ends settlement support; a second officer approves"
        default: nil
        }
    }
}
