public import Foundation

/// The dated table of settlement-support amounts (domain.md §5.2 item 6): data with its source
/// and the date each amount applies from, not constants in code. The bundled table is
/// `Resources/entitlements.json`; a newer one can be loaded from a file.
public struct EntitlementTable: Hashable, Sendable, Decodable {
    public var about: String
    public var currency: String
    public var rows: [Row]

    /// One amount of one item, in force from `from` until the next row of the same item and household.
    public struct Row: Hashable, Sendable, Decodable {
        public enum Kind: String, Hashable, Sendable, Decodable {
            /// A fixed sum due once.
            case grant
            /// Paid as needed, each payment and the lifetime total capped.
            case capped
            /// An add-on whose amount the officer records (the sources give none).
            case addOn = "add-on"
        }

        public var item: String
        /// The household size the amount is for; nil for any.
        public var household: Int?
        /// `YYYY-MM-DD`.
        public var from: String
        public var amount: Int?
        public var perPayment: Int?
        public var lifetime: Int?
        public var kind: Kind
        public var source: String
    }

    /// The bundled table.
    public static func bundled() throws(CaseError) -> EntitlementTable {
        guard let url = Bundle.module.url(forResource: "entitlements", withExtension: "json") else {
            throw .invalid(field: "entitlements.json", reason: "the bundled table is missing from the build")
        }
        return try load(url)
    }

    /// A table from a JSON file (the bundled format).
    public static func load(_ url: URL) throws(CaseError) -> EntitlementTable {
        let table: EntitlementTable
        do { table = try JSONDecoder().decode(EntitlementTable.self, from: Data(contentsOf: url)) } catch {
            throw .invalid(field: url.lastPathComponent, reason: "not an entitlement table: \(error)")
        }
        for (i, r) in table.rows.enumerated() where Self.date(r.from) == nil {
            throw .invalid(field: "\(url.lastPathComponent): rows[\(i)].from", reason: "'\(r.from)' is not a YYYY-MM-DD date")
        }
        return table
    }

    /// The row of `item` for a household of `household` in force on `day`.
    public func row(_ item: String, household: Int, on day: Date) -> Row? {
        rows.filter { $0.item == item && ($0.household == nil || $0.household == household) }
            .compactMap { r in Self.date(r.from).map { (r, $0) } }
            .filter { $0.1 <= day }
            .max { $0.1 < $1.1 }?.0
    }

    /// The item names of the table.
    public var items: [String] {
        var seen = Set<String>()
        return rows.map(\.item).filter { seen.insert($0).inserted }
    }

    /// `YYYY-MM-DD` at 00:00 in Korea (UTC+9), where the law's dates are.
    static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var c = DateComponents()
        (c.year, c.month, c.day) = (parts[0], parts[1], parts[2])
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: 9 * 3600)!
        guard let d = cal.date(from: c), cal.component(.day, from: d) == parts[2] else { return nil }
        return d
    }
}
