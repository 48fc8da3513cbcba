public import GuidepostCore

/// Tag for case identifiers.
public enum CaseTag {}

/// Identifies one person's case, from custody to a closed file. Plain names only (letters,
/// digits, `-`, `_`, `.`): case ids name rows, never paths or people.
public typealias CaseID = Identifier<CaseTag>

extension Identifier where Tag == CaseTag {
    /// Why `rawValue` cannot be a case id, if it cannot.
    public var problem: String? {
        if rawValue.isEmpty { return "a case id cannot be empty" }
        if rawValue.count > 120 { return "a case id has at most 120 characters" }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        if let bad = rawValue.first(where: { !allowed.contains($0) }) {
            return "a case id may hold letters, digits, '-', '_' and '.' only (found '\(bad)')"
        }
        return nil
    }
}
