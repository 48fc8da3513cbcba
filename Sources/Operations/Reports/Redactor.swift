import Foundation

/// Replaces identifying terms with "[withheld]", case-insensitively, longest term first (so a
/// full name goes before its parts). Terms shorter than 2 characters are ignored.
public struct Redactor: Sendable {
    public let terms: [String]

    public init(terms: [String]) {
        self.terms = Array(Set(terms.filter { $0.count >= 2 })).sorted { ($0.count, $0) > ($1.count, $1) }
    }

    public func apply(_ text: String) -> String {
        var out = text
        for term in terms {
            out = out.replacingOccurrences(of: term, with: "[withheld]", options: [.caseInsensitive])
        }
        return out
    }
}
