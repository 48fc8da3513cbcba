/// Where a case stands (domain.md §5). Two paths leave military custody: protection and
/// resettlement for a person who wants to stay, repatriation for one who freely asks to go home.
public enum CaseState: String, Hashable, Sendable, Codable, CaseIterable {
    /// In military custody, just secured (§5.1).
    case custody
    /// Questioned by the military (the Central Joint Interrogation Team in 2017) before handover.
    case militaryQuestioning = "military-questioning"
    /// At the North Korean Refugees Protection Center: NIS investigation and temporary
    /// protection, a stay of up to 6 months (§5.2 step 2).
    case protectionCentre = "protection-centre"
    /// The protection decision is made (protected, special protection, not protected; §5.2 step 3).
    case protectionDecided = "protection-decided"
    /// At Hanawon, the settlement-support centre: 12 weeks (§5.2 step 4).
    case settlementCentre = "settlement-centre"
    /// Residence protection: 5 years of support workers for residence, employment and safety (§5.2 step 5).
    case residenceProtection = "residence-protection"
    /// The person has asked to go home (§5.4).
    case repatriationRequested = "repatriation-requested"
    /// Their free will to go home was verified and recorded, by whom (§5.4: "based on that free will").
    case freeWillVerified = "free-will-verified"
    /// The North was notified, through the liaison channel or the UNC (§5.4).
    case northNotified = "north-notified"
    /// Handed back at Panmunjom or at sea across the NLL (§5.4).
    case handedBack = "handed-back"
    /// In hospital (2017 JSA: a trauma centre, then the Armed Forces Capital Hospital); the case
    /// resumes where it was on discharge.
    case hospital
    /// The file is closed; it can be reopened.
    case closed
}
