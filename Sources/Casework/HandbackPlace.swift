/// Where a person going home is handed back (domain.md §5.4).
public enum HandbackPlace: String, Hashable, Sendable, Codable, CaseIterable {
    case panmunjom
    /// At sea across the NLL (2019, 2025).
    case atSea = "at-sea"
}
