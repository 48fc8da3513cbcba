/// The agencies a case passes through (domain.md §5.1–5.2), plus the two that only look.
public enum Agency: String, Hashable, Sendable, Codable, CaseIterable {
    /// The military unit that secured the person, and its questioning team.
    case military
    /// The North Korean Refugees Protection Center (NIS): investigation and temporary protection.
    case protectionCentre = "protection-centre"
    /// Hanawon, the settlement-support centre (Ministry of Unification).
    case settlementCentre = "settlement-centre"
    /// Residence protection: the local government, employment centre and police support workers.
    case residenceProtection = "residence-protection"
    /// Public affairs (JCS, MOU): speaks for the cases, never names anyone.
    case publicAffairs = "public-affairs"
    /// The audit office: reads the trail, changes nothing.
    case audit
}
