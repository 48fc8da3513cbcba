/// What the person says they want, once questioned (domain.md §5.4: the ROK accepts anyone who
/// wants to stay and repatriates those who want to go back).
public enum Intent: String, Hashable, Sendable, Codable, CaseIterable {
    /// Wishes to stay: protection, the NIS centre, Hanawon, resettlement.
    case defect
    /// Wishes to go home: repatriation via the UNC channel, at sea or through Panmunjom.
    case `return`
}
