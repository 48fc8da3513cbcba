public import Foundation

/// What a case is entitled to, what has been paid and what is still due, computed from the
/// file and the dated table (never stored, so a corrected table corrects every case).
///
/// Rules (domain.md §5.2): only a person decided protected or specially protected is entitled.
/// The settlement and housing grants fall due on leaving Hanawon for residence protection,
/// at the amounts in force that day; the emergency living cost may be paid from the protection
/// decision on, each payment and the lifetime total capped; add-ons follow the support profile
/// and carry the amount the officer records.
public enum Entitlements {
    /// One line of the statement.
    public struct Line: Hashable, Sendable {
        public var item: String
        /// The amount due in total; nil when the table has no amount (an add-on, or no row for
        /// this household size: `note` says which).
        public var due: Int?
        public var paid: Int
        /// When it fell due (nil while not yet due).
        public var dueFrom: Date?
        /// Where the amount comes from (the table row's date and source), or why none applies.
        public var note: String

        /// What is still to pay (nil when the amount is open).
        public var outstanding: Int? { due.map { max($0 - paid, 0) } }
    }

    /// The statement for `file`.
    public static func statement(_ file: CaseFile, table: EntitlementTable) -> [Line] {
        guard file.decision?.leadsToSettlement == true else { return [] }
        let paid = Dictionary(grouping: file.payments, by: \.item).mapValues { $0.reduce(0) { $0 + $1.amount } }
        let household = file.support.householdSize
        let decided = file.history.last { $0.event.name == .protectionDecided }?.at
        let leftHanawon = file.history.first { $0.event == .completedSettlementCentre }?.at
        var lines: [Line] = []
        for item in ["settlement-grant", "housing-grant"] {
            guard let day = leftHanawon else {
                lines.append(Line(item: item, due: nil, paid: paid[item] ?? 0, dueFrom: nil, note: "due on leaving Hanawon"))
                continue
            }
            if let r = table.row(item, household: household, on: day), let amount = r.amount {
                lines.append(Line(item: item, due: amount, paid: paid[item] ?? 0, dueFrom: day, note: "\(r.from) table: \(r.source)"))
            } else {
                lines.append(Line(
                    item: item, due: nil, paid: paid[item] ?? 0, dueFrom: day,
                    note: "the table has no \(item) for a household of \(household) on that day: add the row with its source"))
            }
        }
        if let day = decided, let r = table.row("emergency-living", household: household, on: day) {
            lines.append(Line(
                item: "emergency-living", due: r.lifetime, paid: paid["emergency-living"] ?? 0, dueFrom: day,
                note: "as needed, at most \(r.perPayment ?? 0) a payment; \(r.source)"))
        }
        for addOn in file.support.addOns {
            let r = decided.flatMap { table.row(addOn, household: household, on: $0) }
            lines.append(Line(
                item: addOn, due: r?.amount, paid: paid[addOn] ?? 0, dueFrom: decided,
                note: r?.source ?? "no row in the table"))
        }
        return lines
    }

    /// Checks that `payment` may be made on `file`; throws saying why not.
    public static func check(_ payment: Payment, on file: CaseFile, table: EntitlementTable) throws(CaseError) {
        guard payment.amount > 0, payment.amount <= 1_000_000_000 else {
            throw .invalid(field: "amount", reason: "must be between 1 and 1,000,000,000 won (got \(payment.amount))")
        }
        guard table.items.contains(payment.item) else {
            throw .invalid(field: "item", reason: "'\(payment.item)' is not in the entitlement table (\(table.items.joined(separator: ", ")))")
        }
        guard let line = statement(file, table: table).first(where: { $0.item == payment.item }) else {
            throw .refused(action: "pay \(payment.item)", reason: "the case is not entitled to it (decision, state or support profile)")
        }
        guard let from = line.dueFrom, payment.at >= from else {
            throw .refused(action: "pay \(payment.item)", reason: "not due yet: \(line.note)")
        }
        if payment.item == "emergency-living", let cap = table.row(payment.item, household: file.support.householdSize, on: from)?.perPayment,
            payment.amount > cap
        {
            throw .refused(action: "pay \(payment.item)", reason: "at most \(cap) won a payment")
        }
        if let outstanding = line.outstanding, payment.amount > outstanding {
            throw .refused(action: "pay \(payment.item)", reason: "only \(outstanding) won is outstanding of \(line.due ?? 0)")
        }
    }
}
