/// How the North is told that a person will be handed back (domain.md §5.4).
public enum NotificationChannel: String, Hashable, Sendable, Codable, CaseIterable {
    /// The inter-Korean liaison office (2019).
    case liaisonOffice = "liaison-office"
    /// The UN Command channel, when the liaison line is cut (2025).
    case unc
}
