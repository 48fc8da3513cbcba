public import Foundation

/// Who the person is: everything on the case that identifies them. Only ever at rest sealed
/// (`SealedIdentity`), only ever shown to roles `FieldAccess` clears, and never in a public
/// output (press statement, UNC notification, CoT, exports).
public struct CaseIdentity: Hashable, Sendable, Codable {
    public var name: String?
    /// `YYYY-MM-DD`.
    public var birthDate: String?
    public var unit: String?
    public var family: [String]
    public var photoReference: String?
    public var notes: [CaseNote]

    public init(
        name: String? = nil, birthDate: String? = nil, unit: String? = nil, family: [String] = [],
        photoReference: String? = nil, notes: [CaseNote] = []
    ) {
        self.name = name
        self.birthDate = birthDate
        self.unit = unit
        self.family = family
        self.photoReference = photoReference
        self.notes = notes
    }

    /// Whether any field is set.
    public var isEmpty: Bool { self == CaseIdentity() }

    /// The same person as `Subject`, for redacting the reports' free text (their name, birth
    /// date in the usual spellings, unit; family names too).
    public var identifyingTerms: [String] {
        var terms: [String] = []
        if let name {
            terms += Subject(name: name, birthDate: birthDate ?? "", unit: unit).identifyingTerms
        } else if let birthDate {
            terms += Subject(name: "", birthDate: birthDate, unit: unit).identifyingTerms
        } else if let unit {
            terms.append(unit)
        }
        for member in family {
            terms.append(member)
            terms += member.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        }
        return Array(Set(terms.filter { $0.count >= 2 })).sorted()
    }
}

/// A free-text note on a case: sealed with the identity, since notes may name people.
public struct CaseNote: Hashable, Sendable, Codable {
    public var at: Date
    public var by: String
    public var text: String

    public init(at: Date, by: String, text: String) {
        self.at = at
        self.by = by
        self.text = text
    }
}
