public import Foundation

/// Money paid on a case: which entitlement, how much (won), when, by whom.
public struct Payment: Hashable, Sendable, Codable {
    /// The entitlement table's item name (`settlement-grant`, `housing-grant`, …).
    public var item: String
    /// Korean won.
    public var amount: Int
    public var at: Date
    public var by: String

    public init(item: String, amount: Int, at: Date, by: String) {
        self.item = item
        self.amount = amount
        self.at = at
        self.by = by
    }
}
