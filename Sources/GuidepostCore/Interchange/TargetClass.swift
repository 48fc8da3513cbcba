/// What a target is, for truth records and track classification.
public enum TargetClass: String, Sendable, Codable, CaseIterable, Hashable {
    case human
    case animal
    case vehicle
    case unknown
}
