/// What a person's entitlements depend on (domain.md §5.2 item 6: grants by household size,
/// add-ons for age 60 and over, disability, long-term care, a single parent's child, a child
/// born in a third country). Sensitive but not identifying: readable by the officers who pay.
public struct SupportProfile: Hashable, Sendable, Codable {
    public var householdSize: Int
    public var aged60OrOver: Bool
    public var disability: Bool
    public var longTermCare: Bool
    public var singleParentWithChild: Bool
    public var childBornInThirdCountry: Bool

    public init(
        householdSize: Int = 1, aged60OrOver: Bool = false, disability: Bool = false, longTermCare: Bool = false,
        singleParentWithChild: Bool = false, childBornInThirdCountry: Bool = false
    ) {
        self.householdSize = householdSize
        self.aged60OrOver = aged60OrOver
        self.disability = disability
        self.longTermCare = longTermCare
        self.singleParentWithChild = singleParentWithChild
        self.childBornInThirdCountry = childBornInThirdCountry
    }

    /// The add-ons this profile qualifies for, by the table's item names.
    public var addOns: [String] {
        var out: [String] = []
        if aged60OrOver { out.append("add-on-aged-60") }
        if disability { out.append("add-on-disability") }
        if longTermCare { out.append("add-on-long-term-care") }
        if singleParentWithChild { out.append("add-on-single-parent-child") }
        if childBornInThirdCountry { out.append("add-on-third-country-child") }
        return out
    }
}
